import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import {
  MAIL_PROGRAMS,
  type DiagnosisReport,
  type MailProgram,
  type RecommendedSettings,
} from '../../../../shared/diagnosis.js';
import { selectReport } from '../../../store/selectors.js';
import { useAppStore } from '../../../store/store-context.js';
import { CopyButton } from './copy-button.js';
import { LoginTest } from './login-test.js';
import { ProgramSteps } from './program-steps.js';

const NO_REQUEST: DiagnosisReport['request'] = { server: null, port: null };

function portExplanationKey(port: number) {
  return port === 587
    ? 'settings.explain.port587'
    : port === 465
      ? 'settings.explain.port465'
      : 'settings.explain.portOther';
}

/** What the user said they use now, when it differs from what to use: "Now set to: 25 (change this)". */
function currentNote(
  now: string | number | null,
  want: string | number,
  t: TFunction,
): { current?: string } {
  if (now === null || String(now).toLowerCase() === String(want).toLowerCase()) return {};
  return { current: t('settings.current', { value: String(now) }) };
}

function SettingsValues({
  settings,
  request,
}: {
  settings: RecommendedSettings;
  request: DiagnosisReport['request'];
}) {
  const { t } = useTranslation();
  const securityValue = t(`settings.values.${settings.security}`);
  // code: a value to type in; the others are choices in the program's menus.
  const rows: {
    key: string;
    label: string;
    value: string;
    copy: boolean;
    code: boolean;
    note: string;
    sub?: string;
    current?: string;
  }[] = [
    {
      key: 'host',
      label: t('settings.fields.host'),
      value: settings.host,
      copy: true,
      code: true,
      note: t('settings.explain.host'),
      ...(settings.hostUnicode
        ? { sub: t('settings.unicodeHost', { host: settings.hostUnicode }) }
        : {}),
      ...currentNote(request.server, settings.host, t),
    },
    {
      key: 'port',
      label: t('settings.fields.port'),
      value: String(settings.port),
      copy: true,
      code: true,
      note: t(portExplanationKey(settings.port)),
      ...currentNote(request.port, settings.port, t),
    },
    {
      key: 'security',
      label: t('settings.fields.security'),
      value: securityValue,
      copy: false,
      code: true,
      note: t(`settings.explain.${settings.security}`),
    },
    {
      key: 'auth',
      label: t('settings.fields.auth'),
      value: t('settings.values.authOn'),
      copy: false,
      code: false,
      note: t('settings.explain.auth'),
    },
    {
      key: 'username',
      label: t('settings.fields.username'),
      value: settings.username,
      copy: true,
      code: true,
      note: t('settings.explain.username'),
    },
  ];
  return (
    <dl className="settings-values">
      {rows.map((r) => (
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

/** Step 5: the settings to type into the mail program, the program's steps, and the optional login test. */
export function SettingsCard() {
  const { t } = useTranslation();
  const settings = useAppStore((s) => selectReport(s)?.recommended ?? null);
  const request = useAppStore((s) => selectReport(s)?.request ?? NO_REQUEST);
  const mailProgram = useAppStore((s) => s.mailProgram);
  const setMailProgram = useAppStore((s) => s.setMailProgram);
  const program: MailProgram = mailProgram ?? 'other';
  return (
    <section className="settings-card" aria-labelledby="settings-heading">
      <h2 id="settings-heading">{t('settings.heading')}</h2>
      {settings === null ? (
        <p>{t('settings.none')}</p>
      ) : (
        <>
          <p>{t('settings.lead')}</p>
          <SettingsValues settings={settings} request={request} />
          <p className="settings-verified" data-verified={settings.verified}>
            {settings.verified ? t('settings.verified') : t('settings.unverified')}
          </p>
          <div className="field field-inline">
            <label htmlFor="settings-program">{t('settings.programLabel')}</label>
            <select
              id="settings-program"
              value={program}
              onChange={(e) => setMailProgram(e.target.value as MailProgram)}
            >
              {MAIL_PROGRAMS.map((p) => (
                <option key={p} value={p}>
                  {t(`programs.${p}.name`)}
                </option>
              ))}
            </select>
          </div>
          <ProgramSteps program={program} settings={settings} />
          <LoginTest />
        </>
      )}
    </section>
  );
}
