/**
 * Fetches one small document over HTTPS with our own deadline: DNS through c-ares (dns.ts, never
 * getaddrinfo), one TCP connect (tcp.ts, so a silent host is told from a refusing one), TLS with
 * certificate verification on (default trust plus NODE_EXTRA_CA_CERTS), then HTTP/1.1 GET.
 * Redirects are never followed and the body is capped. Never rejects; every socket is destroyed
 * and every timer cleared before it returns.
 */
import http from 'node:http';
import type net from 'node:net';
import { isIP } from 'node:net';
import { performance } from 'node:perf_hooks';
import tls from 'node:tls';
import { fixedDeadline } from './deadline.js';
import { resolveAddresses } from './dns.js';
import { connectTcp } from './tcp.js';
import { mapVerifyError } from './tls.js';

/** What to fetch, how long to wait and whom to trust. */
export interface HttpsGetOptions {
  host: string;
  /** Path and query, e.g. '/mail/config-v1.1.xml?emailaddress=...'. */
  path: string;
  /** 443 unless a test serves on another port. */
  port?: number;
  /** The whole fetch, from the DNS question to the last byte. */
  deadlineMs: number;
  /** A body over this many bytes is refused (code TOO_LARGE). */
  maxBytes: number;
  dns: { timeoutMs: number; tries: number; servers?: string[] };
  /** Address families worth asking for (default IPv4 only). */
  families?: (4 | 6)[];
  /** The caller cancelled: outcome 'error', code ABORTED. */
  signal?: AbortSignal;
  /** The answer is not needed any more: outcome 'skipped'. */
  skip?: AbortSignal;
  /** Tests only: trust these CA certificates instead of the default store. */
  ca?: string | string[];
}

/** 'ok' means a complete HTTP response arrived (whatever its status); the rest say why not. */
export type HttpsGetOutcome =
  | 'ok'
  | 'nxdomain'
  | 'nodata'
  | 'timeout'
  | 'servfail'
  | 'refused'
  | 'prohibited'
  | 'filtered'
  | 'no_route'
  | 'error'
  | 'skipped';

/** What a fetch came to. */
export interface HttpsGetResult {
  outcome: HttpsGetOutcome;
  status: number | null;
  /** The Location header of a redirect (not followed). */
  location: string | null;
  /** The body of a complete response, at most maxBytes. */
  body: Buffer | null;
  /** The address connected to, once known. */
  ip: string | null;
  ms: number;
  /** ENOTFOUND, ECONNREFUSED, CERT_HAS_EXPIRED, TOO_LARGE, DEADLINE, ABORTED ...; null when ok. */
  code: string | null;
  /** One English line for the helpdesk. */
  detail: string;
}

type Stop = 'deadline' | 'cancelled' | 'skipped';
type Response = { status: number; location: string | null; body: Buffer | null };
type Failure = { code: string; detail: string };

function ignoreError(): void {}

/** Completes the TLS handshake on a connected socket; a certificate we cannot verify is a failure. */
function handshake(
  socket: net.Socket,
  o: HttpsGetOptions,
  stop: AbortSignal,
  keep: (s: net.Socket) => void,
): Promise<tls.TLSSocket | Failure | null> {
  return new Promise((resolve) => {
    // rejectUnauthorized stays at its default (true): an unverified answer is never read.
    const secure = tls.connect({
      socket,
      ...(isIP(o.host) ? {} : { servername: o.host }),
      ALPNProtocols: ['http/1.1'],
      ...(o.ca === undefined ? {} : { ca: o.ca }),
    });
    secure.on('error', ignoreError);
    keep(secure);
    const done = (r: tls.TLSSocket | Failure | null): void => {
      stop.removeEventListener('abort', onStop);
      secure.removeListener('secureConnect', onSecure);
      secure.removeListener('error', onError);
      resolve(r);
    };
    const onSecure = (): void => done(secure);
    const onError = (err: NodeJS.ErrnoException): void => {
      const code = err.code ?? 'TLS_ERROR';
      const certificate = /CERT|SELF_SIGNED|VERIFY|ISSUER/.test(code);
      done({
        code,
        detail: certificate
          ? `certificate not accepted (${mapVerifyError(code)}), nothing read`
          : `TLS handshake failed (${code})`,
      });
    };
    const onStop = (): void => done(null);
    secure.once('secureConnect', onSecure);
    secure.once('error', onError);
    stop.addEventListener('abort', onStop, { once: true });
  });
}

/** Sends the GET on the secured socket and reads the response, at most maxBytes of body. */
function get(
  socket: tls.TLSSocket,
  o: HttpsGetOptions,
  port: number,
  stop: AbortSignal,
): Promise<Response | Failure | null> {
  return new Promise((resolve) => {
    let settled = false;
    const req = http.request({
      host: o.host,
      port,
      path: o.path,
      method: 'GET',
      headers: {
        Host: port === 443 ? o.host : `${o.host}:${port}`,
        Accept: 'application/xml, text/xml;q=0.9, */*;q=0.5',
        'User-Agent': 'SendCheck',
        Connection: 'close',
      },
      createConnection: () => socket,
    });
    const done = (r: Response | Failure | null): void => {
      if (settled) return;
      settled = true;
      stop.removeEventListener('abort', onStop);
      resolve(r);
    };
    const onStop = (): void => done(null);
    const tooLarge = (): void =>
      done({ code: 'TOO_LARGE', detail: `the answer is larger than ${o.maxBytes} bytes` });
    // Destroying the socket later makes the request emit errors; they must never go unheard.
    req.on('error', (err: NodeJS.ErrnoException) =>
      done({ code: err.code ?? 'HTTP_ERROR', detail: `HTTP request failed (${err.message})` }),
    );
    req.on('response', (res) => {
      res.on('error', ignoreError);
      const status = res.statusCode ?? 0;
      const location = typeof res.headers.location === 'string' ? res.headers.location : null;
      if (status !== 200) return done({ status, location, body: null });
      if (Number(res.headers['content-length'] ?? 0) > o.maxBytes) return tooLarge();
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > o.maxBytes) tooLarge();
        else chunks.push(chunk);
      });
      res.on('end', () =>
        done(
          res.complete
            ? { status, location, body: Buffer.concat(chunks) }
            : { code: 'INCOMPLETE', detail: 'the server hung up before the answer was complete' },
        ),
      );
      res.on('close', () =>
        done({ code: 'INCOMPLETE', detail: 'the server hung up before the answer was complete' }),
      );
    });
    stop.addEventListener('abort', onStop, { once: true });
    req.end();
  });
}

