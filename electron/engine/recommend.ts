/** Picks the outgoing server and port to recommend from the submission probes (diagnosis.md, "Recommended settings"). */
import type { CandidateSummary, RecommendedSettings } from '../../shared/diagnosis.js';
import type { ProbeResult } from '../../shared/probe.js';
import { smtpAnswered } from './facts.js';

/** The recommendation and the probe it rests on. */
export interface Choice {
  settings: RecommendedSettings;
  probe: ProbeResult | null;
}

function tlsUp(p: ProbeResult): boolean {
  return p.smtp?.startTls === 'ok' || p.smtp?.startTls === 'implicit';
}

/** Ranks one host's answering probes: 587 with STARTTLS, then 465, then any other port that upgraded to TLS. */
function rank(p: ProbeResult): number {
  if (p.port === 587 && p.smtp?.startTls === 'ok') return 0;
  if (p.port === 465 && p.smtp?.startTls === 'implicit') return 1;
  if (p.port !== 25 && tlsUp(p)) return 2;
  if (p.port === 587) return 3; // answers, but without TLS: a tls_problem to report
  return 9;
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
    verified: probe !== null && smtpAnswered(probe),
    source: c.source,
  };
}

/** True when this probe could be the recommendation: it answered as a submission server on a submission port. */
export function answersAsSubmission(p: ProbeResult): boolean {
  return p.role === 'submission' && smtpAnswered(p) && p.port !== 25 && rank(p) < 9;
}

/**
 * The first candidate host (discovery order) that answered as a submission server, on its best port.
 * Guessed hosts are only ever recommended when a probe showed them answering.
 */
export function chooseRecommended(
  candidates: CandidateSummary[],
  probes: ProbeResult[],
  toUnicode: (host: string) => string = (h) => h,
): Choice | null {
  const submission = probes.filter((p) => p.role === 'submission' && smtpAnswered(p));
  const hosts = [...new Set(candidates.map((c) => c.host))];
  for (const host of hosts) {
    const answered = submission
      .filter((p) => p.host === host && p.port !== 25 && rank(p) < 9)
      .sort((a, b) => rank(a) - rank(b));
    const best = answered[0];
    if (!best || best.port === null) continue;
    // Source and user name come from the host's first (most trusted) listing, even when the port
    // that answered was only added as a guess: the provider database still named this host.
    const candidate = candidates.find((c) => c.host === host);
    if (!candidate) continue;
    return { settings: settingsFor(candidate, best, best.port, toUnicode(host)), probe: best };
  }
  return null;
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
