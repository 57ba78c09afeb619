/**
 * The web controls' two ways of proving what answered, as the operating systems' own connectivity
 * checks do (docs/diagnosis.md, "What each probe proves"): a TLS handshake verified for the very
 * name asked, and a plain-HTTP fetch of an address whose answer is known. A TCP connect alone
 * proves only that something took the connection.
 */
import type net from 'node:net';
import tls from 'node:tls';
import type { CertSummary } from '../../shared/probe.js';
import { sanitizeServerText } from './smtp-reply.js';
import { probeTlsOptions, summarizeCertificate } from './tls.js';

/** The answer a connectivity-check address always gives: its status and, where it has one, its text. */
export interface KnownAnswer {
  status: number;
  /** Compared after trimming white space (whether a newline follows is not documented anywhere). */
  body?: string;
}

/** One plain-HTTP control: http://host/path and the answer it must give. */
export interface WebCheck {
  host: string;
  path: string;
  answer: KnownAnswer;
}

/** Apple's success page: no Apple document names it; the text many public emulators agree on. */
export const APPLE_SUCCESS_PAGE =
  '<HTML><HEAD><TITLE>Success</TITLE></HEAD><BODY>Success</BODY></HTML>';

/**
 * The known answers, by path. generate_204: Android's NetworkStack (res/values/config.xml) and
 * Chromium's captive_portal_detector.cc; hotspot-detect.html: macOS and iOS (de-facto, see above);
 * connecttest.txt: Windows NCSI ("Microsoft Connect Test", Microsoft's NCSI FAQ on
 * learn.microsoft.com).
 */
export const KNOWN_ANSWERS: Readonly<Record<string, KnownAnswer>> = {
  '/generate_204': { status: 204 },
  '/hotspot-detect.html': { status: 200, body: APPLE_SUCCESS_PAGE },
  '/connecttest.txt': { status: 200, body: 'Microsoft Connect Test' },
};

/** An http:// URL on the default port whose path has a known answer, as a check; null otherwise. */
export function webCheckFromUrl(url: string): WebCheck | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' || u.port !== '' || u.search !== '' || u.username !== '') return null;
  const answer = KNOWN_ANSWERS[u.pathname];
  return answer ? { host: u.hostname, path: u.pathname, answer } : null;
}

/** One HTTP answer, reduced to what the controls judge. */
export interface HttpAnswer {
  /** null: bytes came back, but not an HTTP answer. */
  status: number | null;
  location: string | null;
  date: string | null;
  body: Buffer;
}

/**
 * Is this exactly the known answer? A redirect, another status or another text is not. Like
 * Chromium, a 200 with at most one byte counts for a 204 address (a proxy may rewrite the status).
 */
export function isKnownAnswer(expected: KnownAnswer, a: HttpAnswer): boolean {
  if (expected.body === undefined) {
    if (a.status === expected.status) return true;
    return expected.status === 204 && a.status === 200 && a.body.length <= 1;
  }
  return a.status === expected.status && a.body.toString('utf8').trim() === expected.body;
}

/** At most this much of an answer is read: every known answer is far smaller. */
export const MAX_ANSWER_BYTES = 16 * 1024;

function headerValue(head: string[], name: string, max: number): string | null {
  const prefix = `${name.toLowerCase()}:`;
  const line = head.find((l) => l.toLowerCase().startsWith(prefix));
  return line === undefined
    ? null
    : sanitizeServerText(line.slice(prefix.length).trim()).slice(0, max);
}

function dechunk(body: Buffer): Buffer {
  const out: Buffer[] = [];
  let at = 0;
  while (at < body.length) {
    const eol = body.indexOf('\r\n', at);
    if (eol < 0) break;
    const size = Number.parseInt(body.toString('latin1', at, eol).split(';')[0] ?? '', 16);
    if (!Number.isFinite(size) || size <= 0) break;
    out.push(body.subarray(eol + 2, eol + 2 + size));
    at = eol + 2 + size + 2;
  }
  return Buffer.concat(out);
}

/** Parses what came back: the status line, the headers that matter, and the body. */
export function parseHttpAnswer(raw: Buffer): HttpAnswer {
  const end = raw.indexOf('\r\n\r\n');
  const headText = raw.toString('latin1', 0, end < 0 ? raw.length : end);
  const head = headText.split(/\r?\n/);
  const m = /^HTTP\/1\.[01] (\d{3})(?: |$)/.exec(head[0] ?? '');
  if (!m) return { status: null, location: null, date: null, body: raw };
  let body = end < 0 ? Buffer.alloc(0) : raw.subarray(end + 4);
  if (/^chunked$/i.test(headerValue(head, 'transfer-encoding', 50) ?? '')) body = dechunk(body);
  const length = Number(headerValue(head, 'content-length', 20) ?? NaN);
  if (Number.isInteger(length) && length >= 0) body = body.subarray(0, length);
  return {
    status: Number(m[1]),
    location: headerValue(head, 'location', 300),
    date: headerValue(head, 'date', 100),
    body,
  };
}

