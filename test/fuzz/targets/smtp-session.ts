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
import fc from 'fast-check';
import type net from 'node:net';
import { TLSSocket } from 'node:tls';
import { runSmtpSession, type SmtpSessionResult } from '../../../electron/engine/smtp.js';
import {
  connectClient,
  startScriptedServer,
  waitUntil,
  type ScriptedServer,
  type ServerConn,
} from '../../support/scripted-server.js';
import { createTestCa, type IssuedCert } from '../../support/test-ca.js';
import type { AsyncTarget, CheckResult } from '../harness.js';
import { LagMeter } from '../lag-meter.js';
import { ResourceTracker } from './resource-tracker.js';

/** The per-session deadlines: short, so that 100,000 sessions take minutes, not hours. */
export const FUZZ_DEADLINES = { greeting: 200, reply: 200, tlsHandshake: 600, overall: 1500 };
// What may come after the overall deadline: the channel's close wait (250 ms) plus 500 ms; on top
// of that, the time the event loop was measured to run late while the session ran.
const HANG_MARGIN_MS = 750;
const HOST = 'mail.example.test';
const SERVERS = 4;
const FAILURES = new Set([
  'greeting_timeout',
  'greeting_rejected',
  'reply_timeout',
  'line_too_long',
  'reply_too_large',
  'protocol_error',
  'ehlo_rejected',
  'starttls_rejected',
  'starttls_not_offered',
  'tls_handshake_timeout',
  'tls_handshake_failed',
  'connection_reset',
  'connection_closed',
  'aborted',
  'overall_timeout',
]);

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

interface Registered {
  input: SessionInput;
  violations: string[];
}

/** Shared by all sessions of a run. */
export interface SessionCtx {
  servers: ScriptedServer[];
  certs: Record<SessionInput['cert'], IssuedCert>;
  caPem: string;
  tracker: ResourceTracker;
  /** Client local port -> its session, for the server side to find its script. */
  waiting: Map<number, (r: Registered) => void>;
  pending: Map<number, Registered>;
  outcomes: Map<string, number>;
  maxElapsed: number;
  lag: LagMeter;
  maxLost: number;
}

function wire(s: Step, received: string[]): Buffer {
  let out =
    s.raw !== null
      ? Buffer.from(s.raw, 'latin1')
      : Buffer.from(s.lines.map((l) => `${l}\r\n`).join(''), 'utf8');
  if (s.echo)
    out = Buffer.concat([
      out,
      Buffer.from(`500 you said: ${received.join(' | ').slice(0, 400)}\r\n`, 'utf8'),
    ]);
  return out;
}

function sendInPieces(c: ServerConn, bytes: Buffer, pieces: number): Promise<void> {
  const size = Math.max(1, Math.ceil(bytes.length / pieces));
  return new Promise((resolve) => {
    let at = 0;
    const next = (): void => {
      c.send(bytes.subarray(at, at + size));
      at += size;
      if (at < bytes.length) c.after(2, next);
      else resolve();
    };
    next();
    void c.closed.then(resolve);
  });
}

// Plays one turn; false when the connection is over.
async function play(
  ctx: SessionCtx,
  c: ServerConn,
  s: Step,
  reg: Registered,
  received: string[],
): Promise<boolean> {
  if (s.delayMs > 0)
    await new Promise<void>((resolve) => {
      c.after(s.delayMs, resolve);
      void c.closed.then(resolve);
    });
  await sendInPieces(c, wire(s, received), s.pieces);
  if (s.then === 'close') c.socket.end();
  else if (s.then === 'reset') c.reset();
  else if (s.then === 'tls') await upgrade(ctx, c, reg);
  return s.then !== 'close' && s.then !== 'reset';
}

async function upgrade(ctx: SessionCtx, c: ServerConn, reg: Registered): Promise<void> {
  await Promise.race([
    c.startTls(ctx.certs[reg.input.cert]).catch(() => c.raw.destroy()),
    c.closed,
  ]);
}

function secure(c: ServerConn): boolean {
  return c.socket instanceof TLSSocket;
}

// A proper answer to EHLO and STARTTLS, for cooperative servers; null for anything else.
function properAnswer(line: string, isSecure: boolean): { text: string; tls: boolean } | null {
  const verb = line.split(' ')[0]?.toUpperCase();
  if (verb === 'EHLO') {
    const offer = isSecure
      ? '250 AUTH PLAIN LOGIN CRAM-MD5'
      : '250-STARTTLS\r\n250 AUTH PLAIN LOGIN';
    return { text: `250-mail.example.test\r\n${offer}\r\n`, tls: false };
  }
  if (verb === 'STARTTLS' && !isSecure) return { text: '220 2.0.0 ready\r\n', tls: true };
  return null;
}

