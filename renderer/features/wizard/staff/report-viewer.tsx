import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportFile } from '../../../../shared/report-file-format.js';
import { missingBridge } from '../../../app/missing-bridge.js';
import { createAppStore } from '../../../store/app-store.js';
import { doneRun } from '../../../store/run-state.js';
import { AppStoreProvider, useAppStore } from '../../../store/store-context.js';
import { ResultStep } from '../result/result-step.js';
import { ReadOnlyContext } from './read-only.js';

/**
 * A saved report as its result screen, read-only: the same components over a store of its own
 * that holds only this report and whose bridge can do nothing, so nothing on it can probe, write
 * or change the customer's settings. Every text in the file is shown as text by React.
 */
export function ReportViewer({ file }: { file: ReportFile }) {
  const { t, i18n } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const closeReport = useAppStore((s) => s.closeReport);
  const [store] = useState(() =>
    createAppStore({
      api: missingBridge(),
      lang,
      initial: { run: doneRun(file.report, 'report-file') },
    }),
  );
  // Its own store goes with the viewer.
  useEffect(() => () => store.dispose(), [store]);
  const date = new Date(file.createdAt).toLocaleString(i18n.language);
  return (
    <div className="report-viewer">
      <div className="notice report-viewer-note">
        <p>
          {t('staff.report.viewing', {
            date,
            version: file.about.appVersion,
            code: file.referenceCode,
          })}
        </p>
        <button type="button" className="secondary" onClick={closeReport}>
          {t('staff.report.close')}
        </button>
      </div>
      <ReadOnlyContext.Provider value={{ referenceCode: file.referenceCode }}>
        <AppStoreProvider store={store}>
          <ResultStep />
        </AppStoreProvider>
      </ReadOnlyContext.Provider>
    </div>
  );
}