/** True once `raw` holds a whole answer: a head without a body, or all of its Content-Length. */
function complete(raw: Buffer): boolean {
  const end = raw.indexOf('\r\n\r\n');
  if (end < 0) return false;
  const a = parseHttpAnswer(raw);
  if (a.status === null) return true;
  if (a.status === 204 || a.status === 304 || (a.status >= 100 && a.status < 200)) return true;
  const length = /\r\ncontent-length:\s*(\d+)/i.exec(raw.toString('latin1', 0, end));
  return length !== null && raw.length - end - 4 >= Number(length[1]);
}

/** How waiting for an answer ended when no answer came. */
export type NoAnswer = { failure: 'timeout' | 'closed' | 'error'; detail: string };

/**
 * Sends `request` on an open socket and reads one HTTP answer (until it is complete, the peer
 * closes, or MAX_ANSWER_BYTES), within `ms`. With `headOnly`, the head is enough (a proxy's answer
 * to CONNECT, after which the tunnel's bytes are not ours to read). Never rejects.
 */
export function exchangeHttp(
  socket: net.Socket,
  request: string,
  ms: number,
  signal: AbortSignal,
  headOnly = false,
): Promise<HttpAnswer | NoAnswer> {
  return new Promise((resolve) => {
    let raw = Buffer.alloc(0);
    const finish = (r: HttpAnswer | NoAnswer): void => {
      clearTimeout(timer);
      socket.off('data', onData);
      socket.off('end', onEnd);
      socket.off('error', onError);
      socket.on('error', () => undefined);
      signal.removeEventListener('abort', onAbort);
      resolve(r);
    };
    const answered = (): void => finish(parseHttpAnswer(raw));
    const onData = (chunk: Buffer): void => {
      raw = Buffer.concat([raw, chunk]).subarray(0, MAX_ANSWER_BYTES);
      const headDone = raw.includes('\r\n\r\n');
      if ((headOnly && headDone) || complete(raw) || raw.length >= MAX_ANSWER_BYTES) answered();
    };
    const onEnd = (): void => {
      if (raw.length > 0) answered();
      else finish({ failure: 'closed', detail: 'the connection was closed without an answer' });
    };
    const onError = (e: Error): void =>
      raw.length > 0 ? answered() : finish({ failure: 'error', detail: e.message });
    const onAbort = (): void => finish({ failure: 'timeout', detail: 'cancelled' });
    const timer = setTimeout(
      () => finish({ failure: 'timeout', detail: `no answer within ${ms} ms` }),
      ms,
    );
    socket.on('data', onData);
    socket.once('end', onEnd);
    socket.once('error', onError);
    signal.addEventListener('abort', onAbort, { once: true });
    socket.write(request);
  });
}

/** The request of a plain-HTTP control: no cache, no cookies, no keep-alive. */
export function checkRequest(check: WebCheck): string {
  return [
    `GET ${check.path} HTTP/1.1`,
    `Host: ${check.host}`,
    'User-Agent: SendCheck',
    'Accept: */*',
    'Cache-Control: no-cache',
    'Connection: close',
    '',
    '',
  ].join('\r\n');
}

/**
 * A TLS handshake for `host` on an open socket (a direct connect or a proxy's tunnel), within `ms`:
 * the certificate it showed, or why none came. Never rejects; the caller destroys the socket.
 */
export function handshake(
  socket: net.Socket,
  host: string,
  ms: number,
  signal: AbortSignal,
  ca?: string,
): Promise<{ cert: CertSummary; socket: tls.TLSSocket } | NoAnswer> {
  return new Promise((resolve) => {
    const secure = tls.connect({ socket, ...probeTlsOptions(host, ca) });
    // A peer that hangs up after the handshake must not crash us once our own listener is gone.
    secure.on('error', () => undefined);
    let done = false;
    const finish = (r: { cert: CertSummary; socket: tls.TLSSocket } | NoAnswer): void => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
      if ('failure' in r) secure.destroy();
      resolve(r);
    };
    const onAbort = (): void => finish({ failure: 'timeout', detail: 'cancelled' });
    const timer = setTimeout(
      () => finish({ failure: 'timeout', detail: `no TLS handshake within ${ms} ms` }),
      ms,
    );
    signal.addEventListener('abort', onAbort, { once: true });
    secure.once('secureConnect', () =>
      finish({ cert: summarizeCertificate(secure, host), socket: secure }),
    );
    secure.once('error', (e: Error) => finish({ failure: 'error', detail: e.message }));
    secure.once('close', () =>
      finish({ failure: 'closed', detail: 'closed during the TLS handshake' }),
    );
  });
}

/** The request that asks a proxy for a tunnel to host:port (RFC 9110, CONNECT): no credentials, ever. */
export function connectRequest(host: string, port: number): string {
  const target = `${host.includes(':') ? `[${host}]` : host}:${port}`;
  return `CONNECT ${target} HTTP/1.1\r\nHost: ${target}\r\nUser-Agent: SendCheck\r\n\r\n`;
}
