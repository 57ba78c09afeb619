/** One TCP connect to one address, with our own deadline: Node gives sockets no connect timeout. */
import net from 'node:net';
import { performance } from 'node:perf_hooks';
import type { TcpOutcome } from '../../shared/probe.js';
import type { DeadlineSource } from './deadline.js';
import { checkRoute } from './route.js';

/** What to connect to and how long to wait. */
export interface TcpConnectOptions {
  ip: string;
  port: number;
  deadline: DeadlineSource;
  signal?: AbortSignal;
  /**
   * Connects started together (each its own SYN from its own source port); the first to complete
   * wins and the others are destroyed, so one lost SYN or SYN-ACK costs no retransmission. Default 1.
   */
  attempts?: number;
}

/** The outcome of a connect; `socket` is the open socket when outcome is 'open' (the caller owns it). */
export interface TcpConnectResult {
  outcome: Exclude<TcpOutcome, 'intercepted' | 'error' | 'skipped'> | 'aborted';
  ms: number;
  code: string | null;
  detail: string;
  socket: net.Socket | null;
  startedAt: number;
}

// The caller takes over an open socket; until it attaches its own handler an error must not crash us.
function ignoreLateError(): void {}

/** An error answered this fast came from this machine itself, not from the network. */
const LOCAL_ERROR_MS = 30;

/**
 * Maps a connect error to the spec's outcome (docs/diagnosis.md, "What a probe can find").
 * `inConnect`: whether connect() itself failed (the OS refused before anything was sent), false
 * when the error came back later from the network, undefined when unknown.
 */
export function classifyConnectError(
  code: string | undefined,
  ms: number,
  inConnect?: boolean,
): TcpConnectResult['outcome'] {
  switch (code) {
    case 'ECONNREFUSED':
      return 'refused';
    case 'EHOSTUNREACH':
      return 'prohibited';
    case 'EACCES':
    case 'EPERM':
      // The OS itself refused the connect (a firewall rule or security software on this PC), unless
      // it came back from the network: Linux reports an ICMPv6 "administratively prohibited" as
      // EACCES too.
      return inConnect === false ? 'prohibited' : 'local_refused';
    case 'ENETUNREACH':
      // Linux answers ENETUNREACH at once when it has no route; later it means an ICMP came back.
      return ms < LOCAL_ERROR_MS ? 'no_route' : 'prohibited';
    case 'EADDRNOTAVAIL':
    case 'ENETDOWN':
    case 'EAFNOSUPPORT':
      return 'no_route';
    case 'ETIMEDOUT':
      return 'filtered';
    default:
      return 'refused';
  }
}

function describe(outcome: TcpConnectResult['outcome'], ms: number, code: string | null): string {
  const t = `${Math.round(ms)} ms`;
  switch (outcome) {
    case 'open':
      return `connected in ${t}`;
    case 'refused':
      return `connection refused (TCP reset) after ${t}${code && code !== 'ECONNREFUSED' ? ` [${code}]` : ''}`;
    case 'prohibited':
      return `rejected by the network (ICMP unreachable / prohibited, ${code}) after ${t}`;
    case 'filtered':
      return `no answer within ${t} (silently dropped)`;
    case 'no_route':
      return `this computer has no route to the address (${code})`;
    case 'local_refused':
      return `this computer itself refused the connect (${code}): a local firewall or security software`;
    case 'aborted':
      return `cancelled after ${t}`;
  }
}

/** Sockets whose connect() failed at once, inside the call (Node then destroys them at once). */
const refusedInConnect = new WeakMap<net.Socket, boolean>();

function openSocket(ip: string, port: number): net.Socket {
  const socket = net.connect({
    host: ip,
    port,
    family: net.isIPv6(ip) ? 6 : 4,
    autoSelectFamily: false,
  });
  // Node emits connectionAttempt just before connect(); a failure inside the call destroys the
  // socket in the same tick, while an answer from the network (an ICMP error) can only come later.
  socket.once('connectionAttempt', () =>
    process.nextTick(() => refusedInConnect.set(socket, socket.destroyed)),
  );
  return socket;
}

/**
 * Connects to ip:port with autoSelectFamily off, so each address is judged on its own; with
 * `attempts` > 1 several connects race and the first event (connect or error) decides. Never rejects.
 */
export function connectTcp(opts: TcpConnectOptions): Promise<TcpConnectResult> {
  const startedAt = performance.now();
  return new Promise((resolve) => {
    if (opts.signal?.aborted) {
      const detail = describe('aborted', 0, null);
      resolve({ outcome: 'aborted', ms: 0, code: null, detail, socket: null, startedAt });
      return;
    }
    const count = Math.max(1, Math.floor(opts.attempts ?? 1));
    const sockets = Array.from({ length: count }, () => openSocket(opts.ip, opts.port));
    const onConnect = sockets.map((s) => () => finish('open', null, s));
    const onErrors = sockets.map((s) => (err: NodeJS.ErrnoException) => onError(err, s));
    let timer: NodeJS.Timeout | undefined;
    let settled = false;

    const finish = (
      outcome: TcpConnectResult['outcome'],
      code: string | null,
      winner: net.Socket | null,
    ): void => {
      if (settled) return;
      settled = true;
      if (timer) clearTimeout(timer);
      unsubscribe();
      opts.signal?.removeEventListener('abort', onAbort);
      sockets.forEach((s, i) => {
        s.removeListener('connect', onConnect[i] ?? ignoreLateError);
        s.removeListener('error', onErrors[i] ?? ignoreLateError);
        // A loser may still fail later (a reset answering our close): that must not crash us.
        s.on('error', ignoreLateError);
        if (s !== winner) s.destroy();
      });
      const ms = performance.now() - startedAt;
      const detail = describe(outcome, ms, code);
      resolve({ outcome, ms, code, detail, socket: winner, startedAt });
    };
    const onError = (err: NodeJS.ErrnoException, socket: net.Socket): void => {
      const ms = performance.now() - startedAt;
      const outcome = classifyConnectError(err.code, ms, refusedInConnect.get(socket));
      if (outcome !== 'prohibited' || err.code !== 'ENETUNREACH') {
        finish(outcome, err.code ?? null, null);
        return;
      }
      // A late ENETUNREACH is an ICMP answer, or a busy event loop that was slow to report the
      // kernel's own "no route": ask the kernel which.
      void checkRoute(opts.ip).then((r) =>
        finish(r.hasRoute ? outcome : 'no_route', 'ENETUNREACH', null),
      );
    };
    const onAbort = (): void => finish('aborted', null, null);
    const arm = (): void => {
      if (settled) return;
      if (timer) clearTimeout(timer);
      const wait = Math.max(0, opts.deadline.deadlineFor(startedAt) - performance.now());
      timer = setTimeout(() => finish('filtered', null, null), wait);
    };
    const unsubscribe = opts.deadline.subscribe(arm);

    sockets.forEach((s, i) => {
      s.once('connect', onConnect[i] ?? ignoreLateError);
      s.once('error', onErrors[i] ?? ignoreLateError);
    });
    opts.signal?.addEventListener('abort', onAbort, { once: true });
    arm();
  });
}
