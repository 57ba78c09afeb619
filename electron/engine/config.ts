/** Engine settings: reference hosts and deadlines. Defaults are real public names; tests run them inside the lab. */
import type { ProxyPac, WebProxy } from './proxy/settings.js';
import { webCheckFromUrl, type WebCheck } from './web-control.js';

/** What the engine needs to know besides the user's input. */
export interface EngineConfig {
  /** Big providers' MX hosts, probed on port 25: controls outside the user's ISP. */
  referenceMx: string[];
  /** Big providers' submission hosts, probed on 587 and 465: tells "587 is blocked here" from "your provider is down". */
  referenceSubmission: string[];
  /** Web hosts probed on 443 with a TLS handshake verified for their own name: "does the internet work at all?". */
  webControls: string[];
  /**
   * Plain-HTTP addresses with a known answer, the operating systems' own connectivity checks: a
   * redirect or another page there means a sign-in page answered instead.
   */
  webChecks: WebCheck[];
  /** Once a web control's connect is open: the TLS handshake, or the whole HTTP answer, must come within this. */
  webAnswerMs: number;
  /** The system's web proxy (read by the caller, proxy/system.ts): the TLS controls also go through it. */
  webProxy: WebProxy | null;
  /**
   * The app's answer instead, per web control: the proxy Chromium resolves for https://host/
   * (electron/chromium-proxy.ts), null for direct. When given, webProxy is not used.
   */
  webProxyByHost: Record<string, WebProxy | null> | null;
  /** A PAC file or automatic detection the command line read and does not run: recorded (role proxy_pac / proxy_auto_detect). */
  webProxyPac: ProxyPac | null;
  /** c-ares' timeout and tries, our limit per look-up, and the resolvers (the system's when absent). */
  dns: { timeoutMs: number; tries: number; deadlineMs: number; servers?: string[] };
  /**
   * A look-up still pending once the resolver answered others about the same name is asked again
   * after max(factor x the slowest of those answers, floorMs) and given up after twice that
   * (dns-pace.ts): a resolver that drops one query type costs a second, not the whole deadline.
   */
  dnsPace: { factor: number; floorMs: number };
  /** Before any control has answered, a connect gives up after this long. */
  connectCapMs: number;
  /**
   * Connects started together to each ip:port (the first to complete wins). With two, one lost SYN
   * (or SYN-ACK) costs nothing, so no retransmission needs to be waited for.
   */
  connectsPerPort: number;
  /** Linux and Windows retransmit a lost SYN after about a second: allowed only when connectsPerPort is 1. */
  synRetransmitMs: number;
  /**
   * A silent port is judged filtered after max(rttFactor x expected RTT, rttFloorMs), where the
   * expected RTT is the host's own, else the slowest control's of its family, at least unseenRttMs.
   */
  rttFactor: number;
  rttFloorMs: number;
  /** A host never seen answering is assumed at least this far away (a far-away round trip). */
  unseenRttMs: number;
  smtp: {
    /** Greeting deadline on port 25 (MX controls), and the time after which a greeting counts as slow. */
    greetingMs: number;
    /** Greeting deadline on submission ports once TCP is open: RFC 5321 allows minutes, so be patient. */
    submissionGreetingMs: number;
    replyMs: number;
    tlsHandshakeMs: number;
    probeMs: number;
    port25ProbeMs: number;
  };
  /**
   * Online autoconfig: each of the two fetches gives up after deadlineMs. Once everything else
   * has finished and a server already answered, it gets at most graceMs more: the verdict never
   * waits long for settings it no longer needs.
   */
  autoconfig: { deadlineMs: number; graceMs: number };
  /** The whole diagnosis, whatever happens. */
  overallMs: number;
  /** At most this many submission candidates (host:port pairs) are probed. */
  maxCandidates: number;
}

/** Defaults, chosen for real networks (see docs in README: how deadlines are derived). */
export const DEFAULT_CONFIG: EngineConfig = {
  referenceMx: [
    'gmail-smtp-in.l.google.com',
    'hotmail-com.olc.protection.outlook.com',
    'mx01.mail.icloud.com',
  ],
  referenceSubmission: ['smtp.gmail.com'],
  webControls: ['www.google.com', 'www.apple.com'],
  webChecks: [
    'http://connectivitycheck.gstatic.com/generate_204',
    'http://captive.apple.com/hotspot-detect.html',
    'http://www.msftconnecttest.com/connecttest.txt',
  ].flatMap((url) => webCheckFromUrl(url) ?? []),
  webAnswerMs: 3000,
  webProxy: null,
  webProxyByHost: null,
  webProxyPac: null,
  dns: { timeoutMs: 1500, tries: 2, deadlineMs: 4000 },
  dnsPace: { factor: 3, floorMs: 500 },
  connectCapMs: 4000,
  connectsPerPort: 2,
  synRetransmitMs: 1000,
  rttFactor: 3,
  rttFloorMs: 250,
  unseenRttMs: 300,
  smtp: {
    greetingMs: 3000,
    submissionGreetingMs: 9000,
    replyMs: 3000,
    tlsHandshakeMs: 3000,
    probeMs: 14000,
    port25ProbeMs: 5000,
  },
  autoconfig: { deadlineMs: 2500, graceMs: 300 },
  overallMs: 20000,
  maxCandidates: 12,
};

function listFromEnv(value: string | undefined): string[] | null {
  if (!value) return null;
  const items = value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return items.length > 0 ? items : null;
}

/**
 * Defaults, overridden by SENDCHECK_REFERENCE_MX / SENDCHECK_REFERENCE_SUBMISSION /
 * SENDCHECK_WEB_CONTROLS / SENDCHECK_WEB_CHECKS (comma-separated; a web check is an http:// URL
 * whose path has a known answer, web-control.ts) and by `overrides`.
 */
export function resolveConfig(
  overrides: Partial<EngineConfig> = {},
  env: NodeJS.ProcessEnv = process.env,
): EngineConfig {
  return {
    ...DEFAULT_CONFIG,
    referenceMx: listFromEnv(env.SENDCHECK_REFERENCE_MX) ?? DEFAULT_CONFIG.referenceMx,
    referenceSubmission:
      listFromEnv(env.SENDCHECK_REFERENCE_SUBMISSION) ?? DEFAULT_CONFIG.referenceSubmission,
    webControls: listFromEnv(env.SENDCHECK_WEB_CONTROLS) ?? DEFAULT_CONFIG.webControls,
    webChecks: webChecksFromEnv(env.SENDCHECK_WEB_CHECKS) ?? DEFAULT_CONFIG.webChecks,
    ...overrides,
  };
}

function webChecksFromEnv(value: string | undefined): WebCheck[] | null {
  const checks = (listFromEnv(value) ?? []).flatMap((url) => webCheckFromUrl(url) ?? []);
  return checks.length > 0 ? checks : null;
}
