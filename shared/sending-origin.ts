/**
 * Where a mail program's outgoing mail really leaves from, and what that means for a diagnosis
 * made on this PC's network (docs/mail-programs.md, "Where the mail leaves from").
 *
 * Most programs connect to the outgoing server from this PC, so what this network lets through
 * (OP25B and the other port findings) is what their mail meets. Two do not:
 *
 * - The new Outlook for Windows keeps a third-party (IMAP or POP) account in Microsoft's cloud:
 *   Microsoft's page says a copy of the account's mail is synchronized between the email provider
 *   and Microsoft's data centers, so the connection to the provider's servers, sending included,
 *   is made from there and not from this PC. Sources:
 *   https://support.microsoft.com/en-us/office/sync-your-account-in-outlook-to-the-microsoft-cloud-985f9e19-d308-4e85-9d1d-0c6f32f8e981
 *   and the account types the new Outlook takes ("Other accounts connecting via IMAP and POP"):
 *   https://learn.microsoft.com/en-us/microsoft-365-apps/outlook/get-started/supported-account-types
 * - Mail on an iPhone or iPad sends from that device, over whatever network it is on at the time.
 *
 * For those programs this network's port findings are not why mail fails, and a server that only
 * works from inside the provider's own lines (port 25 without a login) is never recommended.
 * Pure: no node: imports.
 */
import type { CandidateSummary, MailProgram, RecommendedSettings } from './diagnosis.js';
import type { VerdictCode } from './verdict.js';

/** Where a program's mail leaves from: this PC, Microsoft's cloud, or another device. */
export type SendingOrigin = 'this_pc' | 'microsoft_cloud' | 'other_device';

/** Per program. 'other' is taken to send from this PC, as nearly every desktop program does. */
export const SENDING_ORIGIN: Readonly<Record<MailProgram, SendingOrigin>> = {
  outlook_classic: 'this_pc',
  outlook_new: 'microsoft_cloud',
  thunderbird: 'this_pc',
  apple_mail: 'this_pc',
  ios_mail: 'other_device',
  becky: 'this_pc',
  other: 'this_pc',
};

/**
 * The verdicts that are findings about which mail ports this network lets out: true of mail sent
 * from this PC, and only of that.
 */
export const NETWORK_PORT_VERDICTS: ReadonlySet<VerdictCode> = new Set<VerdictCode>([
  'port25_blocked',
  'port25_intercepted',
  'submission_blocked',
  'smtp_blocked',
]);

/** Where the chosen program's mail leaves from; without a program, from this PC. */
export function sendingOrigin(program: MailProgram | null | undefined): SendingOrigin {
  return program ? SENDING_ORIGIN[program] : 'this_pc';
}

/**
 * Whether this network's port finding (the verdict) is what the program's mail meets. False for a
 * port verdict when the program sends from elsewhere; true for every other verdict and program.
 */
export function portFindingApplies(
  verdict: VerdictCode,
  program: MailProgram | null | undefined,
): boolean {
  return !NETWORK_PORT_VERDICTS.has(verdict) || sendingOrigin(program) === 'this_pc';
}

/**
 * Whether the settings only work from inside the provider's own lines: port 25, no encryption, or
 * a candidate the provider lists as usable only on its own network.
 */
export function insideIspOnly(
  settings: Pick<RecommendedSettings, 'host' | 'port' | 'security'>,
  candidates: readonly Pick<CandidateSummary, 'host' | 'port' | 'insideIspOnly'>[],
): boolean {
  if (settings.port === 25 || settings.security === 'none') return true;
  const host = settings.host.toLowerCase();
  return candidates.some(
    (c) => c.insideIspOnly && c.port === settings.port && c.host.toLowerCase() === host,
  );
}

/**
 * Whether the settings may be recommended for the program: a server that only works from inside
 * the provider's lines is never recommended to a program that does not send from this PC.
 */
export function recommendableFor(
  program: MailProgram | null | undefined,
  settings: Pick<RecommendedSettings, 'host' | 'port' | 'security'>,
  candidates: readonly Pick<CandidateSummary, 'host' | 'port' | 'insideIspOnly'>[],
): boolean {
  return sendingOrigin(program) === 'this_pc' || !insideIspOnly(settings, candidates);
}
