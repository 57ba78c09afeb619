/**
 * What the result screen tells the user to do with the mail program's settings, decided once per
 * verdict (docs/diagnosis.md, "Verdicts"): change them to the settings shown, leave them alone and
 * do something else, or keep them because they are already right. The settings card, the table of
 * changes, "Fix it for me" and "check again" appear only when the settings must change.
 */
import type { ActionId } from './evidence.js';
import type { VerdictCode } from './verdict.js';

/** The three things a result can say about the mail program's settings. */
export type Guidance = 'change_settings' | 'keep_settings' | 'settings_fine';

/**
 * Per verdict. "settings_fine" means the network and the server's settings are right; it holds
 * only when the settings in use now are known to be those (resultGuidance below), otherwise the
 * user is shown the settings to use.
 */
export const VERDICT_GUIDANCE: Readonly<Record<VerdictCode, Guidance>> = {
  // Nothing stops sending: the recommended settings work.
  ok: 'settings_fine',
  // The ISP stops port 25: another port with a login fixes it.
  port25_blocked: 'change_settings',
  // Port 25 reaches a relay or a mail shield: 587 with a login goes to the real server.
  port25_intercepted: 'change_settings',
  // 25 and 587 are stopped, 465 answers.
  submission_blocked: 'change_settings',
  // Every mail port is stopped by this network: no setting gets through.
  smtp_blocked: 'keep_settings',
  // The provider's server does not answer: changing to it would not help.
  server_unreachable: 'keep_settings',
  // The right server fails its certificate: the settings are right, the connection is not.
  tls_problem: 'keep_settings',
  // Software on this PC stops or inspects mail: its settings change, not the mail program's.
  security_software: 'keep_settings',
  // A sign-in page holds every connection.
  captive_portal: 'keep_settings',
  // The server and port are right; the password was refused.
  auth_failed: 'settings_fine',
  // The address itself is wrong.
  domain_not_found: 'keep_settings',
  // Name look-ups fail for everything: the router, not the mail program.
  dns_unavailable: 'keep_settings',
  // The line is down.
  internet_unreachable: 'keep_settings',
  // No network at all.
  offline: 'keep_settings',
  // This PC's clock is wrong: certificates fail until it is set, whatever the settings say.
  pc_clock: 'keep_settings',
};

/** Actions that point at the settings card: said only where the card is shown. */
export const CARD_ACTIONS: ReadonlySet<ActionId> = new Set<ActionId>([
  'use_settings',
  'change_outgoing',
  'change_outgoing_tls',
]);

/** The settings in use now, as far as they are known (an account read, or server and port typed). */
export interface KnownCurrent {
  /** Whether they differ from the recommended settings in any field known. */
  differs: boolean;
}

/**
 * The guidance for one result. A verdict whose settings are fine says so only when the settings
 * in use now are known and are the recommended ones; when they are not known, or differ, the user
 * is shown the settings to use.
 */
export function resultGuidance(code: VerdictCode, current: KnownCurrent | null): Guidance {
  const base = VERDICT_GUIDANCE[code];
  if (base !== 'settings_fine') return base;
  return current !== null && !current.differs ? 'settings_fine' : 'change_settings';
}
