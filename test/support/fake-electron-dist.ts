/**
 * Test helper: a stand-in Electron distribution folder for electron-builder's `electronDist`, so
 * the real packing code runs where Electron's own download is impossible. It holds what
 * electron-builder 26 touches on Linux (app-builder-lib's ElectronFramework and fuse flipping):
 *  - `electron`, the executable it renames to the product's name. Not a real program, but it
 *    carries Electron's fuse wire (the sentinel, version 1, eight fuses in Electron's default
 *    state), so @electron/fuses flips the fuses exactly as it would in the real binary;
 *  - `locales/*.pak`, which electronLanguages prunes;
 *  - `resources/`, where app.asar goes; LICENSE and version, as in a real distribution.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** @electron/fuses' marker in the Electron binary; the fuse wire follows it. */
export const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';

/**
 * Electron 41's fuses as shipped, in wire order (RunAsNode, EnableCookieEncryption,
 * EnableNodeOptionsEnvironmentVariable, EnableNodeCliInspectArguments,
 * EnableEmbeddedAsarIntegrityValidation, OnlyLoadAppFromAsar, LoadBrowserProcessSpecificV8Snapshot,
 * GrantFileProtocolExtraPrivileges): '1' enabled, '0' disabled.
 */
const DEFAULT_WIRE = '10110001';

/** Locale packs of a real distribution, a few more than the app keeps. */
export const DIST_LOCALES = ['de', 'en-GB', 'en-US', 'fr', 'ja', 'ko', 'zh-CN'];

/** Writes the stand-in distribution into dir (created) and returns dir. */
export function writeFakeElectronDist(dir: string, version: string): string {
  mkdirSync(path.join(dir, 'locales'), { recursive: true });
  mkdirSync(path.join(dir, 'resources'), { recursive: true });
  const binary = Buffer.concat([
    Buffer.from('#!/bin/sh\necho "stand-in for Electron: not runnable"\nexit 1\n'),
    Buffer.from(FUSE_SENTINEL),
    Buffer.from([1, DEFAULT_WIRE.length]),
    Buffer.from(DEFAULT_WIRE),
    Buffer.from('\n'),
  ]);
  writeFileSync(path.join(dir, 'electron'), binary, { mode: 0o755 });
  for (const locale of DIST_LOCALES)
    writeFileSync(path.join(dir, 'locales', `${locale}.pak`), `${locale} pack`);
  writeFileSync(path.join(dir, 'LICENSE'), 'MIT (stand-in)\n');
  writeFileSync(path.join(dir, 'version'), version);
  return dir;
}
