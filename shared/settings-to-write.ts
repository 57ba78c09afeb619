/**
 * The one pipeline from a diagnosis's recommended settings to the settings written into (or typed
 * into) a mail program, for "Fix it for me" (electron/ipc/account-handlers.ts), `sendcheck fix`
 * (electron/cli/fix.ts) and the result screen's table alike:
 *
 *   1. the trust gate (trust-gate.ts): may these settings be written at all?
 *   2. the provider's placeholders filled from the account or the address (placeholders.ts); a
 *      value nobody knows (an ISP's own user id) stays "not known", never a literal %ISPUSERID%;
 *   3. the changes, field by field, against what the mail program uses now.
 *
 * A new mail-program writer takes planWrite's settings and changes, and nothing else
 * (docs/architecture.md, "Where each kind of change goes"). Plain types and pure functions.
 */
import type { AccountSecurity, AccountSettings } from './accounts.js';
import type { DiagnosisReport, RecommendedSettings } from './diagnosis.js';
import { addressValues, fillPlaceholders, type Filled } from './placeholders.js';
import { writeDecision, type WriteBlock } from './trust-gate.js';

/** The recommended settings with every value filled in, or marked as not known. */
export interface SettingsToWrite {
  host: string;
  port: number;
  security: AccountSecurity;
  auth: boolean;
  username: Filled;
}

/** What fills the placeholders: the address diagnosed, and the account's own user name if any. */
export interface FillSource {
  email: { ascii: string; domainAscii: string };
  /** The account the settings go into; its user name stands in for an ISP's user id. */
  account?: { username: string } | null;
}

/** The recommended settings as they would be written, for this address and account. */
export function settingsToWrite(rec: RecommendedSettings, from: FillSource): SettingsToWrite {
  const ispUserId = from.account?.username ?? '';
  const values = { ...addressValues(from.email), ...(ispUserId ? { ispUserId } : {}) };
  return {
    host: rec.host,
    port: rec.port,
    security: rec.security,
    auth: rec.auth,
    username: fillPlaceholders(rec.username, values),
  };
}

/** One line of the "current -> recommended" table; `to` null: the value is not known. */
export interface SettingChange {
  field: 'host' | 'port' | 'security' | 'auth' | 'username';
  from: string;
  to: string | null;
  changed: boolean;
}

/** The settings a mail program uses now, as far as they are known (null: not known, e.g. typed server and port only). */
export interface CurrentSettings {
  host: string;
  port: number;
  security: AccountSecurity | null;
  auth: boolean | null;
  username: string | null;
}

/** An account's outgoing settings, and nothing else of it. */
export function accountSettings(a: AccountSettings): AccountSettings {
  return { host: a.host, port: a.port, security: a.security, auth: a.auth, username: a.username };
}

/**
 * Current against recommended, field by field (host compared without case), in the settings
 * card's order; a field not known now is left out: there is nothing to compare it with.
 */
export function compareSettings(current: CurrentSettings, next: SettingsToWrite): SettingChange[] {
  const rows: SettingChange[] = [];
  const row = (field: SettingChange['field'], from: string | null, to: string | null) => {
    if (from === null) return;
    const same = field === 'host' ? from.toLowerCase() === to?.toLowerCase() : from === to;
    rows.push({ field, from, to, changed: !same });
  };
  const onOff = (on: boolean | null) => (on === null ? null : on ? 'on' : 'off');
  row('host', current.host, next.host);
  row('port', String(current.port), String(next.port));
  row('security', current.security, next.security);
  row('auth', onOff(current.auth), onOff(next.auth));
  row('username', current.username, next.username.known ? next.username.value : null);
  return rows;
}

/** What a fix would write into an account, or why it would not. */
export type WritePlan =
  | { ok: true; settings: AccountSettings; changes: SettingChange[] }
  | { ok: false; block: WriteBlock | 'no_recommended' }
  | { ok: false; block: 'unchanged' | 'needs_user_id'; changes: SettingChange[] };

/** The plan for writing this report's recommendation into an account with these settings now. */
export function planWrite(report: DiagnosisReport, account: AccountSettings): WritePlan {
  const decision = writeDecision(report);
  if (!decision.ok) return { ok: false, block: decision.block };
  const next = settingsToWrite(decision.settings, { email: report.email, account });
  const changes = compareSettings(account, next);
  if (changes.every((c) => !c.changed)) return { ok: false, block: 'unchanged', changes };
  if (!next.username.known) return { ok: false, block: 'needs_user_id', changes };
  return { ok: true, settings: { ...next, username: next.username.value }, changes };
}
