/**
 * The run's account and what changes in it, through the one pipeline the main process and the
 * command line use (shared/settings-to-write.ts): the recommended settings with the provider's
 * placeholders filled from the account or the address, against the settings in use now.
 */
import type { MailAccount } from '../../../../shared/accounts.js';
import type { DiagnosisReport, RecommendedSettings } from '../../../../shared/diagnosis.js';
import {
  accountSettings,
  compareSettings,
  settingsToWrite,
  type CurrentSettings,
  type SettingChange,
  type SettingsToWrite,
} from '../../../../shared/settings-to-write.js';
import type { AppState } from '../../../store/types.js';

/** The account the finished run on screen was started from, or null (a stable object for selectors). */
export function selectRunAccount(s: AppState): MailAccount | null {
  const ra = s.runAccount;
  return ra !== null && s.run.status === 'done' && ra.runId === s.run.runId ? ra.account : null;
}

/** The recommended settings as they would go into this account, or be typed without one. */
export function settingsFor(
  rec: RecommendedSettings,
  email: DiagnosisReport['email'],
  account: MailAccount | null,
): SettingsToWrite {
  return settingsToWrite(rec, { email, account });
}

/** Current against recommended for the settings in use now (an account's, or the ones checked). */
export function changesFor(
  now: CurrentSettings | MailAccount,
  rec: RecommendedSettings,
  email: DiagnosisReport['email'],
  account: MailAccount | null,
): SettingChange[] {
  const current = 'id' in now ? accountSettings(now) : now;
  return compareSettings(current, settingsFor(rec, email, account));
}
