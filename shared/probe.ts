/** Probe results: what each DNS look-up, TCP connect, SMTP session and login test found. */

/** What a TCP connect can come to (docs/diagnosis.md, "What a probe can find"). */
export type TcpOutcome =
  | 'open' // handshake completed (for SMTP: a greeting arrived)
  | 'refused' // TCP reset (ECONNREFUSED)
  | 'prohibited' // ICMP administratively prohibited / unreachable (EHOSTUNREACH, ENETUNREACH after a while)
  | 'filtered' // nothing came back before our deadline
  | 'no_route' // this machine has no route or interface (ENETUNREACH at once, EADDRNOTAVAIL)
  | 'local_refused' // this machine itself refused the connect (EACCES / EPERM): security software
  | 'intercepted' // connected, but to something that is not the server (decided by diagnose())
  | 'error' // connected, then the conversation failed (see SmtpDetails.failure)
  | 'skipped'; // not needed any more: an earlier outgoing-server candidate already answered

/** What a DNS look-up can come to. */
export type DnsOutcome =
  'found' | 'nxdomain' | 'nodata' | 'timeout' | 'refused' | 'servfail' | 'error';

/** What a login test can come to. */
export type AuthOutcome =
  | 'accepted'
  | 'rejected' // 535 and friends: the server said no to these credentials
  | 'unavailable' // no usable mechanism, or TLS was not there (credentials are then never sent)
  | 'unresolved' // the recommended server's name did not resolve: nothing was sent
  | 'withheld' // the recommended settings are not verified (or need the user's confirmation): nothing was sent
  | 'error';

/** Any probe's outcome. */
export type ProbeOutcome = TcpOutcome | DnsOutcome | AuthOutcome;

/** What kind of probe it was. */
export type ProbeKind = 'route' | 'dns' | 'tcp' | 'smtp' | 'auth' | 'http';

/** Why the probe was run: lets diagnose() and the UI tell controls from the user's own server. */
export type ProbeRole =
  | 'local_network' // does this computer have a route at all (asked of the kernel, nothing sent)
  | 'dns_mx' // MX of the address's domain
  | 'dns_host' // A/AAAA of a host we want to connect to
  | 'dns_srv' // _submission(s)._tcp SRV of the address's domain
  | 'submission' // the user's (or discovered) outgoing server on 587/465/typed port
  | 'own_mx' // the address's own MX on port 25
  | 'reference_mx' // a big provider's MX on port 25, a control outside the user's ISP
  | 'reference_submission' // a big provider's submission host on 587/465: is 587 blocked here?
  | 'web_control' // port 443 on a well-known web host
  | 'autoconfig' // an HTTPS fetch of the domain's published mail settings (config-v1.1 XML)
  | 'login' // the optional login test
  | 'web_proxy' // a web control through the configured proxy (HTTP CONNECT): host and port are the proxy's
  | 'proxy_pac' // a PAC file the system's proxy settings name (host and port of its address): recorded, never run
  | 'proxy_auto_detect'; // the system's automatic proxy detection (WPAD) is on: recorded, nothing looked up

/**
 * Where a submission candidate's host name came from (discovery order). 'certificate': the name a
 * certificate gave instead of the host asked for (shared hosting), probed at that host's address.
 */
export type CandidateSource =
  'user' | 'provider_db' | 'srv' | 'autoconfig' | 'guess' | 'certificate';

/** Why an SMTP conversation ended early. Each hostile behaviour maps to its own value. */
export type SmtpFailure =
  | 'greeting_timeout' // connected, no (complete) greeting before the deadline
  | 'greeting_rejected' // 421 / 554 (or any non-220) greeting
  | 'reply_timeout' // EHLO / STARTTLS / AUTH / QUIT reply did not come in time
  | 'line_too_long' // a reply line over 512 octets, or no CRLF within it
  | 'reply_too_large' // a reply over 64 KiB or over the line cap
  | 'protocol_error' // mixed codes, bad continuation, bare LF, code outside 2xx-5xx
  | 'ehlo_rejected' // EHLO (and HELO) refused
  | 'starttls_rejected' // STARTTLS advertised, then 454 / 500 ...
  | 'starttls_not_offered' // a TLS session was required but STARTTLS is not advertised
  | 'tls_handshake_timeout'
  | 'tls_handshake_failed' // e.g. plaintext spoken on 465, or a TLS alert
  | 'connection_reset'
  | 'connection_closed' // the server hung up mid-conversation
  | 'aborted' // cancelled by the caller
  | 'overall_timeout'; // the probe's whole deadline ran out

