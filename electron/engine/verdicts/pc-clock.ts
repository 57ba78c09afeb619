/**
 * pc_clock: this PC's clock is wrong, so every certificate looks wrong in time (docs/diagnosis.md,
 * "Rules that real networks taught": the PC's clock). Tells a wrong clock from a wrong server.
 */
import { domainOf } from '../../../shared/domain.js';
import { action, evidence, type ClockDirection, type Evidence } from '../../../shared/evidence.js';
import type { CertSummary, ProbeResult } from '../../../shared/probe.js';
import type { Facts } from '../facts.js';
import type { VerdictDefinition } from './verdict.js';

const DAY_MS = 24 * 60 * 60 * 1000;
/**
 * The web's clocks agree when their offsets from this PC's clock lie this close together: a Date
 * header has one-second resolution, and a cache may serve one a few minutes old.
 */
const WEB_CLOCKS_AGREE_MS = 10 * 60 * 1000;

/** The way a certificate fails in time, if it does. */
const TIME_ERRORS: Readonly<Record<string, ClockDirection>> = {
  not_yet_valid: 'behind',
  expired: 'ahead',
};

/** A certificate seen on a connect, with the probe that saw it. */
interface SeenCertificate {
  probe: ProbeResult;
  tls: CertSummary;
}

/**
 * Where a probe keeps the certificate it saw: one place to read it, whatever the probe spoke (a
 * submission server's, or a web control's, direct or through the proxy).
 */
function certificateOf(p: ProbeResult): CertSummary | null {
  if (p.role === 'login') return null;
  return p.smtp?.tls ?? p.web?.tls ?? null;
}

/** The name a probe's certificate was asked for: a control through the proxy asked for its target. */
function askedName(p: ProbeResult): string {
  return p.target ?? p.host;
}

function certificates(probes: readonly ProbeResult[]): SeenCertificate[] {
  const out: SeenCertificate[] = [];
  for (const probe of probes) {
    const tls = certificateOf(probe);
    if (tls && tls.verifyError !== 'no_certificate') out.push({ probe, tls });
  }
  return out;
}

/** The certificate names the host asked for (a wildcard covers one label). */
function namesHost(tls: CertSummary, host: string): boolean {
  const h = host.toLowerCase();
  return [...tls.altNames, ...(tls.altNames.length ? [] : [tls.subject])].some((raw) => {
    const n = raw.toLowerCase();
    if (n === h) return true;
    return n.startsWith('*.') && h.slice(h.indexOf('.') + 1) === n.slice(2) && h.indexOf('.') > 0;
  });
}

/**
 * A certificate that fails only in time: "not yet valid" or "expired", for the very name asked.
 * OpenSSL reports a chain it cannot trust before it looks at the dates, so a time error means the
 * chain itself was good.
 */
function timeOnly(c: SeenCertificate): ClockDirection | null {
  const direction = TIME_ERRORS[c.tls.verifyError ?? ''];
  return direction && namesHost(c.tls, askedName(c.probe)) ? direction : null;
}

/** What the web's own clocks say: their offset from this PC's clock, when they agree. */
interface WebClock {
  offsetMs: number;
  webTime: string;
  pcTime: string;
  probes: ProbeResult[];
}

/**
 * The controls' HTTP Date headers against this PC's clock. Clocks that disagree with each other
 * (a sign-in page or a proxy answering with its own) say nothing.
 */
function webClock(probes: readonly ProbeResult[]): WebClock | null {
  const readings = probes
    .filter((p) => p.role === 'web_control' && p.httpDate)
    .map((p) => ({
      p,
      server: Date.parse(p.httpDate?.server ?? ''),
      local: Date.parse(p.httpDate?.local ?? ''),
    }))
    .filter((r) => Number.isFinite(r.server) && Number.isFinite(r.local));
  const first = readings[0];
  if (!first) return null;
  const offsets = readings.map((r) => r.server - r.local).sort((a, b) => a - b);
  const low = offsets[0] ?? 0;
  const high = offsets[offsets.length - 1] ?? 0;
  if (high - low > WEB_CLOCKS_AGREE_MS) return null;
  const offsetMs = offsets[Math.floor(offsets.length / 2)] ?? 0;
  return {
    offsetMs,
    webTime: new Date(first.local + offsetMs).toISOString(),
    pcTime: new Date(first.local).toISOString(),
    probes: readings.map((r) => r.p),
  };
}

function validAt(tls: CertSummary, ms: number): boolean {
  return Date.parse(tls.validFrom) <= ms && ms <= Date.parse(tls.validTo);
}

