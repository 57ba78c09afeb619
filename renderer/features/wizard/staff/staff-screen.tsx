import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../../store/store-context.js';
import { CodeDecoder } from './code-decoder.js';
import { ProviderLookup } from './provider-lookup.js';
import { ReportOpener } from './report-opener.js';
import { ReportViewer } from './report-viewer.js';

/**
 * The support staff console, opened from the Help menu (or #staff, or its shortcut:
 * renderer/app/staff-route.ts): the code field first and focused, then the provider look-up with
 * the rule for which to read out, then a saved report file. Offline.
 */
export function StaffScreen() {
  const { t } = useTranslation();
  const opened = useAppStore((s) => s.opened);
  const setStaffOpen = useAppStore((s) => s.setStaffOpen);
  if (opened.status === 'opened') return <ReportViewer file={opened.file} />;
  return (
    <section className="step step-staff" aria-labelledby="staff-heading">
      <h1 id="staff-heading">{t('staff.heading')}</h1>
      <p className="lead">{t('staff.lead')}</p>
      <CodeDecoder />
      <ProviderLookup />
      <ReportOpener />
      <div className="actions">
        <button type="button" className="secondary" onClick={() => setStaffOpen(false)}>
          {t('staff.back')}
        </button>
      </div>
    </section>
  );
}
