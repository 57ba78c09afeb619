/** The web controls as probes: connect as every probe does, then prove what answered (web-control.ts). */
import type { ProbeResult, ProbeRole, TcpOutcome, WebDetails } from '../../shared/probe.js';
import type { DeadlineSource } from './deadline.js';
import type { ProbeRecorder } from './recorder.js';
import { connectTcp, type TcpConnectResult } from './tcp.js';
import {
  checkRequest,
  connectRequest,
  exchangeHttp,
  handshake,
  isKnownAnswer,
  type WebCheck,
} from './web-control.js';

/** Where a web control connects, and how long it waits. */
export interface WebProbeSpec {
  role: ProbeRole;
  host: string;
  ip: string;
  deadline: DeadlineSource;
  signal: AbortSignal;
  /** Connects started together (see connectTcp); 1 when absent. */
  attempts?: number;
  /** Once connected: the handshake or the whole answer must come within this. */
  answerMs: number;
  /** Extra trusted roots (tests); the system's otherwise. */
  ca?: string;
  /** Another port than 443 / 80 (tests on loopback). */
  port?: number;
}

const NO_WEB: WebDetails = {
  tls: null,
  status: null,
  location: null,
  knownAnswer: null,
  date: null,
};

type Base = Pick<ProbeResult, 'id' | 'kind' | 'role' | 'host' | 'ip' | 'port'>;

function notOpen(rec: ProbeRecorder, base: Base, c: TcpConnectResult): ProbeResult {
  const outcome: TcpOutcome = c.outcome === 'aborted' ? 'filtered' : c.outcome;
  return rec.finish({ ...base, outcome, ms: Math.round(c.ms), detail: c.detail });
}

/**
 * A TLS control on 443: connect, then a handshake for the name asked. 'open' once a certificate
 * came (web.tls says whether it is the site's own); 'error' when none did. `onConnected` gets the
 * connect's round trip, which the silent-drop deadlines learn from.
 */
export async function probeWebTls(
  rec: ProbeRecorder,
  spec: WebProbeSpec,
  onConnected?: (ms: number) => void,
): Promise<ProbeResult> {
  const port = spec.port ?? 443;
  const where = { kind: 'tcp', role: spec.role, host: spec.host, ip: spec.ip, port } as const;
  const base: Base = { ...where, id: rec.start(where) };
  const c = await connectTcp({ ...connectOf(spec), port });
  if (c.outcome !== 'open' || !c.socket) return notOpen(rec, base, c);
  onConnected?.(c.ms);
  const ms = Math.round(c.ms);
  const h = await handshake(c.socket, spec.host, spec.answerMs, spec.signal, spec.ca);
  // The TLS socket first, then the one it wraps: the other order can crash Node.
  if (!('failure' in h)) h.socket.destroy();
  c.socket.destroy();
  if ('failure' in h) {
    return rec.finish({
      ...base,
      outcome: 'error',
      ms,
      detail: `connected in ${ms} ms, then ${h.detail}`,
      web: NO_WEB,
    });
  }
  const t = h.cert;
  const verdict = t.verified
    ? `verified for ${spec.host}`
    : `NOT verified (${t.verifyError}; names ${t.altNames.join(', ') || t.subject}, issued by ${t.issuer})`;
  return rec.finish({
    ...base,
    outcome: 'open',
    ms,
    detail: `connected in ${ms} ms; TLS certificate ${verdict}`,
    web: { ...NO_WEB, tls: t },
  });
}

/**
 * A plain-HTTP control on 80: connect, ask for the check's path, and compare the answer with the
 * known one. 'open' once an answer came (web.knownAnswer says whether it is the known one).
 */
