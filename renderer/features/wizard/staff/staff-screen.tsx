import { useTranslation } from 'react-i18next';
import { useFocusOnMount } from '../../../app/use-focus-on-mount.js';
import { useAppStore } from '../../../store/store-context.js';
import { CodeDecoder } from './code-decoder.js';
import { ProviderLookup } from './provider-lookup.js';
import { ReportOpener } from './report-opener.js';
import { ReportViewer } from './report-viewer.js';

/** The "Support staff" screen: a code, a report file, a provider's published settings. Offline. */
export function StaffScreen() {
  const { t } = useTranslation();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const opened = useAppStore((s) => s.opened);
  const setStaffOpen = useAppStore((s) => s.setStaffOpen);
  if (opened.status === 'opened') return <ReportViewer file={opened.file} />;
  return (
    <section className="step step-staff" aria-labelledby="staff-heading">
      <h1 id="staff-heading" ref={heading} tabIndex={-1}>
        {t('staff.heading')}
      </h1>
      <p className="lead">{t('staff.lead')}</p>
      <CodeDecoder />
      <ReportOpener />
      <ProviderLookup />
      <div className="actions">
        <button type="button" className="secondary" onClick={() => setStaffOpen(false)}>
          {t('staff.back')}
        </button>
      </div>
    </section>
  );
}

/** The way in from the header, on every screen (the window has no menu bar of its own). */
export function StaffHeaderLink() {
  const { t } = useTranslation();
  const staffOpen = useAppStore((s) => s.staffOpen);
  const setStaffOpen = useAppStore((s) => s.setStaffOpen);
  if (staffOpen) return null;
  return (
    <button type="button" className="staff-header-link" onClick={() => setStaffOpen(true)}>
      {t('staff.headerLink')}
    </button>
  );
}
