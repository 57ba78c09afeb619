/**
 * Fuzz target: a whole SMTP session (runSmtpSession in electron/engine/smtp.ts) over real
 * loopback sockets, against test/support/scripted-server.ts answering with generated replies:
 * SMTP-like lines (EHLO lists with STARTTLS and AUTH, 334 challenges, odd codes), garbage bytes,
 * replies cut into pieces, delays past the deadlines, echoes of what the client sent, closes and
 * resets at any point, STARTTLS and implicit TLS with a good or a wrongly named certificate, and
 * the odd cancel. Many sessions run at once; per-session deadlines are short.
 *
 * Per session it counts: a rejection (crash); ending later than the overall deadline plus the
 * close wait plus a margin (hang); a socket left open, or a timer or handle the session created
 * still alive a second after it ended (leak); and as wrong: credentials sent without verified TLS,
 * a credential in the result (transcript, details), an unknown failure code, a transcript over its cap.
 */
import { SMTP_FAILURES } from '../../../shared/report-schema-values.js';
import fc from 'fast-check';
import type net from 'node:net';
import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { runSmtpSession, type SmtpSessionResult } from '../../../electron/engine/smtp.js';
import { connectClient, waitUntil } from '../../support/scripted-server.js';
import { createTestCa } from '../../support/test-ca.js';
import type { AsyncTarget, CheckResult } from '../harness.js';
import { LagMeter } from '../lag-meter.js';
import { ResourceTracker } from './resource-tracker.js';
import type { FromServer, ServerStart, ToServer } from './session-server.js';

/** The per-session deadlines: short, so that 100,000 sessions take minutes, not hours. */
export const FUZZ_DEADLINES = { greeting: 200, reply: 200, tlsHandshake: 600, overall: 1500 };
// What may come after the overall deadline: the channel's close wait (250 ms) plus 500 ms; on top
// of that, the time the event loop was measured to run late while the session ran.
const HANG_MARGIN_MS = 750;
const HOST = 'mail.example.test';
const SERVERS = 4;
const FAILURES: ReadonlySet<string> = new Set(SMTP_FAILURES);

/** What the server does with one turn: what it sends, how, and what then. */
export interface Step {
  lines: string[];
  /** Sent raw as latin1 instead (garbage). */
  raw: string | null;
  /** Add a reply echoing everything the client sent so far. */
  echo: boolean;
  pieces: number;
  delayMs: number;
  then: 'go' | 'close' | 'reset' | 'tls';
}

/** One generated session. */
export interface SessionInput {
  mode: 'plain' | 'starttls' | 'implicit';
  /** The server starts with TLS (implicit) whatever the client expects. */
  serverTls: boolean;
  cert: 'good' | 'wrong_name';
  auth: boolean;
  greeting: Step;
  steps: Step[];
  after: 'close' | 'silent' | 'reset';
  abortAfterMs: number | null;
  /** The server answers EHLO and STARTTLS itself, properly, so that sessions get as far as AUTH. */
  cooperative: boolean;
}

