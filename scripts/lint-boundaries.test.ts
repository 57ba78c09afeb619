/** The layering rules of architecture.md, proven against the real ESLint config: who may import electron and IPC. */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

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
