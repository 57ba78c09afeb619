/** The diagnosis as a whole: what goes in, what streams out, what comes back. */
import type { Action, Evidence, SuggestionReason } from './evidence.js';
import type { CandidateSource, ProbeKind, ProbeResult, ProbeRole } from './probe.js';
import type { Confidence, VerdictCode } from './verdict.js';

export type { Action, Evidence, SuggestionReason } from './evidence.js';

/** The mail programs the settings card knows. */
export const MAIL_PROGRAMS = [
  'outlook_classic',
  'outlook_new',
  'thunderbird',
  'apple_mail',
  'ios_mail',
  'becky',
  'other',
] as const;
/** One of the mail programs the settings card knows. */
export type MailProgram = (typeof MAIL_PROGRAMS)[number];

/** What the user gives, after validation (see validate.ts). */
export interface DiagnosisRequest {
  /** The address as typed, trimmed; its domain may be Unicode. */
  email: string;
  /** The outgoing server the mail program uses now, if known. */
  server?: string;
  /** The port the mail program uses now, if known. */
  port?: number;
  /** Only for the optional login test; never stored, never logged. */
  password?: string;
  mailProgram?: MailProgram;
  /**
   * Host names the network suggested (a certificate's other name, an SRV target, an MX host, an
   * autoconfig server outside the address's domain) that the user confirmed by typing or choosing
   * them. Only these, the user's own server, the provider data and the address's own domain may
   * receive a password or be written into a mail program (docs/security.md, "Trust").
   */
  acceptSuggested?: string[];
}

/** Settings that are known (or, with verified=false, expected) to work. */
export interface RecommendedSettings {
  /** ASCII (punycode) host name to type into the mail program. */
  host: string;
  /** The same host in Unicode, for display, when it differs. */
  hostUnicode?: string;
  port: number;
  /** 'none' only for a server inside the user's ISP that offers nothing else (port 25). */
  security: 'starttls' | 'tls' | 'none';
  auth: boolean;
  username: string;
  /**
   * The whole chain holds: the server greeted, TLS came up with a chain valid to a trusted root and
   * a certificate valid for this very name, AUTH was offered after TLS, and the name came from a
   * trusted source (the user, the provider data, the address's own domain, or a suggestion the user
   * confirmed). Only verified settings are logged in to or written by "Fix it for me".
   */
  verified: boolean;
  source: CandidateSource;
  /** Not probed (offline, or nothing answered): the provider's published settings, shown all the same. */
  publishedOnly?: boolean;
  /**
   * The network suggested this host: it is never verified, logged in to or written until the user
   * confirms it (DiagnosisRequest.acceptSuggested, the CLI's --accept-suggested HOST).
   */
  needsConfirmation?: {
    reason: SuggestionReason;
    /** Who named it: the host whose certificate, the domain whose SRV / MX / autoconfig. */
    namedBy: string;
  };
}

/** One outgoing-server candidate (discovery order: user, provider_db, srv, autoconfig, guess). */
export interface CandidateSummary {
  host: string;
  port: number;
  security: 'starttls' | 'tls' | 'plain';
  source: CandidateSource;
  username: string;
  /** Listed by the provider as usable only on its own network (port 25, plain, client-IP auth). */
  insideIspOnly: boolean;
}

/** The verdict: a stable code, how sure, and what to do next (ids; the catalogue says them in words). */
export interface Verdict {
  code: VerdictCode;
  confidence: Confidence;
  /** What to do next, in order. */
  actions: Action[];
}

/** The provider as a report names it: id, name, and its published sign-in facts. */
export interface ReportProvider {
  id: string;
  name: string;
  /** SMTP accepts only OAuth: no password test is run, the user signs in from the mail program. */
  oauthOnly?: boolean;
  /** Whether the provider offers app passwords (from its own pages; absent when unknown). */
  appPassword?: 'available' | 'required' | 'none' | 'unknown';
}

/** Everything a diagnosis found. The CLI's JSON is this with texts in one language (see cli.ts). */
export interface DiagnosisReport {
  verdict: Verdict;
  recommended: RecommendedSettings | null;
  evidence: Evidence[];
  probes: ProbeResult[];
  elapsedMs: number;
  /** The address as given (Unicode domain) and the ASCII form that was probed. */
  email: { display: string; ascii: string; domain: string; domainAscii: string };
  /** The provider found in the bundled database, if any, with what its data says about signing in. */
  provider: ReportProvider | null;
  /**
   * The server, port and mail program the user said they use now (null or absent when not given),
   * and the suggested hosts the user confirmed for this run.
   */
  request: {
    server: string | null;
    port: number | null;
    acceptSuggested?: string[];
    mailProgram?: MailProgram;
  };
  /** The outgoing-server candidates that were considered, in discovery order. */
  candidates: CandidateSummary[];
  /** Where the user's path is stopped, for the UI's picture. */
  blockedAt: BlockedAt;
}

/**
 * Where the mail is stopped on its way: this PC, the router (or the local network), the ISP, or the
 * server. Each verdict's definition says where (electron/engine/verdicts/); the UI reads the report's.
 */
export type BlockedAt = 'pc' | 'router' | 'isp' | 'server' | null;

/** Streamed while a diagnosis runs. */
export type ProgressEvent =
  | {
      type: 'probe_started';
      id: string;
      kind: ProbeKind;
      role: ProbeRole;
      host: string;
      ip: string | null;
      port: number | null;
      /** ms since the diagnosis started */
      at: number;
    }
  | { type: 'probe_finished'; result: ProbeResult; at: number }
  | { type: 'phase'; phase: 'resolve' | 'connect' | 'login' | 'done'; at: number };