const b64 = (s: string): string => Buffer.from(s).toString('base64');
const code = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.constantFrom(
      220,
      221,
      235,
      250,
      250,
      250,
      334,
      421,
      454,
      500,
      502,
      530,
      535,
      554,
    ),
  },
  { weight: 1, arbitrary: fc.integer({ min: 100, max: 699 }) },
);
const keyword = fc.constantFrom(
  'STARTTLS',
  'AUTH PLAIN LOGIN',
  'AUTH=LOGIN',
  'AUTH CRAM-MD5',
  'AUTH PLAIN',
  'AUTH XOAUTH2',
  'AUTH',
  '8BITMIME',
  'SIZE 35882577',
  'PIPELINING',
  'SMTPUTF8',
  'starttls',
  'AUTH login plain',
);
const text = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.constantFrom(
      'mail.example.test ESMTP',
      'ok',
      'go ahead',
      'bye',
      b64('Username:'),
      b64('Password:'),
      b64('<1896.697170952@mail.example.test>'),
      '',
    ),
  },
  { weight: 2, arbitrary: keyword },
  { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
);
// A reply: one line, or a multi-line one with the same code (or, now and then, mixed codes and separators).
const reply = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(code, text).map(([c, t]) => [`${c} ${t}`]) },
  {
    weight: 3,
    arbitrary: fc
      .tuple(code, fc.array(text, { minLength: 1, maxLength: 6 }))
      .map(([c, ts]) => ts.map((t, i) => `${c}${i === ts.length - 1 ? ' ' : '-'}${t}`)),
  },
  {
    weight: 1,
    arbitrary: fc
      .array(fc.tuple(code, fc.constantFrom(' ', '-', '', '\t'), text), {
        minLength: 1,
        maxLength: 4,
      })
      .map((ls) => ls.map(([c, s, t]) => `${c}${s}${t}`)),
  },
);
const step: fc.Arbitrary<Step> = fc.record({
  lines: reply,
  // Garbage in one turn of twelve.
  raw: fc.oneof(
    { weight: 11, arbitrary: fc.constant(null) },
    fc.oneof(
      fc.string({ unit: 'binary', maxLength: 80 }),
      fc.constantFrom(
        '220 ok\n',
        '250 ok\r\n250 extra\r\n',
        '220 ready\r\n\u0016\u0003\u0001',
        '250-x\r\n251 y\r\n',
        'L'.repeat(600),
      ),
    ),
  ),
  echo: fc.integer({ min: 0, max: 9 }).map((n) => n < 2),
  pieces: fc.oneof(
    { weight: 5, arbitrary: fc.constant(1) },
    { weight: 1, arbitrary: fc.integer({ min: 2, max: 6 }) },
  ),
  delayMs: fc.oneof(
    { weight: 12, arbitrary: fc.constant(0) },
    { weight: 3, arbitrary: fc.integer({ min: 1, max: 60 }) },
    { weight: 1, arbitrary: fc.integer({ min: 150, max: 1800 }) },
  ),
  then: fc.oneof(
    { weight: 12, arbitrary: fc.constant('go' as const) },
    { weight: 1, arbitrary: fc.constantFrom('close' as const, 'reset' as const) },
    { weight: 2, arbitrary: fc.constant('tls' as const) },
  ),
});
// The first turns get answers shaped for the usual order (greeting, EHLO, STARTTLS, EHLO, AUTH ...).
const greeting = fc
  .tuple(step, fc.integer({ min: 0, max: 9 }))
  .map(([s, n]) =>
    n < 8 ? { ...s, lines: ['220 mail.example.test ESMTP'], then: 'go' as const } : s,
  );
const ehloOffer = fc.array(keyword, { minLength: 0, maxLength: 4 }).chain((ks) =>
  step.map((s) => ({
    ...s,
    lines: ['250-mail.example.test', ...ks.map((k) => `250-${k}`), '250 HELP'],
  })),
);

/** Every generated session. */
export const sessionInput: fc.Arbitrary<SessionInput> = fc
  .record({
    mode: fc.constantFrom(
      'plain' as const,
      'starttls' as const,
      'starttls' as const,
      'implicit' as const,
    ),
    serverTls: fc.boolean(),
    cert: fc.constantFrom('good' as const, 'good' as const, 'good' as const, 'wrong_name' as const),
    auth: fc.boolean(),
    greeting,
    steps: fc
      .tuple(fc.oneof(ehloOffer, step), fc.array(fc.oneof(step, ehloOffer), { maxLength: 7 }))
      .map(([a, rest]) => [a, ...rest]),
    after: fc.constantFrom('close' as const, 'silent' as const, 'reset' as const),
    // A cancel in one session of fifteen.
    abortAfterMs: fc.oneof(
      { weight: 14, arbitrary: fc.constant(null) },
      fc.integer({ min: 0, max: 400 }),
    ),
    cooperative: fc.boolean(),
    dice: fc.integer({ min: 0, max: 9 }),
  })
  // Implicit TLS on the client usually meets a TLS server, and STARTTLS a plain one.
  .map(({ dice, ...s }) => ({
    ...s,
    serverTls: s.mode === 'implicit' ? s.serverTls || dice < 8 : s.serverTls && dice < 1,
  }));

