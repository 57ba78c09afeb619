/**
 * "Still not sending?" at the end of every result: whom to ask (the provider's own help page from
 * the provider data where known, in general words otherwise), how to send from a phone meanwhile,
 * and, only where the result says to change the settings, a large-letter A4 sheet of them to print.
 */
import { useTranslation } from 'react-i18next';
import type { DiagnosisReport } from '../../../../shared/diagnosis.js';
import {
  PROVIDER_SUPPORT,
  supportForDomain,
  supportName,
  type ProviderSupport,
} from '../../../../shared/providers/support.js';
import type { Guidance } from '../../../../shared/result-guidance.js';
import { CopyButton } from '../settings/copy-button.js';
import { PrintSheet } from './print-sheet.js';

/** The address of a help page: a link where the app may open it (https), always with a copy button. */
function PageLine({ support, name }: { support: ProviderSupport; name: string }) {
  const { t } = useTranslation();
  const https = support.page.startsWith('https://');
  return (
    <p className="help-page-line">
      {https ? (
        <a href={support.page} target="_blank" rel="noreferrer">
          {support.page}
        </a>
      ) : (
        <code>{support.page}</code>
      )}
      <CopyButton value={support.page} label={t('help.ask.copyPage', { name })} />
    </p>
  );
}

/** Whom to ask: the provider's help page (and number) where the data has it, else in general words. */
function AskForHelp({
  report,
  support,
}: {
  report: DiagnosisReport;
  support: ProviderSupport | null;
}) {
  const { t, i18n } = useTranslation();
  const name = support ? supportName(support, i18n.language) : (report.provider?.name ?? null);
  return (
    <>
      <h3>{t('help.ask.heading')}</h3>
      {support && name !== null ? (
        <>
          <p>{t('help.ask.known', { name })}</p>
          <PageLine support={support} name={name} />
          {support.phone && <p>{t('help.ask.phone', { name, phone: support.phone.number })}</p>}
        </>
      ) : (
        <p>{name !== null ? t('help.ask.provider', { name }) : t('help.ask.unknown')}</p>
      )}
      <p>{t('help.ask.code')}</p>
    </>
  );
}

/** Whether the printed sheet is offered: only settings to change, never an unconfirmed suggestion. */
export function sheetOffered(report: DiagnosisReport, guidance: Guidance | null): boolean {
  const rec = report.recommended;
  return guidance === 'change_settings' && rec !== null && !rec.needsConfirmation;
}

/**
 * The last section of every result screen; `guidance` null where no settings are left to change.
 * `entries` is the support data (the bundled one unless a test gives its own).
 */
export function StillNotSending({
  report,
  guidance,
  entries = PROVIDER_SUPPORT,
}: {
  report: DiagnosisReport;
  guidance: Guidance | null;
  entries?: readonly ProviderSupport[];
}) {
  const { t } = useTranslation();
  const support = supportForDomain(report.email.domainAscii, entries);
  const sheet = sheetOffered(report, guidance);
  return (
    <section className="still-not-sending" aria-labelledby="still-heading">
      <h2 id="still-heading">{t('help.heading')}</h2>
      <p>{t('help.lead')}</p>
      <AskForHelp report={report} support={support} />
      <h3>{t('help.phone.heading')}</h3>
      <ul className="help-phone">
        <li>{t('help.phone.mobileData')}</li>
        <li>{t('help.phone.webmail')}</li>
        <li>{t('help.phone.safety')}</li>
      </ul>
      {sheet && (
        <>
          <h3>{t('help.print.heading')}</h3>
          <p>{t('help.print.lead')}</p>
          <p>
            <button type="button" className="secondary" onClick={() => window.print()}>
              {t('help.print.button')}
            </button>
          </p>
          <PrintSheet report={report} support={support} />
        </>
      )}
    </section>
  );
}
