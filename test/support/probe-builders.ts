/**
 * Probe results built by hand for the engine's unit tests (the verdict rules, diagnose(), the trust
 * rules): each host at its own documentation address, an SMTP server on 587 or 465 that greets,
 * comes up with TLS valid to a trusted root and offers AUTH unless told otherwise, port 25 in plain
 * text. The address is taro@example.jp; its server smtp.example.jp.
 */
import type { DiagnoseInput } from '../../electron/engine/facts.js';
import type { CandidateSummary, ReportProvider } from '../../shared/diagnosis.js';
import type { CandidateSource, CertSummary, ProbeResult, SmtpDetails } from '../../shared/probe.js';
import type { ParsedEmail } from '../../shared/validate.js';

/** taro@example.jp, parsed. */
export const EMAIL: ParsedEmail = {
  display: 'taro@example.jp',
  ascii: 'taro@example.jp',
  local: 'taro',
  domain: 'example.jp',
  domainAscii: 'example.jp',
};

/** The big providers' MX hosts, the controls outside the user's ISP. */
export const REFERENCE_MX = [
  'gmail-smtp-in.l.google.com',
  'hotmail-com.olc.protection.outlook.com',
  'mx01.mail.icloud.com',
] as const;

let next = 0;

/** Each host its own documentation address, as DNS would give. */
export function ipOf(host: string): string {
  return `203.0.113.${[...host].reduce((a, c) => (a * 31 + c.charCodeAt(0)) % 250, 7) + 1}`;
}

/** A certificate that verifies, unless told otherwise. */
export function cert(over: Partial<CertSummary> = {}): CertSummary {
  return {
    subject: 'x',
    altNames: ['x'],
    issuer: 'Test CA',
    validFrom: '2026-01-01T00:00:00Z',
    validTo: '2027-01-01T00:00:00Z',
    fingerprint256: 'AA',
    selfSigned: false,
    verified: true,
    verifyError: null,
    protocol: 'TLSv1.3',
    ...over,
  };
}

/** A certificate this computer does not trust, from `issuer` (a self-made or inspecting root). */
export function untrustedCert(issuer: string): CertSummary {
  return cert({ issuer, verified: false, verifyError: 'untrusted' });
}

/** What an SMTP server said: on 587 and 465 TLS and AUTH PLAIN LOGIN, on other ports plain text. */
export function smtpDetails(
  host: string,
  port: number,
  over: Partial<SmtpDetails> = {},
): SmtpDetails {
  const submission = port === 587 || port === 465;
  return {
    greetingCode: 220,
    greeting: `${host} ESMTP`,
    extensions: submission ? ['AUTH PLAIN LOGIN'] : [],
    startTls: port === 465 ? 'implicit' : submission ? 'ok' : 'not_tried',
    authMechanisms: submission ? ['PLAIN', 'LOGIN'] : [],
    tls: submission ? cert() : null,
    failure: null,
    failureDetail: null,
    transcript: [],
    ...over,
  };
}

/**
 * One probe. The kind follows the port (none: DNS, 443: TCP, else SMTP) unless `extra` says; an
 * SMTP probe that is open carries what the server said (smtpDetails).
 */
export function probe(
  role: ProbeResult['role'],
  host: string,
  port: number | null,
  outcome: ProbeResult['outcome'],
  extra: Partial<ProbeResult> = {},
): ProbeResult {
  const kind = extra.kind ?? (port === null ? 'dns' : port === 443 ? 'tcp' : 'smtp');
  return {
    id: `p${next++}`,
    kind,
    role,
    host,
    ip: port === null ? null : ipOf(host),
    port,
    outcome,
    ms: 5,
    detail: '',
    ...(kind === 'smtp' && outcome === 'open' && port !== null
      ? { smtp: smtpDetails(host, port) }
      : {}),
    ...extra,
  };
}

/** The same probe with some of what the server said changed. */
export function withSmtp(p: ProbeResult, over: Partial<SmtpDetails>): ProbeResult {
  return p.smtp ? { ...p, smtp: { ...p.smtp, ...over } } : p;
}

/** The kernel's route check. */
export function route(outcome: 'open' | 'no_route'): ProbeResult {
  return probe('local_network', '192.0.2.1', null, outcome, { kind: 'route' });
}

/** The login test on a server. */
export function login(
  outcome: ProbeResult['outcome'],
  host = 'smtp.example.jp',
  port = 587,
): ProbeResult {
  return probe('login', host, port, outcome, { kind: 'auth' });
}

/** The address's MX and its server's name both resolve. */
export function dnsOk(): ProbeResult[] {
  return [
    probe('dns_mx', 'example.jp', null, 'found'),
    probe('dns_host', 'smtp.example.jp', null, 'found'),
  ];
}

