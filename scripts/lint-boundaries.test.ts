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
});