/** A summary of the server certificate, enough for a helpdesk to judge it. */
export interface CertSummary {
  subject: string;
  altNames: string[];
  issuer: string;
  validFrom: string; // ISO 8601
  validTo: string; // ISO 8601
  fingerprint256: string;
  selfSigned: boolean;
  /** The chain verifies against the trusted roots and the name matches the host we asked for. */
  verified: boolean;
  /** Why it does not verify: 'expired' | 'not_yet_valid' | 'wrong_host' | 'self_signed' | 'untrusted' | other code. */
  verifyError: string | null;
  protocol: string | null; // e.g. TLSv1.3
}

/** One line of an SMTP transcript. AUTH payloads are redacted before they get here. */
export interface TranscriptLine {
  /** ms since the probe started */
  t: number;
  /** C: we sent, S: the server sent, I: a note of ours (connect, TLS up, ...) */
  dir: 'C' | 'S' | 'I';
  text: string;
}

/** What an SMTP conversation found. */
export interface SmtpDetails {
  greetingCode: number | null;
  /** The greeting's text, control characters stripped, all lines joined with ' / '. */
  greeting: string | null;
  /** EHLO keywords as advertised (after TLS when TLS was set up), e.g. ['PIPELINING', 'SIZE 10240000', 'AUTH PLAIN LOGIN']. */
  extensions: string[];
  /** STARTTLS: advertised and worked ('ok'), not advertised, refused or failed; 'implicit' on 465; 'not_tried' on 25. */
  startTls: 'ok' | 'not_offered' | 'failed' | 'implicit' | 'not_tried';
  /** AUTH mechanisms offered (after TLS), upper case. */
  authMechanisms: string[];
  tls: CertSummary | null;
  failure: SmtpFailure | null;
  /** A short plain explanation of the failure for the helpdesk (English, technical). */
  failureDetail: string | null;
  transcript: TranscriptLine[];
}

/** What a DNS look-up found. */
export interface DnsDetails {
  rrtype: 'MX' | 'A' | 'AAAA' | 'SRV';
  /** Answers in presentation form: 'PRIO HOST' for MX, 'PRIO WEIGHT PORT TARGET' for SRV, addresses otherwise. */
  answers: string[];
  /** Which resolvers were asked. */
  servers: string[];
}

/** One probe's result, as the CLI's JSON and the UI's details show it. */
export interface ProbeResult {
  /** Unique within one diagnosis, e.g. 'smtp:smtp.example.jp:587:192.0.2.1'. */
  id: string;
  kind: ProbeKind;
  role: ProbeRole;
  host: string;
  ip: string | null;
  port: number | null;
  outcome: ProbeOutcome;
  /** Time from start to outcome, ms (for TCP/SMTP: connect time when 'open'; the whole session is in smtp.transcript). */
  ms: number;
  /** One line for the helpdesk, e.g. 'connect timed out after 1210 ms (no answer)'. */
  detail: string;
  /** Where a submission candidate came from. */
  source?: CandidateSource;
  smtp?: SmtpDetails;
  dns?: DnsDetails;
  /** SMTP: ms from the open TCP connection to the complete greeting (absent when none came). */
  greetingMs?: number;
  /** SMTP: the greeting came, but later than a normal server's (slow, not unreachable). */
  slowGreeting?: boolean;
  /**
   * HTTP: the time the answer's Date header gave (the server's clock) and this PC's clock when the
   * answer came, both ISO 8601. The PC's clock is judged against these (verdicts/pc-clock.ts).
   */
  httpDate?: { server: string; local: string };
  /** A web control: the certificate it was shown, or the plain-HTTP answer it got. */
  web?: WebDetails;
  /**
   * A web control through the proxy: the name it asked the proxy for (its host is the proxy's), so
   * the certificate it was shown can be held to that name.
   */
  target?: string;
}

/**
 * What a web control saw (docs/diagnosis.md, "What each probe proves"): a TLS control keeps the
 * certificate; a plain-HTTP control the answer's status, where it redirected, and whether it was
 * exactly the known answer of that address.
 */
export interface WebDetails {
  /** The certificate of a TLS control (null for a plain-HTTP one, or when no handshake completed). */
  tls: CertSummary | null;
  /** The HTTP status of the answer; null when none came. */
  status: number | null;
  /** A redirect's Location header, control characters stripped and cut to 300 characters. */
  location: string | null;
  /** The answer was exactly the known one (plain HTTP only; null for a TLS control). */
  knownAnswer: boolean | null;
  /** The answer's HTTP Date header, as sent (cut to 100 characters); null when absent. */
  date: string | null;
}