/** The least a diagnosis rests on: the address's MX answered and one web control connected. */
export function mxAndWeb(): ProbeResult[] {
  return [probe('dns_mx', 'example.jp', null, 'found'), ...web().slice(0, 1)];
}

/** Two of the reference MX, silently dropped on 25 (OP25B). */
export function blocked25(): ProbeResult[] {
  return refs25('filtered').slice(0, 2);
}

/** Two web controls on 443. */
export function web(outcome: ProbeResult['outcome'] = 'open'): ProbeResult[] {
  return [
    probe('web_control', 'www.google.com', 443, outcome),
    probe('web_control', 'www.apple.com', 443, outcome),
  ];
}

/** The reference MX on port 25, each answering (or not) the same way; open ones with `greeting`. */
export function refs25(outcome: ProbeResult['outcome'], greeting?: string): ProbeResult[] {
  return REFERENCE_MX.map((h) => {
    const p = probe('reference_mx', h, 25, outcome);
    return greeting === undefined ? p : withSmtp(p, { greeting });
  });
}

/** A big provider's submission host on 587 and 465. */
export function refSub(o587: ProbeResult['outcome'], o465: ProbeResult['outcome']): ProbeResult[] {
  return [
    probe('reference_submission', 'smtp.gmail.com', 587, o587),
    probe('reference_submission', 'smtp.gmail.com', 465, o465),
  ];
}

/** The user's server smtp.example.jp (a guess) on a port, with what it said changed by `over`. */
export function sub(
  port: number,
  outcome: ProbeResult['outcome'],
  over: Partial<SmtpDetails> = {},
): ProbeResult {
  return withSmtp(probe('submission', 'smtp.example.jp', port, outcome, { source: 'guess' }), over);
}

/** How each part of the network answered; a part left out was not probed. */
export interface NetworkSeen {
  web?: ProbeResult['outcome'];
  /** The reference MX on 25. */
  port25?: ProbeResult['outcome'];
  /** The reference submission host on 587 and 465. */
  ref?: [ProbeResult['outcome'], ProbeResult['outcome']];
  /** smtp.example.jp on 587, and what it said when it answered. */
  sub587?: ProbeResult['outcome'] | Partial<SmtpDetails>;
  sub465?: ProbeResult['outcome'] | Partial<SmtpDetails>;
}

/** Nothing blocked: the web, the reference servers and smtp.example.jp on 587 and 465 all answer. */
export const ALL_OPEN: NetworkSeen = {
  web: 'open',
  port25: 'open',
  ref: ['open', 'open'],
  sub587: 'open',
  sub465: 'open',
};

/**
 * The probes of one diagnosis of taro@example.jp: its names resolve, then every part as `seen`
 * says (a server given as what it said is open).
 */
export function network(seen: NetworkSeen): ProbeResult[] {
  const server = (port: number, s: NetworkSeen['sub587']): ProbeResult[] =>
    s === undefined ? [] : typeof s === 'string' ? [sub(port, s)] : [sub(port, 'open', s)];
  return [
    ...dnsOk(),
    ...(seen.web ? web(seen.web) : []),
    ...(seen.port25 ? refs25(seen.port25) : []),
    ...(seen.ref ? refSub(...seen.ref) : []),
    ...server(587, seen.sub587),
    ...server(465, seen.sub465),
  ];
}

/** One outgoing-server candidate. */
export function candidate(
  host: string,
  port: number,
  source: CandidateSource,
  over: Partial<CandidateSummary> = {},
): CandidateSummary {
  return {
    host,
    port,
    security: port === 465 ? 'tls' : port === 25 ? 'plain' : 'starttls',
    source,
    username: 'taro@example.jp',
    insideIspOnly: false,
    ...over,
  };
}

/** smtp.example.jp on 587 and 465, guessed. */
export const GUESSED: CandidateSummary[] = [587, 465].map((port) =>
  candidate('smtp.example.jp', port, 'guess'),
);

/** The provider data knows example.jp: smtp.example.jp on 587 and 465. */
export const KNOWN_PROVIDER: { candidates: CandidateSummary[]; provider: ReportProvider } = {
  candidates: [587, 465].map((port) => candidate('smtp.example.jp', port, 'provider_db')),
  provider: { id: 'example', name: 'Example' },
};

/** diagnose()'s input for taro@example.jp with these probes: the guessed server, no provider data. */
export function diagnoseInput(
  probes: ProbeResult[],
  over: Partial<DiagnoseInput> = {},
): DiagnoseInput {
  return { email: EMAIL, probes, candidates: GUESSED, provider: null, elapsedMs: 10, ...over };
}
