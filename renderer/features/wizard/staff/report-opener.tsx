import { useTranslation } from 'react-i18next';
import { reportFileErrorMessage, say } from '../../../../shared/i18n/messages.js';
import { useSay } from '../../../i18n/use-say.js';
import { useAppStore } from '../../../store/store-context.js';

/** "Open a report file": the main process's dialog; a refused file is said in plain words. */
export function ReportOpener() {
  const { t } = useTranslation();
  const tr = useSay();
  const opened = useAppStore((s) => s.opened);
  const openReport = useAppStore((s) => s.openReport);
  let message: string | null = null;
  if (opened.status === 'opening') message = t('staff.report.opening');
  else if (opened.status === 'cancelled') message = t('staff.report.cancelled');
  else if (opened.status === 'refused') message = say(tr, reportFileErrorMessage(opened));
  else if (opened.status === 'failed')
    message = t('staff.report.failed', { message: t(`errors.ipc.${opened.error.code}`) });
  const problem = opened.status === 'refused' || opened.status === 'failed';
  return (
    <section className="staff-section" aria-labelledby="staff-report-heading">
      <h2 id="staff-report-heading">{t('staff.report.heading')}</h2>
      <p>{t('staff.report.lead')}</p>
      <div className="actions actions-start">
        <button
          type="button"
          className="primary"
          disabled={opened.status === 'opening'}
          onClick={() => void openReport()}
        >
          {t('staff.report.button')}
        </button>
      </div>
      <p
        role={problem ? 'alert' : 'status'}
        className={problem ? 'notice notice-error report-message' : 'report-message'}
        data-error={opened.status === 'refused' ? opened.error : undefined}
        hidden={message === null}
      >
        {message}
      </p>
    </section>
  );
}
