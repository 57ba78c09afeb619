import { describe, expect, it } from 'vitest';
import { Ajv } from 'ajv';
import yaml from 'js-yaml';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
// electron-builder's own configuration schema, from the version that will read the file.
const schema = JSON.parse(
  readFileSync(require.resolve('app-builder-lib/scheme.json'), 'utf8'),
) as object;
const config = yaml.load(readFileSync('electron-builder.yml', 'utf8')) as Record<string, unknown>;
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  main: string;
  productName: string;
};

// Compiled once: the schema is large.
const compiled = new Ajv({ strict: false, allErrors: true, allowUnionTypes: true }).compile(schema);
const validator = () => compiled;

type Obj = Record<string, unknown>;
const section = (name: string) => config[name] as Obj;

describe('electron-builder.yml', () => {
  it('is valid against electron-builder’s JSON schema', () => {
    const validate = validator();
    const valid = validate(config);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('passes electron-builder’s own validation, the code path npm run dist takes', async () => {
    const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as {
      validateConfiguration: (
        c: unknown,
        log: { isEnabled: boolean; add: () => void },
      ) => Promise<void>;
    };
    const log = { isEnabled: false, add: () => {} };
    await expect(validateConfiguration(config, log)).resolves.toBeUndefined();
    await expect(
      validateConfiguration({ ...config, nsis: { ...section('nsis'), oneclick: true } }, log),
    ).rejects.toThrow(/Invalid configuration object/);
  });

  it('would be caught by the schema if it had a typo (the check can fail)', () => {
    const validate = validator();
    expect(validate({ ...config, nsis: { ...section('nsis'), oneclick: true } })).toBe(false);
    expect(validate({ ...config, electronFuses: { runAsnode: false } })).toBe(false);
  });

  it('names the product and keeps the app in asar', () => {
    expect(config['appId']).toMatch(/^[a-z0-9]+(\.[a-z0-9-]+)+$/);
    expect(config['productName']).toBe('SendCheck');
    expect(pkg.productName).toBe('SendCheck');
    expect(config['asar']).toBe(true);
  });

  it('flips the fuses the design asks for', () => {
    expect(config['electronFuses']).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('packs the bundles package.json points at, and keeps build resources out of build/', () => {
    const files = config['files'] as string[];
    expect(pkg.main).toBe('build/main/main.cjs');
    for (const dir of ['build/main/**', 'build/preload/**', 'build/renderer/**'])
      expect(files).toContain(dir);
    expect((config['directories'] as Obj)['buildResources']).toBe('assets');
  });

  it('builds a per-user NSIS installer without admin rights, and a portable exe', () => {
    const targets = (section('win')['target'] as Obj[]).map((t) => t['target']);
    expect(targets).toEqual(['nsis', 'portable']);
    expect(section('nsis')).toMatchObject({ perMachine: false, allowElevation: false });
    expect(section('portable')['requestExecutionLevel']).toBe('user');
    expect(section('nsis')['installerLanguages']).toEqual(['ja_JP', 'en_US']);
  });

  it('builds dmg and zip for x64 and arm64 with the hardened runtime and entitlements', () => {
    const mac = section('mac');
    expect(mac['target']).toEqual([
      { target: 'dmg', arch: ['x64', 'arm64'] },
      { target: 'zip', arch: ['x64', 'arm64'] },
    ]);
    expect(mac['hardenedRuntime']).toBe(true);
    expect(mac['entitlements']).toBe('assets/entitlements.mac.plist');
    expect((mac['extendInfo'] as Obj)['CFBundleLocalizations']).toEqual(['ja', 'en']);
  });

  it('falls back to English on a Mac whose languages the app does not have', () => {
    expect((section('mac')['extendInfo'] as Obj)['CFBundleDevelopmentRegion']).toBe('en');
  });

  it('shows a splash while the portable exe unpacks, and a publisher in Windows’ app list', () => {
    const splash = String(section('portable')['splashImage']);
    expect(splash).toMatch(/\.bmp$/);
    expect(readFileSync(splash).toString('ascii', 0, 2)).toBe('BM');
    // NSIS writes the package's author as Publisher (electron-builder's companyName).
    const author = (
      JSON.parse(readFileSync('package.json', 'utf8')) as { author?: { name?: string } }
    ).author;
    expect(author?.name?.trim()).toBeTruthy();
  });

  it('has no signing secrets in the file: they come from the environment', () => {
    const text = readFileSync('electron-builder.yml', 'utf8');
    const keys = JSON.stringify(config);
    for (const key of ['cscLink', 'cscKeyPassword', 'identity', 'appleId', 'password']) {
      expect(keys).not.toContain(`"${key}"`);
    }
    expect(text).not.toMatch(/BEGIN (RSA |ENCRYPTED )?PRIVATE KEY/);
  });

  it('grants the hardened runtime nothing but JIT', () => {
    const plist = readFileSync('assets/entitlements.mac.plist', 'utf8');
    const keys = [...plist.matchAll(/<key>([^<]+)<\/key>/g)].map((m) => m[1]);
    expect(keys).toEqual(['com.apple.security.cs.allow-jit']);
  });

  it('has every icon it refers to', () => {
    for (const file of [
      section('win')['icon'],
      section('mac')['icon'],
      'assets/icon.png',
      'assets/icon.svg',
    ]) {
      expect(existsSync(String(file)), String(file)).toBe(true);
    }
  });
});
