/**
 * Test helper: a stand-in Electron distribution folder for electron-builder's `electronDist`, so
 * the real packing code runs where Electron's own download is impossible. It holds what
 * electron-builder 26 touches on Linux (app-builder-lib's ElectronFramework and fuse flipping):
 *  - `electron`, the executable it renames to the product's name. Not a real program, but it
 *    carries Electron's fuse wire (the sentinel, version 1, then one byte per fuse in the pinned
 *    Electron's default state), so @electron/fuses flips the fuses exactly as it would in the real
 *    binary;
 *  - `locales/*.pak`, which electronLanguages prunes;
 *  - `resources/`, where app.asar goes; LICENSE and version, as in a real distribution.
 */
import { FuseV1Options } from '@electron/fuses';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** @electron/fuses' marker in the Electron binary; the fuse wire follows it. */
export const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';

/** A fuse's name as @electron/fuses knows it (RunAsNode, …, WasmTrapHandlers). */
export type FuseName = keyof typeof FuseV1Options;

/** The Electron major whose shipped fuse states ELECTRON_DEFAULT_FUSES copies. */
export const DEFAULT_FUSES_OF_ELECTRON = 45;

/**
 * Each fuse as Electron ships it (build/fuses/fuses.json5 in Electron's source for the major
 * above): true is '1', on. Typed by @electron/fuses' own FuseV1Options, so a fuse that a newer
 * @electron/fuses knows (a newer Electron's wire) is a compile error here until it is added, and
 * the wire is exactly as long as the pinned Electron's.
 */
export const ELECTRON_DEFAULT_FUSES: Readonly<Record<FuseName, boolean>> = {
  RunAsNode: true,
  EnableCookieEncryption: false,
  EnableNodeOptionsEnvironmentVariable: true,
  EnableNodeCliInspectArguments: true,
  EnableEmbeddedAsarIntegrityValidation: false,
  OnlyLoadAppFromAsar: false,
  LoadBrowserProcessSpecificV8Snapshot: false,
  GrantFileProtocolExtraPrivileges: true,
  WasmTrapHandlers: true,
};

/** The fuse names in wire order (FuseV1Options' numbers are the positions on the wire). */
export const FUSE_ORDER: readonly FuseName[] = (Object.keys(ELECTRON_DEFAULT_FUSES) as FuseName[])
  .slice()
  .sort((a, b) => FuseV1Options[a] - FuseV1Options[b]);

/** The default wire as text: '1' enabled, '0' disabled, one character per fuse in wire order. */
export function defaultFuseWire(): string {
  return FUSE_ORDER.map((name) => (ELECTRON_DEFAULT_FUSES[name] ? '1' : '0')).join('');
}

/**
 * electron-builder's `electronFuses` key for a fuse (RunAsNode → runAsNode), or null for a fuse
 * the installed electron-builder cannot set (it leaves those as Electron ships them).
 */
export function builderFuseKey(name: FuseName, schemaKeys: readonly string[]): string | null {
  const key = name.charAt(0).toLowerCase() + name.slice(1);
  return schemaKeys.includes(key) ? key : null;
}

/** Locale packs of a real distribution, a few more than the app keeps. */
export const DIST_LOCALES = ['de', 'en-GB', 'en-US', 'fr', 'ja', 'ko', 'zh-CN'];

/** Writes the stand-in distribution into dir (created) and returns dir. */
export function writeFakeElectronDist(dir: string, version: string): string {
  mkdirSync(path.join(dir, 'locales'), { recursive: true });
  mkdirSync(path.join(dir, 'resources'), { recursive: true });
  const wire = defaultFuseWire();
  const binary = Buffer.concat([
    Buffer.from('#!/bin/sh\necho "stand-in for Electron: not runnable"\nexit 1\n'),
    Buffer.from(FUSE_SENTINEL),
    Buffer.from([1, wire.length]),
    Buffer.from(wire),
    Buffer.from('\n'),
  ]);
  writeFileSync(path.join(dir, 'electron'), binary, { mode: 0o755 });
  for (const locale of DIST_LOCALES)
    writeFileSync(path.join(dir, 'locales', `${locale}.pak`), `${locale} pack`);
  writeFileSync(path.join(dir, 'LICENSE'), 'MIT (stand-in)\n');
  writeFileSync(path.join(dir, 'version'), version);
  return dir;
}