/** Shared by all sessions of a run. */
export interface SessionCtx {
  server: ChildProcess;
  ports: number[];
  caPem: string;
  tracker: ResourceTracker;
  lag: LagMeter;
  /** Connection key (server port:client port) -> who waits for the server to see it close. */
  closing: Map<string, (violations: string[]) => void>;
  /** 'closed' messages that came before anyone waited for them. */
  closedEarly: Map<string, string[]>;
  outcomes: Map<string, number>;
  maxElapsed: number;
  maxLost: number;
}

function serverClosed(ctx: SessionCtx, key: string, ms: number): Promise<string[] | null> {
  const early = ctx.closedEarly.get(key);
  if (early) {
    ctx.closedEarly.delete(key);
    return Promise.resolve(early);
  }
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      ctx.closing.delete(key);
      resolve(null);
    }, ms);
    ctx.closing.set(key, (v) => {
      clearTimeout(timer);
      resolve(v);
    });
  });
}

function secretsIn(result: SmtpSessionResult, user: string, pass: string): string[] {
  const all = JSON.stringify(result);
  const forms = [pass, b64(pass), b64(`\u0000${user}\u0000${pass}`), b64(user)];
  return forms.filter((f) => all.includes(f));
}

// Connects and runs the session with everything it creates tagged for the leak count.
async function session(
  ctx: SessionCtx,
  input: SessionInput,
  index: number,
  signal: AbortSignal,
): Promise<{
  result: SmtpSessionResult;
  socket: net.Socket;
  key: string;
  user: string;
  pass: string;
}> {
  const serverPort = ctx.ports[index % ctx.ports.length] as number;
  const user = `fz${index}@example.test`;
  const pass = `Pw7~${index.toString(36)}-${b64(String(index * 7919)).slice(0, 8)}`;
  return ctx.tracker.run(index, async () => {
    const socket = await connectClient(serverPort);
    const key = `${serverPort}:${socket.localPort ?? -1}`;
    ctx.server.send({ type: 'script', key, input } satisfies ToServer);
    const result = await runSmtpSession(socket, {
      host: HOST,
      mode: input.mode,
      ehloName: 'fuzz.example.test',
      deadlines: FUZZ_DEADLINES,
      startedAt: performance.now(),
      signal,
      ca: ctx.caPem,
      ...(input.auth ? { auth: { username: user, password: pass } } : {}),
    });
    return { result, socket, key, user, pass };
  });
}

async function oneSession(
  ctx: SessionCtx,
  input: SessionInput,
  index: number,
): Promise<CheckResult> {
  const found: CheckResult = [];
  const controller = new AbortController();
  const abortTimer =
    input.abortAfterMs === null ? null : setTimeout(() => controller.abort(), input.abortAfterMs);
  const t0 = performance.now();
  const { result, socket, key, user, pass } = await session(ctx, input, index, controller.signal);
  const elapsed = performance.now() - t0;
  if (abortTimer) clearTimeout(abortTimer);
  ctx.maxElapsed = Math.max(ctx.maxElapsed, elapsed);
  const failure = result.details.failure ?? 'ok';
  ctx.outcomes.set(failure, (ctx.outcomes.get(failure) ?? 0) + 1);

  const lost = ctx.lag.lostSince(t0);
  ctx.maxLost = Math.max(ctx.maxLost, lost);
  if (elapsed > FUZZ_DEADLINES.overall + HANG_MARGIN_MS + lost)
    found.push({
      kind: 'hang',
      message: `session took ${Math.round(elapsed)} ms (${failure}; loop ran ${Math.round(lost)} ms late meanwhile)`,
    });
  if (!socket.destroyed) found.push({ kind: 'leak', message: 'client socket not destroyed' });
  const violations = await serverClosed(ctx, key, 2000);
  if (violations === null)
    found.push({ kind: 'leak', message: 'the server never saw the connection close' });
  if (!(await waitUntil(() => ctx.tracker.held(index).length === 0, 1000))) {
    found.push({ kind: 'leak', message: `left alive: ${ctx.tracker.held(index).join(', ')}` });
    ctx.tracker.forget(index);
  }
  if (result.details.failure !== null && !FAILURES.has(result.details.failure))
    found.push({ kind: 'wrong', message: `unknown failure ${result.details.failure}` });
  if (result.details.transcript.length > 200)
    found.push({ kind: 'wrong', message: 'transcript over 200 lines' });
  for (const v of violations ?? []) found.push({ kind: 'wrong', message: v });
  const leaked = secretsIn(result, user, pass);
  if (leaked.length > 0)
    found.push({ kind: 'wrong', message: `credential in the result: ${leaked.length} form(s)` });
  return found;
}

