/**
 * The layering rules of docs/architecture.md ("The layers"): who may import electron and IPC,
 * proven against the real ESLint config; and what the whole tree must never hold (an import cycle
 * among production files, production code importing test code, renderer/ or shared/ reaching into
 * electron/, a comment naming a path outside the repository, an issue number), each check proven
 * to fail on a temporary copy of the tree with the fault planted in it.
 */
import { appendFileSync, cpSync, rmSync } from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  browserImportsOfElectron,
  commentsPointingOutside,
  issueNumbers,
  productionCycles,
  testImports,
} from '../test/support/boundaries.js';
import { makeTempDir } from '../test/support/temp-dir.js';

const eslint = new ESLint({ cwd: process.cwd() });

async function restricted(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports')
    .map((m) => m.message);
}

describe('import boundaries', () => {
  const electronImport = "import { app } from 'electron';\nexport const a = app;\n";
  it.each([
    'electron/engine/probe-x.ts',
    'electron/cli.ts',
    'shared/thing.ts',
    'renderer/features/x.tsx',
  ])('forbids electron in %s', async (file) => {
    expect(await restricted(file, electronImport)).toHaveLength(1);
  });
  it('lets the main process import electron', async () => {
    expect(await restricted('electron/menu.ts', electronImport)).toEqual([]);
  });
  it('keeps raw IPC inside electron/ipc/ and the preload', async () => {
    const ipc = "import { ipcMain } from 'electron';\nexport const i = ipcMain;\n";
    expect(await restricted('electron/window.ts', ipc)).toHaveLength(1);
    expect(await restricted('electron/ipc/handle.ts', ipc)).toEqual([]);
    const renderer = "import { ipcRenderer } from 'electron';\nexport const r = ipcRenderer;\n";
    expect(await restricted('electron/preload.ts', renderer)).toEqual([]);
  });
  it('keeps node: out of the renderer', async () => {
    expect(
      await restricted('renderer/app/x.ts', "import fs from 'node:fs';\nexport const f = fs;\n"),
    ).toHaveLength(1);
  });
  it('keeps electron/ out of renderer/ and shared/', async () => {
    const code =
      "import { diagnose } from '../../electron/engine/diagnose.js';\nexport const d = diagnose;\n";
    expect(await restricted('renderer/features/x.tsx', code)).toHaveLength(1);
    expect(await restricted('shared/i18n/x.ts', code)).toHaveLength(1);
    expect(await restricted('test/fixtures/renderer/x.ts', code)).toEqual([]);
  });
  it('keeps test helpers out of production code, but not out of tests', async () => {
    const code =
      "import { sampleReport } from '../../test/support/ipc-fakes.js';\nexport const s = sampleReport;\n";
    for (const file of [
      'electron/ipc/x.ts',
      'electron/engine/x.ts',
      'renderer/app/x.tsx',
      'shared/x.ts',
      'electron/menu.ts',
    ])
      expect(await restricted(file, code), file).toHaveLength(1);
    expect(await restricted('electron/ipc/x.test.ts', code)).toEqual([]);
    expect(await restricted('renderer/app/x.test.tsx', code)).toEqual([]);
  });
  it('limits functions to 80 lines in electron/, renderer/ and shared/', async () => {
    const long = `export function f(): number {\n${'  let a = 1;\n'.repeat(85)}  return 1;\n}\n`;
    const [result] = await eslint.lintText(long, { filePath: 'shared/long.ts' });
    expect(result?.messages.map((m) => m.ruleId)).toContain('max-lines-per-function');
  });
});

// Spelled apart, so this file does not name an issue itself.
const ISSUE = ['iss', 'ue'].join('');

describe('the whole tree', () => {
  const root = process.cwd();

  it('has no import cycle among production files (type-only imports count)', () => {
    expect(productionCycles(root)).toEqual([]);
  });

  it('has no production file importing test code', () => {
    expect(testImports(root)).toEqual([]);
  });

  it('has nothing in renderer/ or shared/ importing from electron/ (vite.config.ts included)', () => {
    expect(browserImportsOfElectron(root)).toEqual([]);
  });

  it('has no comment naming a path outside the repository', () => {
    expect(commentsPointingOutside(root)).toEqual([]);
  });

  it('names no issue by its number', () => {
    expect(issueNumbers(root)).toEqual([]);
  });
});

describe('each check fails on a copy of the tree with the fault planted', () => {
  let copy = '';
  beforeAll(() => {
    copy = makeTempDir('sendcheck-boundaries-');
    for (const dir of ['electron', 'renderer', 'shared', 'scripts', 'e2e', 'test', 'docs'])
      cpSync(path.join(process.cwd(), dir), path.join(copy, dir), { recursive: true });
  }, 60_000);
  afterAll(() => rmSync(copy, { recursive: true, force: true }));
  const plant = (file: string, text: string) => appendFileSync(path.join(copy, file), text);

  it('a cycle: two production files importing each other, if only for a type', () => {
    const before = productionCycles(copy);
    plant(
      'shared/placeholders.ts',
      "\nexport type { SettingChange } from './settings-to-write.js';\n",
    );
    expect(productionCycles(copy)).toEqual(
      [...before, ['shared/placeholders.ts', 'shared/settings-to-write.ts']].sort((a, b) =>
        (a[0] ?? '').localeCompare(b[0] ?? ''),
      ),
    );
  });

  it('an import of test code from production code', () => {
    plant('shared/csp.ts', "\nexport { cliDeps } from '../test/support/cli-deps.js';\n");
    expect(testImports(copy)).toEqual(['shared/csp.ts → test/support/cli-deps.ts']);
  });

  it('an import of electron/ from the renderer', () => {
    plant(
      'renderer/vite.config.ts',
      "\nexport { CONTENT_SECURITY_POLICY } from '../electron/protocol.js';\n",
    );
    expect(browserImportsOfElectron(copy)).toEqual([
      'renderer/vite.config.ts → electron/protocol.ts',
    ]);
  });

  it('a comment naming a path outside the repository', () => {
    const before = commentsPointingOutside(copy);
    plant(
      'electron/menu.ts',
      '\n// See ../shared/design/architecture.md, diagnosis.md and /work/notes/x.\n/** docs/nowhere */\n',
    );
    const added = commentsPointingOutside(copy).filter((c) => !before.includes(c));
    expect(added.map((c) => c.replace(/^electron\/menu\.ts:\d+: /, ''))).toEqual([
      '../shared/design/architecture.md',
      '/work/notes/x',
      'diagnosis.md',
      'docs/nowhere',
    ]);
  });

  it('an issue number', () => {
    const before = issueNumbers(copy);
    plant('renderer/main.tsx', `\n// Added for ${ISSUE} 14.\n`);
    expect(issueNumbers(copy).filter((c) => !before.includes(c))).toEqual([
      expect.stringMatching(new RegExp(`^renderer/main\\.tsx:\\d+: ${ISSUE} 14$`)),
    ]);
  });
});
