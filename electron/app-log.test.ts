import { afterAll, describe, expect, it, vi } from 'vitest';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { DiagnosisReport } from '../shared/diagnosis.js';
import { referenceCodeFor } from '../shared/reference-code.js';
import { FakeWebContents, invokeEvent, verifiedReport } from '../test/support/ipc-fakes.js';
import { makeTempDir as newTempDir } from '../test/support/temp-dir.js';
import { AppLog, LOG_FILE } from './app-log.js';
import { createListener } from './ipc/handle.js';
import type { EngineApi } from './ipc/handler-deps.js';
import { createHandlers } from './ipc/handlers.js';
import { RunRegistry } from './ipc/run-registry.js';
import { trustWebContents } from './ipc/trusted-senders.js';

const RUN = '3b241101-e2bb-4255-8caf-4136c566a962';

const made: string[] = [];
/** A temporary folder, removed after the tests. */
function makeTempDir(prefix: string): string {
  const dir = newTempDir(prefix);
  made.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});
const CANARY = 'Canary-Pa55word-for-the-log-41d9';

/** Every file of the log folder, as one text. */
function everything(dir: string): string {
  return readdirSync(dir)
    .map((f) => readFileSync(path.join(dir, f), 'utf8'))
    .join('');
}

describe('AppLog', () => {
  it('appends timestamped lines to logs/sendcheck.log, creating the folder', () => {
    const dir = path.join(makeTempDir('sendcheck-log-'), 'logs');
    const log = new AppLog(dir, { now: () => new Date('2026-11-30T10:00:00Z') });
    log.write('start: SendCheck 0.1.0');
    log.write('ready');
    expect(log.file).toBe(path.join(dir, LOG_FILE));
    expect(readFileSync(log.file, 'utf8')).toBe(
      '2026-11-30T10:00:00.000Z start: SendCheck 0.1.0\n2026-11-30T10:00:00.000Z ready\n',
    );
    expect(log.text()).toBe(readFileSync(log.file, 'utf8'));
  });

  it('rotates by size into two older generations and drops the oldest', () => {
    const dir = makeTempDir('sendcheck-log-');
    const log = new AppLog(dir, { maxBytes: 200, generations: 2 });
    for (let i = 0; i < 40; i++) log.write(`line ${String(i).padStart(3, '0')} ${'x'.repeat(20)}`);
    expect(readdirSync(dir).sort()).toEqual([
      'sendcheck.1.log',
      'sendcheck.2.log',
      'sendcheck.log',
    ]);
    for (const f of readdirSync(dir))
      expect(statSync(path.join(dir, f)).size).toBeLessThanOrEqual(200);
    const text = log.text();
    // The newest lines are all there, in order; the first ones went with the dropped generation.
    expect(text).toContain('line 039');
    expect(text).not.toContain('line 000');
    const numbers = [...text.matchAll(/line (\d{3})/g)].map((m) => Number(m[1]));
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    expect(numbers.at(-1)).toBe(39);
    expect(numbers[1]).toBe(Number(numbers[0]) + 1);
  });

  it('keeps one line one line, and caps its length', () => {
    const dir = makeTempDir('sendcheck-log-');
    const log = new AppLog(dir);
    log.write('first\nforged 2026-01-01T00:00:00.000Z line\r\u0000');
    log.write('y'.repeat(10_000));
    const lines = log.text().trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/ first forged 2026-01-01T00:00:00\.000Z line $/);
    expect(lines[1]?.length).toBeLessThan(2100);
  });

  it('never throws when it cannot write: the app goes on without its log', () => {
    const base = makeTempDir('sendcheck-log-');
    const blocker = path.join(base, 'logs');
    writeFileSync(blocker, 'a file where the folder should be');
    const log = new AppLog(blocker);
    expect(() => log.write('start')).not.toThrow();
    expect(log.text()).toBe('');
  });
});

describe('the app log behind the IPC handlers', () => {
  function setup(engine: EngineApi, log: AppLog) {
    const handlers = createHandlers({
      engine,
      registry: new RunRegistry(),
      appInfo: () => ({ version: '0.1.0', locale: 'ja-JP', platform: 'win32' }),
      language: {
        current: () => ({ lang: 'ja', source: 'system' }),
        choose: async (lang) => ({ lang, source: 'saved' }),
      },
      appLog: log,
    });
    const wc = new FakeWebContents();
    trustWebContents(wc.asWebContents());
    return <C extends keyof typeof handlers>(channel: C, payload: unknown) =>
      createListener(channel, handlers[channel], {
        secret: channel === 'diagnosis:login-test',
        log: (line) => log.write(line),
      })(invokeEvent(wc), payload);
  }

  it('records each diagnosis by its reference code, and never a password, even one the engine quoted', async () => {
    const dir = makeTempDir('sendcheck-log-');
    const log = new AppLog(dir);
    // Verified settings: the trust gate lets the login test through to the engine.
    const report: DiagnosisReport = verifiedReport('taro.yamada@example.jp');
    const engine: EngineApi = {
      runDiagnosis: vi.fn(async () => report),
      runLoginTest: vi.fn(async (_r: DiagnosisReport, password: string) => {
        throw new Error(`AUTH PLAIN failed for ${password}`);
      }),
    };
    const call = setup(engine, log);
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(
      await call('diagnosis:start', { runId: RUN, email: 'taro.yamada@example.jp' }),
    ).toMatchObject({ ok: true });
    await call('diagnosis:login-test', { runId: RUN, password: CANARY });
    spy.mockRestore();
    const text = everything(dir);
    expect(text).toContain(`diagnosis done: ${referenceCodeFor(report, '0.1.0')}`);
    expect(text).toContain('[ipc] diagnosis:login-test failed (Error)');
    expect(text).not.toContain(CANARY);
    expect(text).not.toContain('taro.yamada');
    expect(existsSync(log.file)).toBe(true);
  });
});
