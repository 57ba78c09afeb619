/**
 * The result screen after "Fix it for me" wrote the settings: a success state, not the problem
 * with a green line under it. What changed is said once; the next steps are the three that are
 * left (start the program, send yourself a test, did it arrive?); Undo is a small link; and when the
 * test did not arrive, "check again" reads the program's settings once more.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HandStep, MailAccount } from '../../../../shared/accounts.js';
import type { DiagnosisReport } from '../../../../shared/diagnosis.js';
import { useFocusOnMount } from '../../../app/use-focus-on-mount.js';
import { useAppStore } from '../../../store/store-context.js';
import { StillNotSending } from '../help/still-not-sending.js';
import { PathPicture } from '../result/path-picture.js';
import { CodePanel } from './code-panel.js';
import { changesFor } from './current-settings.js';
import { useValueText } from './changes-table.js';
import { TestArrived, VerifyPanel } from './verify-panel.js';

/** What the write changed, one line per setting, said once. */
function WhatChanged({
  report,
  before,
  after,
  byHand,
}: {
  report: DiagnosisReport;
  before: MailAccount;
  after: MailAccount;
  /** Settings left to the user (HandStep): not said to be changed. */
  byHand: HandStep[];
}) {
  const { t } = useTranslation();
  const text = useValueText();
  const rec = report.recommended;
  if (rec === null) return null;
  const left = new Set<string>(byHand.map((s) => (s === 'starttls' ? 'security' : s)));
  const changed = changesFor(before, rec, report.email, after).filter(
    (r) => r.changed && !left.has(r.field),
  );
  return (
    <section className="fixed-changes" aria-labelledby="fixed-changes-heading">
      <h2 id="fixed-changes-heading">{t('fix.fixed.changesHeading')}</h2>
      <ul>
        {changed.map((r) => (
          <li key={r.field}>
            {t('fix.changes.rowChanged', {
              label: t(`settings.fields.${r.field}`),
              from: text(r, r.from, rec),
              to: text(r, r.to, rec),
            })}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The success state of the result screen for the account just fixed. */
export function FixedState({
  report,
  before,
  after,
  backupName,
  handSteps,
}: {
  report: DiagnosisReport;
  before: MailAccount;
  after: MailAccount;
  backupName: string;
  /** Settings SendCheck does not write (Becky!'s STARTTLS, its user ID): done by hand. */
  handSteps: HandStep[];
}) {
  const { t } = useTranslation();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const undoFix = useAppStore((s) => s.undoFix);
  const [arrived, setArrived] = useState<'yes' | 'no' | null>(null);
  const program = t(`programs.${after.program}.name`);
  return (
    <section
      className="step step-result step-fixed"
      aria-labelledby="result-heading"
      data-verdict={report.verdict.code}
      data-fixed="true"
    >
      <div className="verdict" data-tone="ok">
        <h1 id="result-heading" ref={heading} tabIndex={-1}>
          {t('fix.fixed.title', { program })}
        </h1>
        <p className="verdict-explanation">{t('fix.fixed.lead', { program })}</p>
      </div>
      <PathPicture blockedAt={null} code={report.verdict.code} fixed />
      <section className="next-steps" aria-labelledby="next-heading">
        <h2 id="next-heading">{t('result.nextHeading')}</h2>
        <ol className="fixed-steps">
          <li>{t('fix.fixed.steps.start', { program })}</li>
          <li>{t('fix.fixed.steps.test')}</li>
          <li>
            <TestArrived onAnswer={setArrived} noText="fix.fixed.noText" />
          </li>
        </ol>
      </section>
      {handSteps.length > 0 && (
        <section className="fixed-hand-steps" aria-labelledby="hand-steps-heading">
          <h2 id="hand-steps-heading">{t('fix.becky.handStepsHeading')}</h2>
          <ul>
            {handSteps.map((s) => (
              <li key={s}>{t(`accounts.becky.handStep.${s}`, { username: after.username })}</li>
            ))}
          </ul>
        </section>
      )}
      <WhatChanged report={report} before={before} after={after} byHand={handSteps} />
      <p className="fixed-undo">
        {t('fix.fixed.backup', { backup: backupName })}{' '}
        <button type="button" className="link-button" onClick={() => void undoFix()}>
          {t('fix.fixIt.undo')}
        </button>
      </p>
      {arrived === 'no' && <VerifyPanel report={report} fromAccount askArrived={false} />}
      <CodePanel report={report} />
      {/* The settings are written: nothing left to print, only whom to ask and what to do meanwhile. */}
      <StillNotSending report={report} guidance={null} />
    </section>
  );
}