function startServer(data: ServerStart): Promise<{ server: ChildProcess; ports: number[] }> {
  const entry = new URL('./session-server.ts', import.meta.url);
  const server = fork(entry, [], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  server.send({ type: 'start', data } satisfies ToServer);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.once('exit', (code) => reject(new Error(`the fuzz SMTP server exited with ${code}`)));
    server.once('message', (m: FromServer) => {
      server.removeAllListeners('exit');
      if (m.type === 'ready') resolve({ server, ports: m.ports });
      else reject(new Error(`the fuzz SMTP server said ${m.type} first`));
    });
  });
}

/** The SMTP session target. */
export const smtpSessionTarget: AsyncTarget<SessionInput, SessionCtx> = {
  name: 'smtp-session',
  arbitrary: sessionInput,
  concurrency: 100,
  hardLimitMs: FUZZ_DEADLINES.overall + 10_000,
  async setup() {
    const ca = createTestCa('SendCheck Fuzz CA');
    const certs = {
      good: ca.issue({ cn: HOST }),
      wrong_name: ca.issue({ cn: 'other.example.test' }),
    };
    const { server, ports } = await startServer({ servers: SERVERS, certs });
    const ctx: SessionCtx = {
      server,
      ports,
      caPem: ca.caCertPem,
      tracker: new ResourceTracker(),
      lag: new LagMeter(),
      closing: new Map(),
      closedEarly: new Map(),
      outcomes: new Map(),
      maxElapsed: 0,
      maxLost: 0,
    };
    server.on('message', (m: FromServer) => {
      if (m.type !== 'closed') return;
      const waiter = ctx.closing.get(m.key);
      if (waiter) {
        ctx.closing.delete(m.key);
        waiter(m.violations);
      } else ctx.closedEarly.set(m.key, m.violations);
    });
    ctx.lag.start();
    ctx.tracker.enable();
    return ctx;
  },
  check: oneSession,
  async teardown(ctx) {
    ctx.tracker.disable();
    ctx.lag.stop();
    const stopped = new Promise<void>((resolve) =>
      ctx.server.on('message', (m: FromServer) => m.type === 'stopped' && resolve()),
    );
    ctx.server.send({ type: 'stop' } satisfies ToServer);
    await stopped;
    if (ctx.server.exitCode === null) await once(ctx.server, 'exit');
  },
  notes(ctx) {
    const outcomes = [...ctx.outcomes.entries()]
      .sort((a, b) => b[1] - a[1])
      .map(([k, n]) => `${k} ${n}`);
    return [
      `slowest session ${Math.round(ctx.maxElapsed)} ms (overall deadline ${FUZZ_DEADLINES.overall} ms); ` +
        `the event loop ran up to ${Math.round(ctx.maxLost)} ms late during one session`,
      `outcomes: ${outcomes.join(', ')}`,
    ];
  },
};
