/** One TCP connect to one address, with our own deadline: Node gives sockets no connect timeout. */
import net from 'node:net';
import { performance } from 'node:perf_hooks';
import type { TcpOutcome } from '../../shared/probe.js';
import type { DeadlineSource } from './deadline.js';

/** What to connect to and how long to wait. */
export interface TcpConnectOptions {
  ip: string;
  port: number;
  deadline: DeadlineSource;
  signal?: AbortSignal;
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

/** Maps a connect error to the spec's outcome (diagnosis.md, "Probe outcomes"). */
export function classifyConnectError(
  code: string | undefined,
  ms: number,
): TcpConnectResult['outcome'] {
  switch (code) {
    case 'ECONNREFUSED':
      return 'refused';
    case 'EHOSTUNREACH':
    case 'EACCES':
    case 'EPERM':
      return 'prohibited';
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
    case 'aborted':
      return `cancelled after ${t}`;
  }
}

/** Connects once to ip:port with autoSelectFamily off, so each address is judged on its own. Never rejects. */
export function connectTcp(opts: TcpConnectOptions): Promise<TcpConnectResult> {
  const startedAt = performance.now();
  return new Promise((resolve) => {
    if (opts.signal?.aborted) {
      resolve({
        outcome: 'aborted',
        ms: 0,
        code: null,
        detail: describe('aborted', 0, null),
        socket: null,
        startedAt,
      });
      return;
    }
    const socket = net.connect({
      host: opts.ip,
      port: opts.port,
      family: net.isIPv6(opts.ip) ? 6 : 4,
      autoSelectFamily: false,
    });
    let timer: NodeJS.Timeout | undefined;
    let settled = false;

    const finish = (
      outcome: TcpConnectResult['outcome'],
      code: string | null,
      keep: boolean,
    ): void => {
      if (settled) return;
      settled = true;
      if (timer) clearTimeout(timer);
      unsubscribe();
      opts.signal?.removeEventListener('abort', onAbort);
      socket.removeListener('connect', onConnect);
      socket.removeListener('error', onError);
      if (keep) socket.on('error', ignoreLateError);
      else socket.destroy();
      const ms = performance.now() - startedAt;
      resolve({
        outcome,
        ms,
        code,
        detail: describe(outcome, ms, code),
        socket: keep ? socket : null,
        startedAt,
      });
    };
    const onConnect = (): void => finish('open', null, true);
    const onError = (err: NodeJS.ErrnoException): void => {
      const ms = performance.now() - startedAt;
      finish(classifyConnectError(err.code, ms), err.code ?? null, false);
    };
    const onAbort = (): void => finish('aborted', null, false);
    const arm = (): void => {
      if (settled) return;
      if (timer) clearTimeout(timer);
      const wait = Math.max(0, opts.deadline.deadlineFor(startedAt) - performance.now());
      timer = setTimeout(() => finish('filtered', null, false), wait);
    };
    const unsubscribe = opts.deadline.subscribe(arm);

    socket.once('connect', onConnect);
    socket.once('error', onError);
    opts.signal?.addEventListener('abort', onAbort, { once: true });
    arm();
  });
}
