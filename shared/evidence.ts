/**
 * What the engine found, as message ids with typed parameters. The engine never writes sentences:
 * the CLI, the menu and the wizard say these in words from the one ja/en catalogue (shared/i18n).
 */

/**
 * Why a recommended host is only a suggestion: the network named it, not the user, the provider
 * data or the address's own registrable domain.
 */
export type SuggestionReason =
  | 'certificate_other_name' // the certificate of the host asked for named this one, at the same address
  | 'srv_other_domain' // a DNS SRV record named a server outside the address's domain
  | 'mx_other_domain' // a guess from the MX host, outside the address's domain
  | 'autoconfig_other_domain'; // the domain's autoconfig named a server outside its own domain

/** How a connect was stopped: silent drop, TCP reset, ICMP "prohibited", or a mix of these. */
export type BlockHow = 'filtered' | 'refused' | 'prohibited' | 'mixed';

/** Why a certificate does not verify, as the catalogue words it. */
export type CertProblem =
  'expired' | 'not_yet_valid' | 'wrong_host' | 'self_signed' | 'untrusted' | 'other';

/** How a submission port encrypts. */
export type SubmissionSecurity = 'starttls' | 'tls' | 'none';

/** The parameters of each evidence id. An id not listed here does not compile. */
export interface EvidenceParams {
  no_route: Record<string, never>;
  dns_failed: { outcomes: string[] };
  dns_ok: Record<string, never>;
  nothing_answers: Record<string, never>;
  web_ok: Record<string, never>;
  /** The web answered only through the configured proxy (host:port). */
  web_proxy_only: { proxy: string };
  /** The configured proxy (host:port) answered 407: it wants a login before it lets anything through. */
  proxy_login: { proxy: string };
  /** The system's proxy is chosen by a PAC file (its host) that the command line did not run. */
  proxy_pac: { host: string };
  /** The system's automatic proxy detection (WPAD) is on; the command line looked nothing up. */
  proxy_auto_detect: Record<string, never>;
  portal_same_address: { names: string[]; address: string };
  portal_certificate: { host: string; issuer: string; names: string[]; address: string };
  /** A connectivity check's address answered with a redirect (to the sign-in page). */
  portal_redirect: { host: string; location: string; address: string };
  /** A connectivity check's address answered, but not with its known answer. */
  portal_wrong_answer: { host: string; address: string };
  domain_missing: { domain: string; reason: 'nxdomain' | 'nodata' | 'null_mx' };
  mail_ports_blocked: { how: BlockHow };
  server_name_not_found: { hosts: string[] };
  submission_silent: { hosts: string[] };
  submission_slow: { host: string; port: number; seconds: number };
  other_mail_ok: Record<string, never>;
  submission_open: {
    host: string;
    port: number;
    security: SubmissionSecurity;
    mechanisms: string[];
    ms: number;
  };
  submission_no_auth: { host: string; port: number };
  certificate_invalid: {
    host: string;
    port: number;
    problem: CertProblem;
    code: string;
    validTo: string;
    names: string[];
    issuer: string;
  };
  certificate_other_name: { host: string; name: string };
  /** The recommended server came from the network, not from a trusted source: the user must confirm it. */
  host_suggested: { host: string; reason: SuggestionReason; namedBy: string };
  /** A DNS answer named a target SendCheck does not connect to. */
  dns_target_refused: {
    name: string;
    target: string;
    port: number;
    reason: 'port' | 'ip_literal' | 'private_address';
  };
  /** A password was given, but not sent: the settings are not verified, or need confirmation. */
  login_withheld: { host: string; reason: 'needs_confirmation' | 'not_verified' };
  no_encryption: { host: string };
  auth_rejected: { host: string; detail: string };
  auth_ok: { host: string };
  auth_oauth_only: { provider: string };
  login_unresolved: { host: string };
  port25_blocked: { hosts: string[]; how: BlockHow };
  port25_open: Record<string, never>;
  port25_intercepted: {
    greeting: string;
    hosts: string[];
    reason: 'same_greeting' | 'foreign_greeting';
  };
  port25_local_proxy: { ms: number; how: 'fast' | 'silent' };
  port25_inside_isp: { host: string };
  port587_blocked: { how: BlockHow };
  local_refused: { ports: number[]; code: string };
  tls_inspected: { issuer: string; hosts: string[] };
  user_port_change: { from: number; to: number };
  user_port_ok: { port: number };
  unstable: { port: number };
  provider_settings: { provider: string };
  family_only: { family: 4 | 6 };
  /**
   * This PC's clock is wrong: certificates of unrelated servers all fail the same way in time
   * (behind: all "not yet valid", valid from validFrom; ahead: all "expired", valid to validTo).
   */
  clock_wrong: { direction: ClockDirection; hosts: string[]; validFrom: string; validTo: string };
  /** The web's own clocks (the controls' HTTP Date headers) against this PC's clock, ISO 8601. */
  clock_web_time: { webTime: string; pcTime: string };
  /** The recommended settings answered, but could not be verified because of this PC's clock. */
  clock_unverified: { host: string; port: number };
  /** IPv6 is configured but reaches nothing, while the same servers answer over IPv4. */
  ipv6_broken: Record<string, never>;
}

