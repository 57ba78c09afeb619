import type { TFunction } from 'i18next';
import type { DiagnosisReport, RecommendedSettings } from '../../../../shared/diagnosis.js';
import type { Filled } from '../../../../shared/placeholders.js';
import { UNTRUSTED_CONNECTION_VERDICTS } from '../../../../shared/trust-gate.js';

/** One row of the settings card: what to type or choose, why, and what the user has now. */
export interface SettingsRow {
  key: 'host' | 'port' | 'security' | 'auth' | 'username';
  label: string;
  value: string;
  /** A value to type in (with a copy button); the others are choices in the program's menus. */
  copy: boolean;
  code: boolean;
  note: string;
  sub?: string;
  current?: string;
}

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

/**
 * The rows of the settings card for one recommendation; `username` is the user name filled in by
 * shared/settings-to-write.ts (a value SendCheck does not know is said in words, with nothing to copy).
 */
export function settingsRows(
  s: RecommendedSettings,
  request: DiagnosisReport['request'],
  username: Filled,
  t: TFunction,
): SettingsRow[] {
  const host: SettingsRow = {
    key: 'host',
    label: t('settings.fields.host'),
    value: s.host,
    copy: true,
    code: true,
    note: t('settings.explain.host'),
    ...(s.hostUnicode ? { sub: t('settings.unicodeHost', { host: s.hostUnicode }) } : {}),
    ...currentNote(request.server, s.host, t),
  };
  const port: SettingsRow = {
    key: 'port',
    label: t('settings.fields.port'),
    value: String(s.port),
    copy: true,
    code: true,
    note: t(portExplanationKey(s.port)),
    ...currentNote(request.port, s.port, t),
  };
  const choice = (key: 'security' | 'auth', value: string, note: string): SettingsRow => ({
    key,
    label: t(`settings.fields.${key}`),
    value,
    copy: false,
    code: key === 'security',
    note,
  });
  return [
    host,
    port,
    choice('security', t(`settings.values.${s.security}`), t(`settings.explain.${s.security}`)),
    choice(
      'auth',
      s.auth ? t('settings.values.authOn') : t('settings.values.authOff'),
      t('settings.explain.auth'),
    ),
    {
      key: 'username',
      label: t('settings.fields.username'),
      value: username.known ? username.value : t('settings.values.ispUserId'),
      copy: username.known,
      code: username.known,
      note: t('settings.explain.username'),
    },
  ];
}

/**
 * How far the recommended settings were checked, as the card and the printed sheet say it: the
 * provider's published data (not probed), confirmed by a connection the verdict trusts, or neither.
 */
export function settingsTrust(report: DiagnosisReport): 'published' | 'verified' | 'unverified' {
  const s = report.recommended;
  if (s === null) return 'unverified';
  if (s.publishedOnly) return 'published';
  return s.verified && !UNTRUSTED_CONNECTION_VERDICTS.includes(report.verdict.code)
    ? 'verified'
    : 'unverified';
}
