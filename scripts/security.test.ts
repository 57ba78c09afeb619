import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  evaluate,
  isBlocking,
  readSuppressions,
  scan,
  type Finding,
  type Suppression,
} from './security.js';
import { makeTempDir } from '../test/support/temp-dir.js';

const finding = (over: Partial<Finding> = {}): Finding => ({
  id: 'LIMIT_NAVIGATION_GLOBAL_CHECK',
  file: 'electron/window.ts',
  line: 1,
  column: 0,
  severity: 'HIGH',
  confidence: 'CERTAIN',
  manualReview: false,
  ...over,
});
const reason = 'a reason that is long enough to read';

describe('isBlocking', () => {
  it.each([
    ['HIGH', 'CERTAIN', true],
    ['HIGH', 'FIRM', true],
    ['MEDIUM', 'FIRM', true],
    ['MEDIUM', 'TENTATIVE', false],
    ['LOW', 'CERTAIN', false],
    ['INFORMATIONAL', 'CERTAIN', false],
  ])('%s/%s -> %s', (severity, confidence, blocking) => {
    expect(isBlocking(finding({ severity, confidence }))).toBe(blocking);
  });
});

describe('evaluate', () => {
  it('blocks an unsuppressed finding and lets a suppressed one through with its reason', () => {
    const a = finding();
    const b = finding({ id: 'PRELOAD_JS_CHECK', severity: 'MEDIUM', confidence: 'FIRM' });
    const r = evaluate([a, b], [{ check: 'PRELOAD_JS_CHECK', file: 'electron/window.ts', reason }]);
    expect(r.blocking).toEqual([a]);
    expect(r.suppressed).toEqual([{ finding: b, reason }]);
    expect(r.stale).toEqual([]);
  });

  it('does not let a suppression for one file cover another', () => {
    const r = evaluate(
      [finding({ file: 'electron/main.ts' })],
      [{ check: finding().id, file: 'electron/window.ts', reason }],
    );
    expect(r.blocking).toHaveLength(1);
    expect(r.stale).toHaveLength(1);
  });

  it('refuses a suppression without a real reason', () => {
    const bad: Suppression = { check: finding().id, file: 'electron/window.ts', reason: 'ok' };
    const r = evaluate([finding()], [bad]);
    expect(r.blocking).toHaveLength(1);
    expect(r.invalid).toHaveLength(1);
  });

  it('reports suppressions that match nothing any more', () => {
    expect(evaluate([], [{ check: 'X', file: 'y.ts', reason }]).stale).toHaveLength(1);
  });

  it('ignores findings below the bar', () => {
    expect(evaluate([finding({ severity: 'LOW' })], []).blocking).toEqual([]);
  });
});

describe('the repository’s suppressions', () => {
  it('each has a check, a file and a written reason', () => {
    const list = readSuppressions('scripts/security-suppressions.json');
    expect(evaluate([], list).invalid).toEqual([]);
  });
});

describe('scan (Electronegativity, offline)', () => {
  const root = makeTempDir('sendcheck-scan-');
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('finds an insecure window, so the gate can fail', async () => {
    mkdirSync(path.join(root, 'electron'));
    writeFileSync(
      path.join(root, 'electron', 'bad.ts'),
      [
        "import { BrowserWindow } from 'electron';",
        'export const w = new BrowserWindow({',
        '  webPreferences: { nodeIntegration: true, contextIsolation: false, sandbox: false, webSecurity: false },',
        '});',
        "w.loadURL('http://example.com/');",
      ].join('\n'),
    );
    const findings = await scan(['electron'], root);
    const blocking = evaluate(findings, []).blocking.map((f) => `${f.id} ${f.file}`);
    expect(blocking).toEqual(
      expect.arrayContaining([
        'SANDBOX_JS_CHECK electron/bad.ts',
        'HTTP_RESOURCES_JS_CHECK electron/bad.ts',
        'LIMIT_NAVIGATION_GLOBAL_CHECK N/A',
        'PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK N/A',
      ]),
    );
  }, 60_000);
});
