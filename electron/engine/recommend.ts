/** Picks the outgoing server and port to recommend from the submission probes (diagnosis.md, "Recommended settings"). */
import type { CandidateSummary, RecommendedSettings } from '../../shared/diagnosis.js';
import type { ProbeResult } from '../../shared/probe.js';

/** The recommendation and the probe it rests on. */
export interface Choice {
  settings: RecommendedSettings;
  probe: ProbeResult | null;
  /** The host whose certificate named the recommended one (shared hosting). */
  namedBy?: string;
}

function answered(p: ProbeResult): boolean {
  return p.kind === 'smtp' && p.outcome === 'open' && p.smtp?.greetingCode === 220;
}

function tlsUp(p: ProbeResult): boolean {
  return p.smtp?.startTls === 'ok' || p.smtp?.startTls === 'implicit';
}

/** A working submission server: it greets, TLS succeeds with a valid certificate, AUTH is offered after TLS. */
export function fullyVerified(p: ProbeResult): boolean {
  return (
    answered(p) &&
    tlsUp(p) &&
    p.smtp?.tls?.verified === true &&
    (p.smtp.authMechanisms.length ?? 0) > 0
  );
}

/**
 * Ranks one host's answering probes (lower is better): verified 587, verified 465, another verified
 * port; then the ones with a flaw to report (certificate, no AUTH, no TLS), 587 before 465.
 */
function rank(p: ProbeResult): number {
  if (p.port === 25 || !answered(p)) return 9;
  const portRank = p.port === 587 ? 0 : p.port === 465 ? 1 : 2;
  if (fullyVerified(p)) return portRank;
  if (tlsUp(p)) return 3 + portRank;
  return p.port === 587 ? 6 : 9;
}

function settingsFor(
  c: CandidateSummary,
  probe: ProbeResult | null,
  port: number,
  unicode?: string,
): RecommendedSettings {
  const security: RecommendedSettings['security'] =
    port === 465 || probe?.smtp?.startTls === 'implicit' ? 'tls' : 'starttls';
  return {
    host: c.host,
    ...(unicode && unicode !== c.host ? { hostUnicode: unicode } : {}),
    port,
    security,
    auth: true,
    username: c.username,
    verified: probe !== null && answered(probe) && tlsUp(probe),
    source: c.source,
  };
}

/** True when this probe could be the recommendation: it answered as a submission server on a submission port. */
export function answersAsSubmission(p: ProbeResult): boolean {
  return p.role === 'submission' && answered(p) && p.port !== 25 && rank(p) < 9;
}

function bestOf(probes: ProbeResult[]): ProbeResult | undefined {
  return [...probes].sort((a, b) => rank(a) - rank(b))[0];
}

/**
 * Shared hosting: the host's certificate names only another server. Once that name answered with a
 * valid certificate as well, it is the one to recommend (with the same source and user name).
 */
function namedServer(best: ProbeResult, submission: ProbeResult[]): ProbeResult | undefined {
  const tls = best.smtp?.tls;
  if (!tls || tls.verified || tls.verifyError !== 'wrong_host') return undefined;
  const names = new Set(tls.altNames.map((n) => n.toLowerCase()));
  return bestOf(submission.filter((p) => names.has(p.host) && fullyVerified(p)));
}

function choose(
  c: CandidateSummary,
  best: ProbeResult,
  submission: ProbeResult[],
  toUnicode: (host: string) => string,
): Choice {
  const named = namedServer(best, submission);
  if (named && named.port !== null) {
    const listed = { ...c, host: named.host };
    return {
      settings: settingsFor(listed, named, named.port, toUnicode(named.host)),
      probe: named,
      namedBy: best.host,
    };
  }
  return { settings: settingsFor(c, best, best.port ?? 587, toUnicode(c.host)), probe: best };
}

/**
 * The first candidate host (discovery order) that answered as a verified submission server, on its
 * best port; failing that, the first that answered at all (its flaw is then the verdict).
 * Guessed hosts are only ever recommended when a probe showed them answering.
 */
export function chooseRecommended(
  candidates: CandidateSummary[],
  probes: ProbeResult[],
  toUnicode: (host: string) => string = (h) => h,
): Choice | null {
  const submission = probes.filter((p) => p.role === 'submission' && answered(p));
  let fallback: Choice | null = null;
  for (const host of [...new Set(candidates.map((c) => c.host))]) {
    const best = bestOf(submission.filter((p) => p.host === host && rank(p) < 9));
    // Source and user name come from the host's first (most trusted) listing.
    const candidate = candidates.find((c) => c.host === host);
    if (!best || !candidate) continue;
    const choice = choose(candidate, best, submission, toUnicode);
    if (choice.probe && (fullyVerified(choice.probe) || choice.namedBy)) return choice;
    fallback ??= choice;
  }
  return fallback;
}

/**
 * The provider's published settings (bundled data), for when nothing could be checked from here:
 * its first listed submission server, marked unverified and published-only.
 */
export function publishedSettings(
  candidates: CandidateSummary[],
  toUnicode: (host: string) => string = (h) => h,
): RecommendedSettings | null {
  const c = candidates.find(
    (x) => x.source === 'provider_db' && (x.port === 587 || x.port === 465),
  );
  return c ? { ...settingsFor(c, null, c.port, toUnicode(c.host)), publishedOnly: true } : null;
}

/**
 * A server inside the user's ISP that takes port 25 from its own lines and offers nothing else:
 * port 25, no encryption, and no sign-in (the ISP knows its own lines).
 */
export function insideIspSettings(
  candidates: CandidateSummary[],
  probe: ProbeResult,
  toUnicode: (host: string) => string = (h) => h,
): RecommendedSettings | null {
  const c = candidates.find((x) => x.host === probe.host);
  if (!c) return null;
  const unicode = toUnicode(c.host);
  return {
    host: c.host,
    ...(unicode !== c.host ? { hostUnicode: unicode } : {}),
    port: 25,
    security: 'none',
    auth: false,
    username: c.username,
    verified: true,
    source: c.source,
  };
}
