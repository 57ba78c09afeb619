import { useTranslation } from 'react-i18next';
import { actionMessage, say, verdictMessages } from '../../../../shared/i18n/messages.js';
import { useSay } from '../../../i18n/use-say.js';
import { useFocusOnMount } from '../../../app/use-focus-on-mount.js';
import { selectReport } from '../../../store/selectors.js';
import { useAppStore } from '../../../store/store-context.js';
import { CodePanel } from '../fix/code-panel.js';
import { AfterSettings, BeforeSettings } from '../fix/result-extras.js';
import { useReadOnly } from '../staff/read-only.js';
import { SettingsCard } from '../settings/settings-card.js';
import { SupportDetails } from '../support/support-details.js';
import { PathPicture } from './path-picture.js';

/** Steps 4-6 on one screen: the verdict, the path picture, what to do, the settings card and the support details. */
export function ResultStep() {
  const { t } = useTranslation();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const report = useAppStore(selectReport);
  const tr = useSay();
  const checkAgain = useAppStore((s) => s.checkAgain);
  const readOnly = useReadOnly();
  if (report === null) return null;
  const { verdict } = report;
  const words = verdictMessages(report);
  return (
    <section
      className="step step-result"
      aria-labelledby="result-heading"
      data-verdict={verdict.code}
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
      <CodePanel report={report} />
      <PathPicture blockedAt={report.blockedAt} code={verdict.code} />
      <section className="next-steps" aria-labelledby="next-heading">
        <h2 id="next-heading">{t('result.nextHeading')}</h2>
        <ol>
          {verdict.actions.map((a) => (
            <li key={a.id}>{say(tr, actionMessage(a))}</li>
          ))}
        </ol>
      </section>
      <BeforeSettings />
      <SettingsCard />
      <AfterSettings />
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
