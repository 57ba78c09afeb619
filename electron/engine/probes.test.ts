import { afterEach, describe, expect, it } from 'vitest';
import {
  leftBehind,
  liveResources,
  startScriptedServer,
  waitUntil,
  type ScriptedServer,
} from '../../test/support/scripted-server.js';
import { resolveConfig } from './config.js';
import { fixedDeadline } from './deadline.js';
import { greetingDelayMs, probeSmtp } from './probes.js';
import { ProbeRecorder } from './recorder.js';

// A normal greeting within 150 ms; a submission port may take up to 1500 ms (shrunk for the test).
const cfg = resolveConfig(
  { smtp: { ...resolveConfig({}, {}).smtp, greetingMs: 150, submissionGreetingMs: 1500 } },
  {},
);

let server: ScriptedServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

/** A plain SMTP server that greets after `delayMs` (never when null) and answers EHLO and QUIT. */
async function greeter(delayMs: number | null): Promise<ScriptedServer> {
  return startScriptedServer(async (c) => {
    if (delayMs === null) return;
    c.after(delayMs, () => c.send('220 slow.example ESMTP\r\n'));
    for (let line = await c.readLine(); line !== null; line = await c.readLine()) {
      if (/^EHLO/i.test(line)) c.send('250-slow.example\r\n250 AUTH PLAIN\r\n');
      else if (/^QUIT/i.test(line)) c.send('221 bye\r\n');
    }
  });
}

function probe(port: number) {
  return probeSmtp(new ProbeRecorder(performance.now()), cfg, {
    role: 'submission',
    host: 'slow.example',
    ip: '127.0.0.1',
    port,
    mode: 'plain',
    deadline: fixedDeadline(1000),
    signal: new AbortController().signal,
  });
}

describe('probeSmtp greeting on a submission port', () => {
  it('waits past the normal greeting time and reports a slow greeting, not a failure', async () => {
    server = await greeter(400);
    const r = await probe(server.port);
    expect(r.outcome).toBe('open');
    expect(r.slowGreeting).toBe(true);
    expect(r.greetingMs).toBeGreaterThanOrEqual(380);
    expect(r.detail).toMatch(/slow greeting/);
  });

  it('does not call a prompt greeting slow', async () => {
    server = await greeter(0);
    const r = await probe(server.port);
    expect(r.outcome).toBe('open');
    expect(r.slowGreeting).toBeUndefined();
    expect(r.greetingMs).toBeLessThan(150);
  });

  it('gives up on a server that never greets at the submission greeting deadline, leaving nothing open', async () => {
    const before = liveResources();
    server = await greeter(null);
    const started = performance.now();
    const r = await probe(server.port);
    const took = performance.now() - started;
    expect(r.outcome).toBe('error');
    expect(r.smtp?.failure).toBe('greeting_timeout');
    expect(r.greetingMs).toBeUndefined();
    expect(took).toBeGreaterThanOrEqual(1450);
    expect(took).toBeLessThan(1500 + 500);
    await server.close();
    server = null;
    expect(await waitUntil(() => Object.keys(leftBehind(before)).length === 0)).toBe(true);
  });
});

describe('greetingDelayMs', () => {
  it('measures from the open socket to the first server line', () => {
    const transcript = [
      { t: 12, dir: 'I' as const, text: 'connected' },
      { t: 512, dir: 'S' as const, text: '220 hi' },
    ];
    expect(greetingDelayMs(transcript, 12)).toBe(500);
    expect(greetingDelayMs(transcript.slice(0, 1), 12)).toBeNull();
  });
});
