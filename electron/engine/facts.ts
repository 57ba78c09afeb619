/**
 * The facts every verdict rule reads, each named for what it means. compute-facts.ts computes them
 * once from the probe results; a condition that belongs to one verdict is computed by the function
 * its verdict's file defines (verdicts/), so the condition lives beside the rule that reads it.
 */
import type {
  CandidateSummary,
  MailProgram,
  RecommendedSettings,
  ReportProvider,
} from '../../shared/diagnosis.js';
import type { ProbeResult } from '../../shared/probe.js';
import type { ParsedEmail } from '../../shared/validate.js';
import type { Choice } from './recommend.js';
import type { RefusedTarget, TrustInput } from './trust.js';

/** Everything diagnose() looks at. */
export interface DiagnoseInput {
  email: ParsedEmail;
  probes: ProbeResult[];
  candidates: CandidateSummary[];
  provider: ReportProvider | null;
  userServer?: string;
  userPort?: number;
  /** Suggested hosts the user confirmed (ASCII, lower case). */
  acceptSuggested?: string[];
  /** The mail program the user said they use: only carried into the report. */
  mailProgram?: MailProgram;
  elapsedMs: number;
  /** Shows an ASCII host name in Unicode (IDN); identity by default. */
  toUnicode?: (host: string) => string;
}

/** What the interception check found (verdicts/port25-intercepted.ts). */
export interface InterceptionFinding {
  intercepted: boolean;
  confidence: 'high' | 'medium';
  reason: 'same_greeting' | 'foreign_greeting' | null;
  probes: ProbeResult[];
}

/** A target a DNS answer named that SendCheck did not connect to, and why. */
export interface RefusedDnsTarget {
  name: string;
  target: string;
  port: number;
  reason: RefusedTarget;
  probe: ProbeResult;
}

/** The user's own server answering on 25 from this line while outside MX do not (verdicts/ok.ts). */
export interface InsideIsp {
  probe: ProbeResult;
  settings: RecommendedSettings | null;
}

/** What the probes say, named once for all rules. */
export interface Facts {
  input: DiagnoseInput;
  /** Every probe that ran (skipped ones say nothing about the network). */
  probes: ProbeResult[];
  route: ProbeResult[];
  dns: ProbeResult[];
  web: ProbeResult[];
  /** Every mail connect: the user's candidates and the reference servers, any port. */
  mail: ProbeResult[];
  /** Some DNS server answered some look-up. */
  dnsOk: boolean;
  /** The kernel has no route, or every connect found none. */
  noRoute: boolean;
  anyConnected: boolean;
  webConnected: boolean;
  /** Reference MX on port 25 (outside the user's ISP). */
  refs25: ProbeResult[];
  /** OP25B: every reference MX on 25 was stopped, or a silent relay took them (verdicts/port25-blocked.ts). */
  port25Blocked: boolean;
  /** Port 25 connects at once but no server ever talks: a local relay with OP25B behind it. */
  silentRelay: boolean;
  interception: InterceptionFinding;
  /** Reference MX that answered on 25 and were not intercepted. */
  open25: ProbeResult[];
  /** The recommendation, if any candidate answered as a submission server. */
  choice: Choice | null;
  /** The provider's published settings, for when nothing could be checked. */
  published: RecommendedSettings | null;
  login: ProbeResult | undefined;
  /** The mail program already uses a submission port that answers. */
  usesOwnPort: boolean;
  /** A candidate the user or a published source named (not a guess). */
  hasKnownCandidate: boolean;
  /** The user's own server answers on 25 from this line while outside MX do not (inside the ISP). */
  insideIsp: InsideIsp | null;
  /** Submission servers that answered, but only after a long wait for their greeting. */
  slowGreetings: ProbeResult[];
  /** Who may receive a password or be written: the address's domain, the user's server, confirmed suggestions. */
  trust: TrustInput;
  /** Targets DNS named that were not connected to (trust.ts), with the look-up that named each. */
  dnsRefused: RefusedDnsTarget[];
  /** The configured proxy answered a web control (a tunnel, or a refusal such as 407) (verdicts/smtp-blocked.ts). */
  proxyAnswered: ProbeResult[];
  /** A PAC file the command line read and did not run (role proxy_pac, outcome 'skipped'): the web's way is unknown. */
  proxyPac: ProbeResult[];
  /** Automatic proxy detection (WPAD) on, recorded by the command line (role proxy_auto_detect). */
  proxyAutoDetect: ProbeResult[];
}