export async function probeWebHttp(
  rec: ProbeRecorder,
  spec: WebProbeSpec & { check: WebCheck },
  onConnected?: (ms: number) => void,
): Promise<ProbeResult> {
  const port = spec.port ?? 80;
  const where = { kind: 'http', role: spec.role, host: spec.host, ip: spec.ip, port } as const;
  const base: Base = { ...where, id: rec.start(where) };
  const c = await connectTcp({ ...connectOf(spec), port });
  if (c.outcome !== 'open' || !c.socket) return notOpen(rec, base, c);
  onConnected?.(c.ms);
  const ms = Math.round(c.ms);
  const a = await exchangeHttp(c.socket, checkRequest(spec.check), spec.answerMs, spec.signal);
  c.socket.destroy();
  if ('failure' in a) {
    const detail = `connected in ${ms} ms, then ${a.detail}`;
    return rec.finish({ ...base, outcome: 'error', ms, detail, web: NO_WEB });
  }
  const known = a.status !== null && isKnownAnswer(spec.check.answer, a);
  const said =
    a.status === null
      ? 'an answer that is not HTTP'
      : `HTTP ${a.status}${a.location !== null ? ` to ${a.location}` : ''}`;
  return rec.finish({
    ...base,
    outcome: 'open',
    ms,
    detail: `connected in ${ms} ms; GET ${spec.check.path}: ${said}, ${known ? 'the known answer' : 'NOT the known answer'}`,
    web: { ...NO_WEB, status: a.status, location: a.location, knownAnswer: known, date: a.date },
    // Only a check that proved its site speaks for the world's time (a sign-in page has its own).
    ...(known ? clockReading(a.date) : {}),
  });
}

/** The answer's Date header beside this PC's clock now, for the clock rule (verdicts/pc-clock.ts). */
function clockReading(date: string | null): Pick<ProbeResult, 'httpDate'> {
  const server = date === null ? NaN : Date.parse(date);
  if (!Number.isFinite(server)) return {};
  return { httpDate: { server: new Date(server).toISOString(), local: new Date().toISOString() } };
}

function connectOf(spec: WebProbeSpec) {
  return {
    ip: spec.ip,
    deadline: spec.deadline,
    signal: spec.signal,
    ...(spec.attempts !== undefined ? { attempts: spec.attempts } : {}),
  };
}

/** What the proxy said to CONNECT, in words for the helpdesk. */
function proxySaid(status: number | null): string {
  if (status === 407) return 'the proxy asks for a login (407)';
  if (status === 403) return 'the proxy refused the tunnel (403)';
  return status === null
    ? 'the proxy gave an answer that is not HTTP'
    : `the proxy answered ${status}`;
}

/**
 * A TLS control through the configured proxy: connect to the proxy (spec.ip and spec.port are the
 * proxy's), ask it for a tunnel to `target` on 443 (CONNECT), then a handshake for `target` inside.
 * The probe is named after the proxy (host, ip, port), so the evidence can name it. 'open' once a
 * certificate came through the tunnel; 'error' with web.status when the proxy answered otherwise
 * (407: it wants a login).
 */
export async function probeWebViaProxy(
  rec: ProbeRecorder,
  spec: WebProbeSpec & { port: number; target: string },
): Promise<ProbeResult> {
  const where = {
    kind: 'tcp',
    role: spec.role,
    host: spec.host,
    ip: spec.ip,
    port: spec.port,
  } as const;
  const base: Base = { ...where, id: rec.start(where) };
  const c = await connectTcp({ ...connectOf(spec), port: spec.port });
  if (c.outcome !== 'open' || !c.socket) return notOpen(rec, base, c);
  const ms = Math.round(c.ms);
  const asked = `CONNECT ${spec.target}:443 through ${spec.host}:${spec.port}`;
  const a = await exchangeHttp(
    c.socket,
    connectRequest(spec.target, 443),
    spec.answerMs,
    spec.signal,
    true,
  );
  if ('failure' in a || a.status !== 200) {
    c.socket.destroy();
    const said = 'failure' in a ? a.detail : proxySaid(a.status);
    const web = 'failure' in a ? NO_WEB : { ...NO_WEB, status: a.status, date: a.date };
    return rec.finish({ ...base, outcome: 'error', ms, detail: `${asked}: ${said}`, web });
  }
  const h = await handshake(c.socket, spec.target, spec.answerMs, spec.signal, spec.ca);
  if (!('failure' in h)) h.socket.destroy();
  c.socket.destroy();
  if ('failure' in h) {
    const web = { ...NO_WEB, status: 200 };
    return rec.finish({
      ...base,
      outcome: 'error',
      ms,
      detail: `${asked}: tunnel up, then ${h.detail}`,
      web,
    });
  }
  const verified = h.cert.verified ? 'verified' : `NOT verified (${h.cert.verifyError})`;
  return rec.finish({
    ...base,
    outcome: 'open',
    ms,
    detail: `${asked}: tunnel up in ${ms} ms; TLS certificate for ${spec.target} ${verified}`,
    web: { ...NO_WEB, status: 200, tls: h.cert },
    target: spec.target,
  });
}
