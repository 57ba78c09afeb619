/**
 * The settings the mail program uses now, as far as SendCheck knows them: the account the run was
 * started from (every field), or the server and port typed on the address step (those two only).
 */
import type { AccountSecurity, MailAccount } from '../../../../shared/accounts.js';
import type { DiagnosisReport, RecommendedSettings } from '../../../../shared/diagnosis.js';
import type { CheckedSettings } from '../../../../shared/ipc-contract.js';
import type { RunAccount } from '../../../store/fix-state.js';
import { runIdOf, type RunState } from '../../../store/run-state.js';
import type { AppState } from '../../../store/types.js';

/** The account the finished run on screen was started from, or null (a stable object for selectors). */
export function selectRunAccount(s: AppState): MailAccount | null {
  const ra = s.runAccount;
  return ra !== null && s.run.status === 'done' && ra.runId === s.run.runId ? ra.account : null;
}

/** One field's value now; null where it is not known. */
export type CurrentSettings = CheckedSettings;

/** The field names of the table, in the settings card's order. */
export const FIELDS = ['host', 'port', 'security', 'auth', 'username'] as const;
/** One field of the table. */
export type Field = (typeof FIELDS)[number];

/** The current settings of the run on screen, or null when nothing is known. */
export function currentSettingsOf(
  run: RunState,
  runAccount: RunAccount | null,
  report: DiagnosisReport,
): CurrentSettings | null {
  if (runAccount !== null && runAccount.runId === runIdOf(run)) {
    const a = runAccount.account;
    return { host: a.host, port: a.port, security: a.security, auth: a.auth, username: a.username };
  }
  const { server, port } = report.request;
  if (server === null || port === null) return null;
  return { host: server, port, security: null, auth: null, username: null };
}

/** One row: the field, its value now and recommended, and whether it has to change. */
export interface ChangeRow {
  field: Field;
  from: string | number | boolean | AccountSecurity | null;
  to: string | number | boolean;
  changed: boolean;
}

function same(field: Field, now: ChangeRow['from'], rec: RecommendedSettings): boolean {
  if (field === 'host') return String(now).toLowerCase() === rec.host.toLowerCase();
  return now === rec[field];
}

/** The rows for the fields known now (unknown ones are left out: nothing to compare). */
export function changeRows(now: CurrentSettings, rec: RecommendedSettings): ChangeRow[] {
  return FIELDS.filter((f) => now[f] !== null).map((field) => ({
    field,
    from: now[field],
    to: rec[field],
    changed: !same(field, now[field], rec),
  }));
}
