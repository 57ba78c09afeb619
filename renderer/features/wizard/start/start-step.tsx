import { useTranslation } from 'react-i18next';
import { useFocusOnMount } from '../../../app/use-focus-on-mount.js';
import type { AppState } from '../../../store/types.js';
import { useAppStore } from '../../../store/store-context.js';
import { AccountPicker } from '../accounts/account-picker.js';

/**
 * Whether the mail program's accounts are the main way in: the question before reading them, the
 * look-up, or accounts found that can be checked. Otherwise typing the address is.
 */
function accountsFirst(s: AppState): boolean {
  if (s.consent === 'unasked') return true;
  if (s.consent === 'declined') return false;
  const a = s.accounts;
  if (a.status === 'idle' || a.status === 'loading') return true;
  return a.status === 'loaded' && a.accounts.some((x) => x.email !== '');
}

/**
 * Step 1: what SendCheck does, in one sentence, and one main way in: an account found in the mail
 * program (one click diagnoses it, and only then can SendCheck fix it), with typing an address as
 * the second way; or, with no account to offer, typing the address.
 */
export function StartStep() {
  const { t } = useTranslation();
  const begin = useAppStore((s) => s.begin);
  const first = useAppStore(accountsFirst);
  const unasked = useAppStore((s) => s.consent === 'unasked');
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const points = t('start.points', { returnObjects: true });
  return (
    <section className="step step-start" aria-labelledby="start-heading">
      <h1 id="start-heading" ref={heading} tabIndex={-1}>
        {t('start.heading')}
      </h1>
      <p className="lead">{t('start.lead')}</p>
      <ul className="points">
        {points.map((p) => (
          <li key={p}>{p}</li>
        ))}
      </ul>
      <AccountPicker />
      <div className="start-manual" data-main={!first}>
        {first && (
          <p className="hint">{unasked ? t('start.manualHint') : t('fix.accounts.manual')}</p>
        )}
        <div className="actions actions-start">
          <button type="button" className={first ? 'secondary' : 'primary'} onClick={begin}>
            {t('start.begin')}
          </button>
        </div>
      </div>
    </section>
  );
}
