/**
 * Packaging test: electron-builder's real `--dir` packing for Linux (this host), with the
 * project's own electron-builder.yml, against a stand-in Electron distribution (electronDist),
 * since Electron itself cannot be downloaded here. Then the produced app.asar, locales and fuses
 * are read back. Offline: the `dir` target needs no fpm or other downloaded tool.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as asar from '@electron/asar';
import { FuseState, FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import yaml from 'js-yaml';
import { copyFileSync, existsSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { BUILT, REPO_ROOT, buildApp } from '../support/built-app.js';
import {
  builderFuseKey,
  DEFAULT_FUSES_OF_ELECTRON,
  ELECTRON_DEFAULT_FUSES,
  FUSE_ORDER,
  writeFakeElectronDist,
} from '../support/fake-electron-dist.js';

let project = '';
let appOutDir = '';
let asarPath = '';
let entries: string[] = [];

const electronVersion = (
  JSON.parse(readFileSync(path.join(REPO_ROOT, 'node_modules/electron/package.json'), 'utf8')) as {
    version: string;
  }
).version;
const config = yaml.load(
  readFileSync(path.join(REPO_ROOT, 'electron-builder.yml'), 'utf8'),
) as Record<string, unknown>;

/** Packs the built app with electron-builder into project/release/linux-unpacked. */
async function pack(): Promise<void> {
  const { build, Platform } = await import('electron-builder');
  const dist = writeFakeElectronDist(path.join(project, 'electron-dist'), electronVersion);
  await build({
    projectDir: project,
    targets: Platform.LINUX.createTarget('dir'),
    publish: 'never',
    config: {
      ...config,
      // Only what the stand-in needs; files, asar, fuses and languages stay the project's own.
      electronDist: dist,
      electronVersion,
      npmRebuild: false,
      directories: {
        ...(config['directories'] as object),
        output: path.join(project, 'release'),
        buildResources: path.join(REPO_ROOT, 'assets'),
      },
      linux: { target: [{ target: 'dir' }] },
    },
  });
}

// Linux only: there the stand-in distribution is all electron-builder needs. On Windows and macOS
// the desktop workflow packs for real (npm run dist) and smoke-tests what it made.
const onLinux = process.platform === 'linux';

beforeAll(async () => {
  if (!onLinux) return;
  project = await buildApp('sendcheck-pack-');
  // A checkout's node_modules and lock file: electron-builder's dependency collector walks them,
  // so the test sees what `npm run dist` would put in (or, rightly, leave out).
  symlinkSync(path.join(REPO_ROOT, 'node_modules'), path.join(project, 'node_modules'), 'dir');
  copyFileSync(path.join(REPO_ROOT, 'package-lock.json'), path.join(project, 'package-lock.json'));
  await pack();
  appOutDir = path.join(project, 'release', 'linux-unpacked');
  asarPath = path.join(appOutDir, 'resources', 'app.asar');
  entries = asar.listPackage(asarPath, { isPack: false }).map((e) => e.split(path.sep).join('/'));
}, 180_000);

afterAll(() => {
  if (project) rmSync(project, { recursive: true, force: true });
});

describe.runIf(onLinux)('electron-builder --dir with the project’s configuration', () => {
  it('puts package.json and the three bundles in app.asar', () => {
    // SQLite's WebAssembly beside the main bundle: Apple Mail's account store is read through it.
    for (const file of [
      '/package.json',
      `/${BUILT.main}`,
      `/${BUILT.preload}`,
      '/build/main/sql-wasm.wasm',
    ]) {
      expect(entries, file).toContain(file);
    }
    expect(entries).toContain(`/${BUILT.renderer}/index.html`);
    expect(entries.some((e) => /^\/build\/renderer\/assets\/.+\.js$/.test(e))).toBe(true);
    const pkg = JSON.parse(asar.extractFile(asarPath, 'package.json').toString('utf8')) as {
      main: string;
    };
    expect(pkg.main).toBe(BUILT.main);
  });

  it('puts nothing else in: no source maps, no node_modules, no sources, no tests', () => {
    const files = entries.filter((e) => path.posix.extname(e) !== '' || e === '/package.json');
    expect(entries.filter((e) => e.endsWith('.map'))).toEqual([]);
    expect(entries.filter((e) => e.includes('node_modules'))).toEqual([]);
    expect(entries.filter((e) => /\.test\.|\/(test|e2e)\//.test(e))).toEqual([]);
    expect(entries.filter((e) => /\.(ts|tsx)$/.test(e))).toEqual([]);
    for (const file of files)
      expect(
        file === '/package.json' || /^\/build\/(main|preload|renderer)\//.test(file),
        file,
      ).toBe(true);
  });

  it('bundles the provider data into the main bundle (every provider’s outgoing server)', () => {
    const main = asar.extractFile(asarPath, BUILT.main).toString('utf8');
    const data = JSON.parse(
      readFileSync(path.join(REPO_ROOT, 'shared/providers/providers.json'), 'utf8'),
    ) as {
      source: { commit: string };
      providers: Array<{ outgoing: Array<{ hostname: string }> }>;
    };
    const hosts = new Set(data.providers.flatMap((p) => p.outgoing.map((o) => o.hostname)));
    expect(hosts.size).toBeGreaterThan(100);
    const missing = [...hosts].filter((h) => !main.includes(JSON.stringify(h)));
    expect(missing).toEqual([]);
    expect(main).toContain(JSON.stringify(data.source.commit));
  });

  it('names the executable after the product and keeps only the app’s languages', () => {
    expect(existsSync(path.join(appOutDir, 'sendcheck'))).toBe(true);
    expect(readdirSync(path.join(appOutDir, 'locales')).sort()).toEqual([
      'en-GB.pak',
      'en-US.pak',
      'ja.pak',
    ]);
  });

  it('flips the fuses in the executable as electron-builder.yml says, and leaves the rest as Electron ships them', async () => {
    const wire = await getCurrentFuseWire(path.join(appOutDir, 'sendcheck'));
    const fuses = config['electronFuses'] as Record<string, boolean>;
    const schemaKeys = Object.keys(
      (
        JSON.parse(
          readFileSync(path.join(REPO_ROOT, 'node_modules/app-builder-lib/scheme.json'), 'utf8'),
        ) as { definitions: { FuseOptionsV1: { properties: Record<string, unknown> } } }
      ).definitions.FuseOptionsV1.properties,
    );
    const states = wire as unknown as Record<number, number>;
    expect(Object.keys(wire).filter((k) => /^\d+$/.test(k)).length).toBe(FUSE_ORDER.length);
    let flipped = 0;
    for (const name of FUSE_ORDER) {
      const key = builderFuseKey(name, schemaKeys);
      const want = key !== null && key in fuses ? fuses[key] : ELECTRON_DEFAULT_FUSES[name];
      if (key !== null && key in fuses && fuses[key] !== ELECTRON_DEFAULT_FUSES[name]) flipped++;
      expect(states[FuseV1Options[name]] === FuseState.ENABLE, name).toBe(want);
    }
    // The configuration changes Electron's defaults, so the check above can fail.
    expect(flipped).toBeGreaterThan(3);
  });
});

describe('the stand-in Electron distribution', () => {
  it('carries the fuse defaults of the pinned Electron major (update them with Electron)', () => {
    expect(DEFAULT_FUSES_OF_ELECTRON).toBe(Number(electronVersion.split('.')[0]));
  });
});
