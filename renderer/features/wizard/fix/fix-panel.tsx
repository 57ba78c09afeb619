import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FixState } from '../../../store/fix-state.js';
import { useAppStore } from '../../../store/store-context.js';
import { selectRunAccount } from './current-settings.js';

/** The refusals whose words name the program's own file or process: Becky! has its own. */
const BECKY_REFUSALS = [
  'running',
  'lock_unknown',
  'changed',
  'unusual_format',
  'no_prefs',
] as const;
type BeckyRefusal = (typeof BECKY_REFUSALS)[number];
const isBeckyRefusal = (r: string): r is BeckyRefusal =>
  (BECKY_REFUSALS as readonly string[]).includes(r);

/** Where the words naming the program are: Becky!'s own, or Thunderbird's (fix.fixIt). */
function useWords(): 'fix.becky' | 'fix.fixIt' {
  return useAppStore(selectRunAccount)?.program === 'becky' ? 'fix.becky' : 'fix.fixIt';
}

/** The outcome line of the last write or undo, in plain words. */
function FixOutcome({ fix }: { fix: FixState }) {
  const { t } = useTranslation();
  const w = useWords();
  let text = '';
  let tone: 'ok' | 'problem' | undefined;
  if (fix.status === 'writing') text = t('fix.fixIt.writing');
  else if (fix.status === 'undoing') text = t('fix.fixIt.undoing');
  else if (fix.status === 'fixed') {
    text = t(`${w}.done`, { backup: fix.backupName });
    tone = 'ok';
  } else if (fix.status === 'undone') {
    // Settings changed again since the fix stay as they are: one sentence for each.
    const kept = fix.kept.map((f) => t(`accounts.undoKept.${f}`));
    text = [t(kept.length > 0 ? 'fix.fixIt.undonePartly' : 'fix.fixIt.undone'), ...kept].join(' ');
  }
  // Thunderbird was not running, but had left its lock behind: say so after what was done.
  if ((fix.status === 'fixed' || fix.status === 'undone') && fix.staleLock)
    text = `${text} ${t('accounts.staleLock')}`;
  else if (fix.status === 'refused') {
    text =
      fix.refusal === 'no_recommended'
        ? t('fix.fixIt.noRecommended')
        : w === 'fix.becky' && isBeckyRefusal(fix.refusal)
          ? t(`fix.becky.refusal.${fix.refusal}`)
          : t(`fix.fixIt.refusal.${fix.refusal}`);
    tone = 'problem';
  } else if (fix.status === 'failed') {
    text = t('fix.fixIt.failed', { message: t(`errors.ipc.${fix.error.code}`) });
    tone = 'problem';
  }
  return (
    <p className="fix-outcome" role="status" data-tone={tone} data-status={fix.status}>
      {text}
    </p>
  );
}

/** "Close Thunderbird first": the one confirmation before SendCheck writes. */
function Confirm({ onWrite, onCancel }: { onWrite: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const w = useWords();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div className="fix-confirm" role="group" aria-labelledby="fix-confirm-heading">
      <h3 id="fix-confirm-heading" ref={heading} tabIndex={-1}>
        {t(`${w}.confirmHeading`)}
      </h3>
      <p>{t(`${w}.confirm`)}</p>
      <div className="actions actions-start">
        <button type="button" className="primary" onClick={onWrite}>
          {t('fix.fixIt.write')}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          {t('fix.fixIt.cancel')}
        </button>
      </div>
    </div>
  );
}

/** "Fix it for me" and "Undo" for a Thunderbird or Becky! account the run was started from. */
export function FixPanel() {
  const { t } = useTranslation();
  const w = useWords();
  const [confirming, setConfirming] = useState(false);
  const fix = useAppStore((s) => s.fix);
  const fixAccount = useAppStore((s) => s.fixAccount);
  const undoFix = useAppStore((s) => s.undoFix);
  const busy = fix.status === 'writing' || fix.status === 'undoing';
  const fixed = fix.status === 'fixed';
  return (
    <section className="fix-panel" aria-labelledby="fix-heading">
      <h2 id="fix-heading">{t(`${w}.heading`)}</h2>
      <p>{t(`${w}.lead`)}</p>
      {confirming ? (
        <Confirm
          onWrite={() => {
            setConfirming(false);
            void fixAccount();
          }}
          onCancel={() => setConfirming(false)}
        />
      ) : (
        <div className="actions actions-start">
          {!fixed && (
            <button
              type="button"
              className="primary"
              disabled={busy}
              onClick={() => setConfirming(true)}
            >
              {t('fix.fixIt.button')}
            </button>
          )}
          {fixed && (
            <button
              type="button"
              className="secondary"
              disabled={busy}
              onClick={() => void undoFix()}
            >
              {t('fix.fixIt.undo')}
            </button>
          )}
        </div>
      )}
      <FixOutcome fix={fix} />
    </section>
  );
}
