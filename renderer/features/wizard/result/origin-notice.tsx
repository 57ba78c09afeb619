import { useTranslation } from 'react-i18next';
import type { DiagnosisReport } from '../../../../shared/diagnosis.js';
import { portFindingApplies, sendingOrigin } from '../../../../shared/sending-origin.js';
import { useAppStore } from '../../../store/store-context.js';

/**
 * For a mail program whose mail does not leave from this PC (the new Outlook for Windows sends
 * from Microsoft's cloud, iPhone mail from the phone): this network's port finding is not why its
 * mail fails, and where the mail really leaves from (shared/sending-origin.ts).
 */
export function OriginNotice({ report }: { report: DiagnosisReport }) {
  const { t } = useTranslation();
  // The program chosen now, else the one the report was made for (a saved report on the staff screen).
  const chosen = useAppStore((s) => s.mailProgram);
  const program = chosen ?? report.request.mailProgram ?? null;
  const origin = sendingOrigin(program);
  if (origin === 'this_pc' || portFindingApplies(report.verdict.code, program)) return null;
  return (
    <section className="notice origin-notice" aria-labelledby="origin-heading" data-origin={origin}>
      <h2 id="origin-heading">{t(`result.origin.${origin}.heading`)}</h2>
      <p>{t(`result.origin.${origin}.body`)}</p>
      <p>{t(`result.origin.${origin}.next`)}</p>
    </section>
  );
}
