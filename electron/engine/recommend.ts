/**
 * Picks the outgoing server and port to recommend from the submission probes (docs/diagnosis.md,
 * "Recommended settings"), holding every choice to the trust rules of trust.ts: a host the network
 * suggested is never verified and always needs the user's confirmation.
 */
import type { CandidateSummary, RecommendedSettings } from '../../shared/diagnosis.js';
import type { ProbeResult } from '../../shared/probe.js';
import { hostTrust, type TrustInput } from './trust.js';

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

/**
 * A working submission server: it greets, TLS comes up with a chain valid to a trusted root and a
 * certificate valid for the very name asked, and AUTH is offered after TLS.
 */
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

/** How the settings for one host and probe come out under the trust rules. */
interface Listing {
  host: string;
  source: RecommendedSettings['source'];
  username: string;
  /** Who named the host, for a suggestion: the certificate's host, else the address's domain. */
  namedBy: string;
}

function settingsFor(
  l: Listing,
  probe: ProbeResult | null,
  port: number,
  trust: TrustInput,
  unicode?: string,
): RecommendedSettings {
  const security: RecommendedSettings['security'] =
    port === 465 || probe?.smtp?.startTls === 'implicit' ? 'tls' : 'starttls';
  const t = hostTrust(l.host, l.source, trust);
  return {
    host: l.host,
    ...(unicode && unicode !== l.host ? { hostUnicode: unicode } : {}),
    port,
    security,
    auth: true,
    username: l.username,
    verified: t.trusted && probe !== null && fullyVerified(probe),
    source: l.source,
    ...(t.trusted ? {} : { needsConfirmation: { reason: t.reason, namedBy: l.namedBy } }),
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
 * Shared hosting: the host's certificate names only another server. That name counts only where it
 * answered at the very address that answered for the host asked (how legitimate shared hosting
 * looks), fully verified for its own name.
 */
function namedServer(best: ProbeResult, submission: ProbeResult[]): ProbeResult | undefined {
  const tls = best.smtp?.tls;
  if (!tls || tls.verified || tls.verifyError !== 'wrong_host' || best.ip === null)
    return undefined;
  const names = new Set(tls.altNames.map((n) => n.toLowerCase()));
  return bestOf(
    submission.filter(
      (p) => p.host !== best.host && names.has(p.host) && p.ip === best.ip && fullyVerified(p),
    ),
  );
}

function choose(
  c: CandidateSummary,
  best: ProbeResult,
  submission: ProbeResult[],
  trust: TrustInput,
  toUnicode: (host: string) => string,
): Choice {
  const named = namedServer(best, submission);
  if (named && named.port !== null) {
    const listing: Listing = {
      host: named.host,
      source: 'certificate',
      username: c.username,
      namedBy: best.host,
    };
    return {
      settings: settingsFor(listing, named, named.port, trust, toUnicode(named.host)),
      probe: named,
      namedBy: best.host,
    };
  }
  const listing: Listing = { ...c, namedBy: trust.domainAscii };
  return {
    settings: settingsFor(listing, best, best.port ?? 587, trust, toUnicode(c.host)),
    probe: best,
  };
}

/**
 * The first trusted candidate host (discovery order) that answered as a verified submission server,
 * on its best port. Failing that, the first fully working server the network suggested (it needs
 * the user's confirmation); failing that, the first that answered at all, trusted hosts first (its
 * flaw is then the verdict). Guessed hosts are only ever recommended when a probe showed them answering.
 */
export function chooseRecommended(
  candidates: CandidateSummary[],
  probes: ProbeResult[],
  trust: TrustInput,
  toUnicode: (host: string) => string = (h) => h,
): Choice | null {
  const submission = probes.filter((p) => p.role === 'submission' && answered(p));
  let suggestion: Choice | null = null;
  let flawed: Choice | null = null;
  let flawedSuggestion: Choice | null = null;
  for (const host of [...new Set(candidates.map((c) => c.host))]) {
    const best = bestOf(submission.filter((p) => p.host === host && rank(p) < 9));
    // Source and user name come from the host's first (most trusted) listing.
    const candidate = candidates.find((c) => c.host === host);
    if (!best || !candidate) continue;
    const choice = choose(candidate, best, submission, trust, toUnicode);
    if (choice.settings.verified) return choice;
    const works = choice.probe !== null && fullyVerified(choice.probe);
    if (works) suggestion ??= choice;
    else if (choice.settings.needsConfirmation) flawedSuggestion ??= choice;
    else flawed ??= choice;
  }
  return suggestion ?? flawed ?? flawedSuggestion;
}

/**
 * The provider's published settings (bundled data), for when nothing could be checked from here:
 * its first listed submission server, marked unverified and published-only.
 */
export function publishedSettings(
  candidates: CandidateSummary[],
  trust: TrustInput,
  toUnicode: (host: string) => string = (h) => h,
): RecommendedSettings | null {
  const c = candidates.find(
    (x) => x.source === 'provider_db' && (x.port === 587 || x.port === 465),
  );
  if (!c) return null;
  const listing: Listing = { ...c, namedBy: trust.domainAscii };
  return { ...settingsFor(listing, null, c.port, trust, toUnicode(c.host)), publishedOnly: true };
}

/**
 * A server inside the user's ISP that takes port 25 from its own lines and offers nothing else:
 * port 25, no encryption, and no sign-in (the ISP knows its own lines). Plain text is never verified.
 */
export function insideIspSettings(
  candidates: CandidateSummary[],
  probe: ProbeResult,
  trust: TrustInput,
  toUnicode: (host: string) => string = (h) => h,
): RecommendedSettings | null {
  const c = candidates.find((x) => x.host === probe.host);
  if (!c) return null;
  const unicode = toUnicode(c.host);
  const t = hostTrust(c.host, c.source, trust);
  return {
    host: c.host,
    ...(unicode !== c.host ? { hostUnicode: unicode } : {}),
    port: 25,
    security: 'none',
    auth: false,
    username: c.username,
    verified: false,
    source: c.source,
    ...(t.trusted ? {} : { needsConfirmation: { reason: t.reason, namedBy: trust.domainAscii } }),
  };
}
