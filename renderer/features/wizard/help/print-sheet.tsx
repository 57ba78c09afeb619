/**
 * The settings on one A4 sheet in large letters, for paper only: rendered beside the app's root and
 * hidden on screen; print CSS (help.css) prints it alone. The values are the settings card's (the
 * settings-to-write pipeline), labelled as checked, published or not yet checked, as the card says.
 */
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { DiagnosisReport } from '../../../../shared/diagnosis.js';
import { supportName, type ProviderSupport } from '../../../../shared/providers/support.js';
import { useAppStore } from '../../../store/store-context.js';
import { CodeGroups, useShownCode } from '../fix/code-panel.js';
import { selectRunAccount, settingsFor } from '../fix/current-settings.js';
import { settingsRows, settingsTrust } from '../settings/settings-rows.js';

/** The sheet itself; `printedOn` is the day it is printed. */
function SheetBody({
  report,
  support,
  code,
  printedOn,
}: {
  report: DiagnosisReport;
  support: ProviderSupport | null;
  code: string | null;
  printedOn: Date;
}) {
  const { t, i18n } = useTranslation();
  const account = useAppStore(selectRunAccount);
  const rec = report.recommended;
  if (rec === null) return null;
  const toWrite = settingsFor(rec, report.email, account);
  // No "now set to" notes on paper: only what to type in.
  const rows = settingsRows(rec, { server: null, port: null }, toWrite.username, t);
  const name = support ? supportName(support, i18n.language) : null;
  return (
    <>
      <h1>{t('help.sheet.title')}</h1>
      <p className="sheet-address">{t('result.checkedAddress', { email: report.email.display })}</p>
      <dl className="sheet-settings">
        {rows.map((r) => (
          <div key={r.key} className="sheet-row" data-field={r.key}>
            <dt>{r.label}</dt>
            <dd>
              <span className={r.code ? 'sheet-value sheet-code-value' : 'sheet-value'}>
                {r.value}
              </span>
              {r.sub && <span className="sheet-sub">{r.sub}</span>}
            </dd>
          </div>
        ))}
      </dl>
      <p className="sheet-trust" data-trust={settingsTrust(report)}>
        {t(`settings.${settingsTrust(report)}`)}
      </p>
      <div className="sheet-code">
        <h2>{t('fix.code.heading')}</h2>
        <p>{t('fix.code.lead')}</p>
        {code ? (
          <p className="sheet-code-line">
            <CodeGroups code={code} />
          </p>
        ) : (
          <p>{t('help.sheet.codeMissing')}</p>
        )}
      </div>
      {support && name !== null && (
        <p className="sheet-help">{t('help.sheet.page', { name, url: support.page })}</p>
      )}
      {support?.phone && name !== null && (
        <p className="sheet-help">{t('help.ask.phone', { name, phone: support.phone.number })}</p>
      )}
      <p className="sheet-footer">{t('help.sheet.printed', { date: printedOn })}</p>
      <p className="sheet-footer">{t('help.sheet.footer')}</p>
    </>
  );
}

/** The sheet, beside the app's root so print CSS can print it alone; hidden on screen. */
export function PrintSheet({
  report,
  support,
}: {
  report: DiagnosisReport;
  support: ProviderSupport | null;
}) {
  const { i18n } = useTranslation();
  const code = useShownCode(report);
  return createPortal(
    <div className="print-sheet" aria-hidden="true" lang={i18n.language}>
      <SheetBody report={report} support={support} code={code} printedOn={new Date()} />
    </div>,
    document.body,
  );
}
