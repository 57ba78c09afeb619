import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DiagnosisReport } from '../../../../shared/diagnosis.js';
import { useAppStore } from '../../../store/store-context.js';
import { CopyButton } from '../settings/copy-button.js';
import { useReadOnly } from '../staff/read-only.js';

/** A code in its groups (3051-2779-…), each group apart, so it is easy to read aloud. */
export function CodeGroups({ code }: { code: string }) {
  return (
    <code className="ref-code" data-code={code}>
      {code.split('-').map((g, i) => (
        <span key={`${i}-${g}`} className="ref-code-group">
          {g}
        </span>
      ))}
    </code>
  );
}

/** "Save report": the main process asks where; the renderer never sees the path. The app's log goes in only when ticked. */
function SaveReport({ report }: { report: DiagnosisReport }) {
  const { t } = useTranslation();
  const save = useAppStore((s) => s.save);
  const saveReport = useAppStore((s) => s.saveReport);
  // Off unless asked: the log is for support staff, and the user decides what leaves the PC.
  const [includeLog, setIncludeLog] = useState(false);
  const logId = useId();
  return (
    <div className="save-report">
      <button
        type="button"
        className="secondary"
        disabled={save.status === 'saving'}
        onClick={() => void saveReport(report, includeLog)}
      >
        {save.status === 'saving' ? t('fix.save.saving') : t('fix.save.button')}
      </button>
      <p className="save-include-log check-line">
        <input
          id={logId}
          type="checkbox"
          checked={includeLog}
          onChange={(e) => setIncludeLog(e.currentTarget.checked)}
        />
        <label htmlFor={logId}>{t('fix.save.includeLog')}</label>
      </p>
      <p role="status" className="save-status" data-status={save.status}>
        {save.status === 'saved' && t('fix.save.saved')}
        {save.status === 'cancelled' && t('fix.save.cancelled')}
        {save.status === 'failed' &&
          t('fix.save.failed', { message: t(`errors.ipc.${save.error.code}`) })}
      </p>
    </div>
  );
}

/** The reference code of a report, once known: the saved file's, or the one made for this run. */
export function useShownCode(report: DiagnosisReport): string | null {
  const readOnly = useReadOnly();
  const code = useAppStore((s) => s.code);
  if (readOnly !== null) return readOnly.referenceCode;
  return code.status === 'ready' && code.report === report ? code.code : null;
}

/**
 * The reference code of the result, near the top of the screen: what an operator asks for first.
 * Shown in its groups of four, with a copy button and how to read the digits aloud.
 */
export function CodePanel({ report }: { report: DiagnosisReport }) {
  const { t } = useTranslation();
  const readOnly = useReadOnly();
  const code = useAppStore((s) => s.code);
  const loadCode = useAppStore((s) => s.loadCode);
  useEffect(() => {
    if (readOnly === null) void loadCode(report);
  }, [readOnly, report, loadCode]);
  const shown = useShownCode(report);
  return (
    <section className="code-panel" aria-labelledby="code-heading">
      <h2 id="code-heading">{t('fix.code.heading')}</h2>
      <p>{t('fix.code.lead')}</p>
      {shown !== null ? (
        <>
          <p className="ref-code-line">
            <CodeGroups code={shown} />
            <CopyButton value={shown} label={t('fix.code.copy')} />
          </p>
          {/* Only digit codes: a letter code of a saved old report has no such reading. */}
          {/^[\d-]+$/.test(shown) && <p className="ref-code-reading">{t('fix.code.reading')}</p>}
        </>
      ) : (
        <p role="status">
          {code.status === 'failed' ? t('fix.code.failed') : t('fix.code.loading')}
        </p>
      )}
    </section>
  );
}

/** "Save report", at the end of the result (not on a saved report shown to support staff). */
export function SaveReportPanel({ report }: { report: DiagnosisReport }) {
  const { t } = useTranslation();
  if (useReadOnly() !== null) return null;
  return (
    <section className="code-panel save-panel" aria-labelledby="save-heading">
      <h2 id="save-heading">{t('fix.save.heading')}</h2>
      <p>{t('fix.save.lead')}</p>
      <SaveReport report={report} />
    </section>
  );
}