async function serve(ctx: SessionCtx, c: ServerConn): Promise<void> {
  const port = c.raw.remotePort ?? -1;
  const reg =
    ctx.pending.get(port) ??
    (await new Promise<Registered>((resolve) => ctx.waiting.set(port, resolve)));
  ctx.pending.delete(port);
  const { input } = reg;
  const received: string[] = [];
  if (input.serverTls) await upgrade(ctx, c, reg);
  if (!(await play(ctx, c, input.greeting, reg, received))) return;
  for (let i = 0; ;) {
    const line = await c.readLine();
    if (line === null) return;
    received.push(line);
    if (/^AUTH\b/i.test(line)) {
      if (!secure(c)) reg.violations.push('AUTH sent without TLS');
      else if (input.cert !== 'good')
        reg.violations.push('AUTH sent over a certificate that does not verify');
    }
    const proper = input.cooperative ? properAnswer(line, secure(c)) : null;
    if (proper) {
      c.send(proper.text);
      if (proper.tls) await upgrade(ctx, c, reg);
      continue;
    }
    const s = input.steps[i++];
    if (s === undefined) {
      if (input.after === 'close') c.socket.end();
      else if (input.after === 'reset') c.reset();
      return;
    }
    if (!(await play(ctx, c, s, reg, received))) return;
  }
}

function secretsIn(result: SmtpSessionResult, user: string, pass: string): string[] {
  const all = JSON.stringify(result);
  const forms = [pass, b64(pass), b64(`\u0000${user}\u0000${pass}`), b64(user)];
  return forms.filter((f) => all.includes(f));
}

async function oneSession(
  ctx: SessionCtx,
  input: SessionInput,
  index: number,
): Promise<CheckResult> {
  const found: CheckResult = [];
  const server = ctx.servers[index % ctx.servers.length] as ScriptedServer;
  const reg: Registered = { input, violations: [] };
  const user = `fz${index}@example.test`;
  const pass = `Pw7~${index.toString(36)}-${b64(String(index * 7919)).slice(0, 8)}`;
  const controller = new AbortController();
  const abortTimer =
    input.abortAfterMs === null ? null : setTimeout(() => controller.abort(), input.abortAfterMs);
  let socket: net.Socket | null = null;
  const t0 = performance.now();
  const result = await ctx.tracker.run(index, async () => {
    socket = await connectClient(server.port);
    const port = socket.localPort ?? -1;
    const waiter = ctx.waiting.get(port);
    if (waiter) {
      ctx.waiting.delete(port);
      waiter(reg);
    } else ctx.pending.set(port, reg);
    return runSmtpSession(socket, {
      host: HOST,
      mode: input.mode,
      ehloName: 'fuzz.example.test',
      deadlines: FUZZ_DEADLINES,
      startedAt: performance.now(),
      signal: controller.signal,
      ca: ctx.caPem,
      ...(input.auth ? { auth: { username: user, password: pass } } : {}),
    });
  });
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
  if (!(socket as net.Socket | null)?.destroyed)
    found.push({ kind: 'leak', message: 'client socket not destroyed' });
  const conn = server.conns.find(
    (c) => c.raw.remotePort === (socket as net.Socket | null)?.localPort,
  );
  let closed = conn === undefined;
  void conn?.closed.then(() => (closed = true));
  if (!(await waitUntil(() => closed, 2000)))
    found.push({ kind: 'leak', message: 'the server never saw the connection close' });
  if (conn) server.conns.splice(server.conns.indexOf(conn), 1);
  if (!(await waitUntil(() => ctx.tracker.held(index).length === 0, 1000))) {
    found.push({ kind: 'leak', message: `left alive: ${ctx.tracker.held(index).join(', ')}` });
    ctx.tracker.forget(index);
  }
  if (result.details.failure !== null && !FAILURES.has(result.details.failure))
    found.push({ kind: 'wrong', message: `unknown failure ${result.details.failure}` });
  if (result.details.transcript.length > 200)
    found.push({ kind: 'wrong', message: 'transcript over 200 lines' });
  for (const v of reg.violations) found.push({ kind: 'wrong', message: v });
  const leaked = secretsIn(result, user, pass);
  if (leaked.length > 0)
    found.push({ kind: 'wrong', message: `credential in the result: ${leaked.length} form(s)` });
  return found;
}

/** The SMTP session target. */
export const smtpSessionTarget: AsyncTarget<SessionInput, SessionCtx> = {
  name: 'smtp-session',
  arbitrary: sessionInput,
  concurrency: 200,
  hardLimitMs: FUZZ_DEADLINES.overall + 10_000,
  async setup() {
    const ca = createTestCa('SendCheck Fuzz CA');
    const ctx: SessionCtx = {
      servers: [],
      certs: { good: ca.issue({ cn: HOST }), wrong_name: ca.issue({ cn: 'other.example.test' }) },
      caPem: ca.caCertPem,
      tracker: new ResourceTracker(),
      waiting: new Map(),
      pending: new Map(),
      outcomes: new Map(),
      maxElapsed: 0,
      lag: new LagMeter(),
      maxLost: 0,
    };
    ctx.lag.start();
    for (let i = 0; i < SERVERS; i++)
      ctx.servers.push(await startScriptedServer((c) => serve(ctx, c)));
    ctx.tracker.enable();
    return ctx;
  },
  check: oneSession,
  async teardown(ctx) {
    ctx.tracker.disable();
    ctx.lag.stop();
    await Promise.all(ctx.servers.map((s) => s.close()));
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
