import { useTranslation } from 'react-i18next';
import type { Action } from '../../../../shared/diagnosis.js';
import { actionMessage, say, type Translate } from '../../../../shared/i18n/messages.js';
import type { CodeSummary } from '../../../../shared/reference-code.js';
import { describeCode, describeCodeError } from '../../../../shared/reference-code-text.js';
import { useSay } from '../../../i18n/use-say.js';
import { useAppStore } from '../../../store/store-context.js';
import { CodeGroups } from '../fix/code-panel.js';

/**
 * 「お客さまへの案内」: the verdict's title, its explanation and the numbered steps, in the
 * customer's own words from the catalogue (polite Japanese), so the operator reads out what the
 * customer sees. domain_not_found's explanation names the address's domain, which a code does not
 * carry: it is left out there.
 */
function CustomerGuide({ summary, steps }: { summary: CodeSummary; steps: Action[] }) {
  const { t } = useTranslation();
  const tr: Translate = useSay();
  const v = summary.verdict;
  return (
    <section className="customer-guide" aria-labelledby="customer-guide-heading">
      <h3 id="customer-guide-heading">{t('staff.guide.heading')}</h3>
      <p className="hint">{t('staff.guide.lead')}</p>
      <p className="guide-title">{t(`verdict.${v}.title`)}</p>
      {v !== 'domain_not_found' && <p>{t(`verdict.${v}.explanation`)}</p>}
      {steps.length > 0 && (
        <>
          <h4>{t('staff.guide.stepsHeading')}</h4>
          <ol>
            {steps.map((a) => (
              <li key={a.id}>{say(tr, actionMessage(a))}</li>
            ))}
          </ol>
        </>
      )}
      <p className="hint">{t('staff.guide.note')}</p>
    </section>
  );
}

/**
 * A decoded code, in the order an operator needs it mid-call: one sentence for the operator, then
 * what to tell the customer, then what the code says line by line. No engine ids: every value is
 * in the catalogue's words.
 */
export function DecodedCode() {
  const { t } = useTranslation();
  const tr: Translate = useSay();
  const decoded = useAppStore((s) => s.decoded);
  if (decoded.status === 'decoding') return <p role="status">…</p>;
  if (decoded.status === 'failed')
    return (
      <p role="alert" className="notice notice-error">
        {t(`errors.ipc.${decoded.error.code}`)}
      </p>
    );
  if (decoded.status !== 'decoded') return null;
  const r = decoded.result;
  if (!r.ok) {
    return (
      <p role="alert" className="notice notice-error code-error" data-error={r.error}>
        {describeCodeError(r, tr)}
      </p>
    );
  }
  return (
    <div className="code-summary" data-verdict={r.summary.verdict}>
      <h3 tabIndex={-1}>{t('staff.code.summaryHeading', { code: r.code })}</h3>
      <CodeGroups code={r.code} />
      <p className="operator-line" role="status">
        <strong>{t('staff.operator.label')}</strong> {t(`staff.operator.${r.summary.verdict}`)}
      </p>
      <CustomerGuide summary={r.summary} steps={r.steps ?? []} />
      <h3>{t('staff.detailsHeading')}</h3>
      <ul>
        {describeCode(r.summary, tr).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </div>
  );
}
