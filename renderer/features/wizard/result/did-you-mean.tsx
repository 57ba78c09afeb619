import { useTranslation } from 'react-i18next';
import type { DiagnosisReport } from '../../../../shared/diagnosis.js';
import { didYouMean } from '../../../../shared/did-you-mean.js';
import { useAppStore } from '../../../store/store-context.js';

/** For an address whose domain does not exist: a known provider's domain one edit away, checked in one click. */
export function DidYouMean({ report }: { report: DiagnosisReport }) {
  const { t } = useTranslation();
  const recheckAs = useAppStore((s) => s.recheckAs);
  if (report.verdict.code !== 'domain_not_found') return null;
  const domain = didYouMean(report.email.domain);
  if (domain === null) return null;
  const at = report.email.display.lastIndexOf('@');
  const email = `${report.email.display.slice(0, at)}@${domain}`;
  return (
    <div className="did-you-mean" role="group" aria-labelledby="did-you-mean-question">
      <p id="did-you-mean-question" className="did-you-mean-question">
        {t('result.didYouMean.question', { email })}
      </p>
      <div className="actions actions-start">
        <button type="button" className="primary" onClick={() => recheckAs(email)}>
          {t('result.didYouMean.recheck', { email })}
        </button>
      </div>
    </div>
  );
}