/** How fetchSteps reports back to httpsGet (which owns the timer, the sockets and the result). */
interface StepReport {
  result: (
    outcome: HttpsGetOutcome,
    code: string | null,
    detail: string,
    r?: Response,
  ) => HttpsGetResult;
  stopped: (stage: 'dns' | 'connect' | 'tls' | 'http') => HttpsGetResult;
  remaining: () => number;
  elapsed: () => number;
  setIp: (ip: string) => void;
}

/** Resolve, connect, TLS, GET: each step may end the fetch with its own outcome. */
async function fetchSteps(
  o: HttpsGetOptions,
  port: number,
  signal: AbortSignal,
  sockets: net.Socket[],
  rep: StepReport,
): Promise<HttpsGetResult> {
  const { result, stopped, remaining, elapsed } = rep;
  if (signal.aborted) return stopped('dns');
  const a = await resolveAddresses(o.host, {
    ...o.dns,
    deadlineMs: remaining(),
    signal: signal,
    families: o.families ?? [4],
  });
  if (signal.aborted) return stopped('dns');
  const first = a.records[0];
  if (a.outcome !== 'found') return result(a.outcome, a.code, a.detail);
  if (!first) return result('nodata', a.code, a.detail);
  rep.setIp(first.address);
  const c = await connectTcp({
    ip: first.address,
    port,
    deadline: fixedDeadline(remaining()),
    signal: signal,
  });
  if (c.socket) sockets.push(c.socket);
  if (c.outcome === 'aborted') return stopped('connect');
  // A connect this computer refused itself reads, for autoconfig, like one the network refused.
  if (c.outcome !== 'open')
    return result(c.outcome === 'local_refused' ? 'refused' : c.outcome, c.code, c.detail);
  if (!c.socket) return result('error', 'NO_SOCKET', c.detail);
  const secure = await handshake(c.socket, o, signal, (s) => sockets.push(s));
  if (secure === null) return stopped('tls');
  if ('code' in secure) return result('error', secure.code, secure.detail);
  const r = await get(secure, o, port, signal);
  if (r === null) return stopped('http');
  if ('code' in r) return result('error', r.code, r.detail);
  const size = r.body ? `, ${r.body.length} bytes` : '';
  return result('ok', null, `HTTP ${r.status}${size} in ${elapsed()} ms`, r);
}

/** GETs https://host[:port]/path once. Never rejects; resolves by the deadline at the latest. */
export async function httpsGet(o: HttpsGetOptions): Promise<HttpsGetResult> {
  const started = performance.now();
  const port = o.port ?? 443;
  const elapsed = (): number => Math.round(performance.now() - started);
  const remaining = (): number => Math.max(0, o.deadlineMs - (performance.now() - started));
  const ctl = new AbortController();
  const end = (why: Stop) => (): void => {
    if (!ctl.signal.aborted) ctl.abort(why);
  };
  const onCancel = end('cancelled');
  const onSkip = end('skipped');
  const timer = setTimeout(end('deadline'), o.deadlineMs);
  o.signal?.addEventListener('abort', onCancel, { once: true });
  o.skip?.addEventListener('abort', onSkip, { once: true });
  if (o.signal?.aborted) onCancel();
  if (o.skip?.aborted) onSkip();
  const sockets: net.Socket[] = [];
  let ip: string | null = null;
  const result = (
    outcome: HttpsGetOutcome,
    code: string | null,
    detail: string,
    r?: Response,
  ): HttpsGetResult => ({
    outcome,
    status: r?.status ?? null,
    location: r?.location ?? null,
    body: r?.body ?? null,
    ip,
    ms: elapsed(),
    code,
    detail,
  });
  const stopped = (stage: 'dns' | 'connect' | 'tls' | 'http'): HttpsGetResult => {
    const why = ctl.signal.reason as Stop;
    if (why === 'skipped') return result('skipped', null, 'not needed any more');
    if (why === 'cancelled') return result('error', 'ABORTED', `cancelled during ${stage}`);
    const what = { dns: 'no DNS answer', connect: 'no TCP answer', tls: 'no TLS answer' };
    const outcome = stage === 'dns' ? 'timeout' : stage === 'connect' ? 'filtered' : 'error';
    const text = stage === 'http' ? 'no complete HTTP answer' : what[stage];
    return result(outcome, 'DEADLINE', `${text} within ${o.deadlineMs} ms`);
  };
  try {
    return await fetchSteps(o, port, ctl.signal, sockets, {
      result,
      stopped,
      remaining,
      elapsed,
      setIp: (a) => (ip = a),
    });
  } catch (e) {
    // Nothing above should throw; if Node does after all, this is a failed fetch, not a crash.
    return result('error', 'INTERNAL', `fetch failed (${(e as Error).message})`);
  } finally {
    clearTimeout(timer);
    o.signal?.removeEventListener('abort', onCancel);
    o.skip?.removeEventListener('abort', onSkip);
    for (const s of sockets) s.destroy();
  }
}
