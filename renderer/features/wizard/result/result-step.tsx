import { useTranslation } from 'react-i18next';
import { say, verdictMessages } from '../../../../shared/i18n/messages.js';
import { useSay } from '../../../i18n/use-say.js';
import { useFocusOnMount } from '../../../app/use-focus-on-mount.js';
import { selectReport } from '../../../store/selectors.js';
import { useAppStore } from '../../../store/store-context.js';
import { CodePanel } from '../fix/code-panel.js';
import { AfterSettings, BeforeSettings } from '../fix/result-extras.js';
import { useReadOnly } from '../staff/read-only.js';
import { SettingsCard } from '../settings/settings-card.js';
import { StillNotSending } from '../help/still-not-sending.js';
import { SupportDetails } from '../support/support-details.js';
import { PathPicture } from './path-picture.js';
import { FixedState } from '../fix/fixed-state.js';
import { selectRunAccount } from '../fix/current-settings.js';
import { DidYouMean } from './did-you-mean.js';
import { GuidanceSteps } from './guidance-steps.js';
import { OriginNotice } from './origin-notice.js';
import { useGuidance } from './use-guidance.js';

/**
 * Steps 4-6 on one screen: the verdict, the path picture, what to do with the settings and the next
 * steps, then (only when the settings must change) the changes, the settings card and "check
 * again", what to do if it still does not send, and the support details.
 */
export function ResultStep() {
  const { t } = useTranslation();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const report = useAppStore(selectReport);
  const tr = useSay();
  const checkAgain = useAppStore((s) => s.checkAgain);
  const readOnly = useReadOnly();
  const guidance = useGuidance(report);
  const fix = useAppStore((s) => s.fix);
  const account = useAppStore(selectRunAccount);
  if (report === null || guidance === null) return null;
  if (fix.status === 'fixed' && account !== null && readOnly === null)
    return (
      <FixedState
        report={report}
        before={fix.before}
        after={account}
        backupName={fix.backupName}
        handSteps={fix.handSteps ?? []}
      />
    );
  const { verdict } = report;
  const words = verdictMessages(report);
  // No settings card below: the explanation must not point at one.
  if (guidance === 'settings_fine' && words.explanation.values.context === undefined)
    words.explanation.values.context = 'fine';
  const change = guidance === 'change_settings';
  return (
    <section
      className="step step-result"
      aria-labelledby="result-heading"
      data-verdict={verdict.code}
      data-guidance={guidance}
    >
      <div className="verdict" data-tone={verdict.code === 'ok' ? 'ok' : 'problem'}>
        <h1 id="result-heading" ref={heading} tabIndex={-1}>
          {say(tr, words.title)}
        </h1>
        <p className="verdict-explanation">{say(tr, words.explanation)}</p>
        <p className="verdict-meta">
          <span>{t(`result.confidence.${verdict.confidence}`)}</span>
          <span>{t('result.checkedAddress', { email: report.email.display })}</span>
        </p>
      </div>
      <OriginNotice report={report} />
      <CodePanel report={report} />
      <DidYouMean report={report} />
      <PathPicture blockedAt={report.blockedAt} code={verdict.code} evidence={report.evidence} />
      <GuidanceSteps guidance={guidance} actions={verdict.actions} />
      {change && <BeforeSettings />}
      {change && <SettingsCard />}
      <AfterSettings checkAgain={change} />
      <StillNotSending report={report} guidance={guidance} />
      <SupportDetails />
      {readOnly === null && (
        <div className="actions">
          <button type="button" className="secondary" onClick={checkAgain}>
            {t('result.again')}
          </button>
        </div>
      )}
    </section>
  );
}
