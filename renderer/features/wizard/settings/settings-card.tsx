import { useTranslation } from 'react-i18next';
import {
  type DiagnosisReport,
  type MailProgram,
  type RecommendedSettings,
} from '../../../../shared/diagnosis.js';
import type { Filled } from '../../../../shared/placeholders.js';
import { recommendableFor, sendingOrigin } from '../../../../shared/sending-origin.js';
import { loginAllowed } from '../../../../shared/trust-gate.js';
import { selectReport } from '../../../store/selectors.js';
import { useAppStore } from '../../../store/store-context.js';
import { selectRunAccount, settingsFor } from '../fix/current-settings.js';
import { useReadOnly } from '../staff/read-only.js';
import { CopyButton } from './copy-button.js';
import { LoginTest } from './login-test.js';
import { ProgramOptions } from './program-options.js';
import { ProgramSteps } from './program-steps.js';
import { settingsRows, settingsTrust } from './settings-rows.js';
import { SuggestedWarning } from './suggested-warning.js';

const NO_REQUEST: DiagnosisReport['request'] = { server: null, port: null };

function SettingsValues({
  settings,
  request,
  username,
}: {
  settings: RecommendedSettings;
  request: DiagnosisReport['request'];
  username: Filled;
}) {
  const { t } = useTranslation();
  return (
    <dl className="settings-values">
      {settingsRows(settings, request, username, t).map((r) => (
        <div key={r.key} className="settings-row" data-field={r.key}>
          <dt>{r.label}</dt>
          <dd>
            <span className="settings-value-line">
              {r.code ? (
                <code className="settings-value">{r.value}</code>
              ) : (
                <strong className="settings-value settings-choice">{r.value}</strong>
              )}
              {r.copy && (
                <CopyButton value={r.value} label={t('settings.copyLabel', { field: r.label })} />
              )}
            </span>
            {r.sub && <span className="settings-sub">{r.sub}</span>}
            {r.current && <span className="settings-current">{r.current}</span>}
            <span className="settings-note">{r.note}</span>
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** The program whose steps are shown, to choose again on the card. */
function ProgramChoice({
  program,
  onChange,
}: {
  program: MailProgram;
  onChange: (p: MailProgram) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="field field-inline">
      <label htmlFor="settings-program">{t('settings.programLabel')}</label>
      <select
        id="settings-program"
        value={program}
        onChange={(e) => onChange(e.target.value as MailProgram)}
      >
        <ProgramOptions />
      </select>
    </div>
  );
}

/** Step 5: the settings to type into the mail program, the program's steps, and the optional login test. */
export function SettingsCard() {
  const { t } = useTranslation();
  const report = useAppStore(selectReport);
  const settings = report?.recommended ?? null;
  const asked = report?.request ?? NO_REQUEST;
  // The account read from the mail program says what is set now, after "Fix it for me" too.
  const account = useAppStore(selectRunAccount);
  const request = account ? { server: account.host, port: account.port } : asked;
  const mailProgram = useAppStore((s) => s.mailProgram);
  const setMailProgram = useAppStore((s) => s.setMailProgram);
  // The program chosen now, else the one the report was made for (a saved report on the staff screen).
  const program: MailProgram = mailProgram ?? report?.request.mailProgram ?? 'other';
  const readOnly = useReadOnly();
  // The settings as they would be written: the provider's placeholders filled in, or "not known".
  const toWrite = report && settings ? settingsFor(settings, report.email, account) : null;
  // Published data was not probed, and a connection the verdict distrusts proves nothing.
  const trust = report !== null ? settingsTrust(report) : 'unverified';
  // A server that only works inside the provider's lines, for a program that sends from elsewhere.
  const origin = sendingOrigin(program);
  const withheld =
    origin !== 'this_pc' &&
    settings !== null &&
    report !== null &&
    !recommendableFor(program, settings, report.candidates)
      ? origin
      : null;
  return (
    <section className="settings-card" aria-labelledby="settings-heading">
      <h2 id="settings-heading">{t('settings.heading')}</h2>
      {settings === null || toWrite === null ? (
        <p>{t('settings.none')}</p>
      ) : withheld !== null ? (
        <>
          <p className="settings-withheld" role="note">
            {t(`settings.origin.${withheld}`, { host: settings.host })}
          </p>
          <ProgramChoice program={program} onChange={setMailProgram} />
        </>
      ) : (
        <>
          {settings.needsConfirmation && (
            <SuggestedWarning
              settings={settings}
              suggestion={settings.needsConfirmation}
              canConfirm={readOnly === null}
            />
          )}
          <p>
            {settings.needsConfirmation ? t('settings.suggested.leadValues') : t('settings.lead')}
          </p>
          <SettingsValues settings={settings} request={request} username={toWrite.username} />
          {/* A suggestion is never shown as verified: the warning above says what it is. */}
          {!settings.needsConfirmation && (
            <p className="settings-verified" data-verified={trust === 'verified'}>
              {t(`settings.${trust}`)}
            </p>
          )}
          <ProgramChoice program={program} onChange={setMailProgram} />
          <ProgramSteps program={program} settings={toWrite} />
          {readOnly === null && loginAllowed(settings) && <LoginTest />}
          {readOnly === null && !loginAllowed(settings) && !settings.needsConfirmation && (
            <p className="login-not-offered">{t('login.notOffered')}</p>
          )}
        </>
      )}
    </section>
  );
}