/** The moment every one of these certificates is valid, as [from, to]; null when there is none. */
function commonWindow(certs: readonly SeenCertificate[]): [number, number] | null {
  const from = Math.max(...certs.map((c) => Date.parse(c.tls.validFrom)));
  const to = Math.min(...certs.map((c) => Date.parse(c.tls.validTo)));
  return Number.isFinite(from) && Number.isFinite(to) && from <= to ? [from, to] : null;
}

/** The clock's finding: which way it is wrong, and the certificates (and web clocks) that show it. */
interface ClockFinding {
  direction: ClockDirection;
  certs: SeenCertificate[];
  web: WebClock | null;
}

/**
 * The web's clocks decide where they agree with each other: more than a day away from this PC's,
 * with a certificate that fails in time and is valid at the web's time, is a wrong clock; agreeing
 * with this PC's clock, the servers are wrong.
 */
function byWebClock(certs: SeenCertificate[], web: WebClock): ClockFinding | null {
  if (Math.abs(web.offsetMs) <= DAY_MS) return null;
  const direction: ClockDirection = web.offsetMs > 0 ? 'behind' : 'ahead';
  const webNow = Date.parse(web.webTime);
  const shown = certs.filter((c) => timeOnly(c) === direction && validAt(c.tls, webNow));
  return shown.length > 0 ? { direction, certs: shown, web } : null;
}

/**
 * Without the web's clocks: every certificate seen fails the same way in time, for the names asked,
 * on servers of two or more unrelated domains, and one moment exists when all of them are valid.
 * Servers that unrelated do not all renew wrongly at once; a clock does.
 */
function byCertificates(certs: SeenCertificate[]): ClockFinding | null {
  const direction = certs[0] ? timeOnly(certs[0]) : null;
  if (!direction || !certs.every((c) => timeOnly(c) === direction)) return null;
  if (new Set(certs.map((c) => domainOf(askedName(c.probe)))).size < 2) return null;
  return commonWindow(certs) ? { direction, certs, web: null } : null;
}

/** Whether this PC's clock is what makes the certificates fail (used by the rule below). */
export function clockFinding(probes: readonly ProbeResult[]): ClockFinding | null {
  const certs = certificates(probes);
  if (!certs.some((c) => timeOnly(c) !== null)) return null;
  const web = webClock(probes);
  return web ? byWebClock(certs, web) : byCertificates(certs);
}

function clockEvidence(found: ClockFinding): Evidence[] {
  const window = commonWindow(found.certs);
  const hosts = [...new Set(found.certs.map((c) => askedName(c.probe)))];
  const iso = (ms: number | undefined, fallback: string): string =>
    ms === undefined ? fallback : new Date(ms).toISOString();
  const first = found.certs[0]?.tls;
  const out = [
    evidence(
      'clock_wrong',
      'problem',
      {
        direction: found.direction,
        hosts,
        validFrom: iso(window?.[0], first?.validFrom ?? ''),
        validTo: iso(window?.[1], first?.validTo ?? ''),
      },
      found.certs.map((c) => c.probe),
    ),
  ];
  if (found.web)
    out.push(
      evidence(
        'clock_web_time',
        'problem',
        { webTime: found.web.webTime, pcTime: found.web.pcTime },
        found.web.probes,
      ),
    );
  return out;
}

/** The recommendation stays, marked: it answered, but its certificate could not be judged. */
function unverifiedEvidence(f: Facts): Evidence[] {
  const chosen = f.choice;
  if (!chosen?.probe || chosen.settings.verified) return [];
  const { host, port } = chosen.settings;
  return [evidence('clock_unverified', 'info', { host, port }, [chosen.probe])];
}

/**
 * pc_clock: certificates of unrelated, otherwise healthy servers all fail the same way in time, or
 * the web's own clocks agree on a time more than a day away from this PC's. Stopped at the PC; the
 * recommended settings stay, not verified, because no certificate can be judged until the clock is
 * right.
 */
export const pcClock: VerdictDefinition = {
  code: 'pc_clock',
  blockedAt: 'pc',
  actions: [action('clock_windows'), action('clock_mac'), action('clock_check_again')],
  labScenarios: ['pc_clock_behind', 'pc_clock_behind_mail_shut', 'pc_clock_behind_proxy_only'],
  when: (f) => {
    const found = clockFinding(f.probes);
    if (!found) return null;
    return {
      confidence: found.web ? 'high' : 'medium',
      evidence: [...clockEvidence(found), ...unverifiedEvidence(f)],
      recommended: f.choice?.settings ?? f.published,
    };
  },
};
