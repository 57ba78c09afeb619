/**
 * Source-level rules that keep the checklist true as the code grows: each dangerous API has one
 * home, and some things appear nowhere. Reads the shipped sources (tests excluded).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(ts|tsx|html)$/.test(e.name) && !/\.test\.tsx?$/.test(e.name))
    .map((e) => path.join(e.parentPath, e.name).split(path.sep).join('/'))
    .filter((f) => !f.includes('/node_modules/'));
}

const files = [...sources('electron'), ...sources('renderer'), ...sources('shared')];
const text = new Map(files.map((f) => [f, readFileSync(f, 'utf8')]));
const where = (pattern: RegExp) => files.filter((f) => pattern.test(text.get(f) ?? ''));

describe('security invariants in the source', () => {
  it('reads the sources it guards', () => {
    expect(files).toEqual(
      expect.arrayContaining(['electron/window.ts', 'electron/preload.ts', 'electron/main.ts']),
    );
  });

  it('shell.openExternal is called only by the https-only helper', () => {
    expect(where(/\bopenExternal\s*\(/)).toEqual(['electron/external-links.ts']);
  });

  it('windows are made only by the one factory', () => {
    expect(where(/new\s+BrowserWindow\s*\(/)).toEqual(['electron/window.ts']);
    expect(where(/new\s+(BrowserView|WebContentsView)\s*\(/)).toEqual([]);
  });

  it('nothing loads file:// or a remote URL into a window', () => {
    expect(where(/\.loadFile\s*\(/)).toEqual([]);
    expect(where(/\.loadURL\s*\(\s*['"`](file|https?):/)).toEqual([]);
  });

  it('no code turns a security preference off', () => {
    expect(where(/nodeIntegration\w*\s*:\s*true/)).toEqual([]);
    expect(where(/(contextIsolation|sandbox|webSecurity)\s*:\s*false/)).toEqual([]);
    expect(
      where(/(allowRunningInsecureContent|experimentalFeatures|webviewTag)\s*:\s*true/),
    ).toEqual([]);
    expect(where(/enableBlinkFeatures/)).toEqual([]);
    // A <webview> tag in the renderer's markup (the shell's comments may name it).
    expect(where(/<webview/i).filter((f) => f.startsWith('renderer/'))).toEqual([]);
  });

  it('ipcRenderer reaches no further than the preload, and is never exposed whole', () => {
    expect(where(/\bipcRenderer\b/)).toEqual(['electron/preload.ts']);
    expect(text.get('electron/preload.ts')).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer/);
  });

  it('the renderer never touches Node or Electron', () => {
    const renderer = files.filter((f) => f.startsWith('renderer/'));
    expect(
      renderer.filter((f) => /from\s+['"](electron|node:[^'"]+)['"]/.test(text.get(f) ?? '')),
    ).toEqual([]);
  });

  it('no certificate checks are bypassed in the shell', () => {
    const shell = files.filter(
      (f) => f.startsWith('electron/') && !f.startsWith('electron/engine/'),
    );
    const bypass =
      /setCertificateVerifyProc|certificate-error|ignore-certificate-errors|NODE_TLS_REJECT_UNAUTHORIZED/;
    expect(shell.filter((f) => bypass.test(text.get(f) ?? ''))).toEqual([]);
  });
});