/** Which way this PC's clock is wrong. */
export type ClockDirection = 'behind' | 'ahead';

/** Every evidence id the engine can emit. */
export type EvidenceId = keyof EvidenceParams;

/** problem: something in the way; ok: something that works; info: context. */
export type Severity = 'problem' | 'ok' | 'info';

/** One fact that led to the verdict, pointing at the raw probes it rests on. */
export type Evidence = {
  [K in EvidenceId]: {
    id: K;
    severity: Severity;
    params: EvidenceParams[K];
    /** ids of the probes this rests on. */
    probes: string[];
  };
}[EvidenceId];

/** The parameters of each action id (what the user is told to do next). */
export interface ActionParams {
  use_settings: Record<string, never>;
  check_password: Record<string, never>;
  change_outgoing: Record<string, never>;
  turn_on_auth: Record<string, never>;
  change_outgoing_tls: Record<string, never>;
  antivirus_mail_scan: Record<string, never>;
  use_webmail: Record<string, never>;
  other_network: Record<string, never>;
  ask_admin: Record<string, never>;
  compare_server_name: Record<string, never>;
  check_status_later: Record<string, never>;
  type_server_from_guide: Record<string, never>;
  check_server_name: Record<string, never>;
  antivirus_ssl_scan: Record<string, never>;
  report_certificate: Record<string, never>;
  security_mail_shield: Record<string, never>;
  security_ssl_scan: Record<string, never>;
  security_program_exception: Record<string, never>;
  portal_sign_in: Record<string, never>;
  portal_check_again: Record<string, never>;
  retype_password: Record<string, never>;
  app_password: { provider: string };
  oauth_sign_in: { provider: string };
  check_spelling: Record<string, never>;
  restart_router: Record<string, never>;
  dns_automatic: Record<string, never>;
  open_browser_sign_in: Record<string, never>;
  restart_router_outage: Record<string, never>;
  check_cable: Record<string, never>;
  run_again: Record<string, never>;
  works_here_only: Record<string, never>;
  confirm_suggested: { host: string };
  clock_windows: Record<string, never>;
  clock_mac: Record<string, never>;
  clock_check_again: Record<string, never>;
  ask_admin_mail_server: Record<string, never>;
}

/** Every action id. */
export type ActionId = keyof ActionParams;

/** One next step for the user. */
export type Action = { [K in ActionId]: { id: K; params: ActionParams[K] } }[ActionId];

/** Builds one evidence item (typed: the params must fit the id). */
export function evidence<K extends EvidenceId>(
  id: K,
  severity: Severity,
  params: EvidenceParams[K],
  probes: readonly { id: string }[] = [],
): Evidence {
  return { id, severity, params, probes: probes.map((p) => p.id) } as Evidence;
}

/** Builds one action (typed). */
export function action<K extends ActionId>(id: K, ...params: Params<ActionParams[K]>): Action {
  return { id, params: params[0] ?? {} } as Action;
}

/** Actions without parameters may leave them out. */
type Params<P> = P extends Record<string, never> ? [] | [P] : [P];
