import { describe, expect, it } from 'vitest';
import { Ajv } from 'ajv';
import yaml from 'js-yaml';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { distPlan, UNSIGNED_MARK, unsignedNames } from './dist.js';
import { AZURE_SIGNING } from './signing-env.js';

const require = createRequire(import.meta.url);
const config = yaml.load(readFileSync('electron-builder.yml', 'utf8')) as Record<string, unknown>;
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
const schema = JSON.parse(
  readFileSync(require.resolve('app-builder-lib/scheme.json'), 'utf8'),
) as object;
const validate = new Ajv({ strict: false, allErrors: true, allowUnionTypes: true }).compile(schema);
// electron-builder's own expansion of ${productName} and friends, as it names the files.
const { expandMacro } = require('app-builder-lib/out/util/macroExpander.js') as {
  expandMacro(pattern: string, arch: string | null, appInfo: object, extra?: object): string;
};

const AZURE = Object.fromEntries(AZURE_SIGNING.map((name) => [name, `value of ${name}`]));
const NOTARY = { APPLE_API_KEY: '/k.p8', APPLE_API_KEY_ID: 'ID', APPLE_API_ISSUER: 'ISSUER' };

/** The configuration electron-builder ends up with: the overrides deep-merged over the file. */
function merged(overrides: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = structuredClone(config);
  for (const [key, value] of Object.entries(overrides)) {
    const old = out[key];
    out[key] =
      typeof old === 'object' && old !== null && typeof value === 'object'
        ? { ...old, ...value }
        : value;
  }
  return out;
}

/** The file names a configuration gives (Windows and macOS artifacts, x64). */
function fileNames(c: Record<string, unknown>): string[] {
  const info = {
    productName: 'SendCheck',
    sanitizedProductName: 'SendCheck',
    version: pkg.version,
  };
  const section = (name: string) => (c[name] as { artifactName: string }).artifactName;
  return [
    expandMacro(section('nsis'), null, info, { ext: 'exe' }),
    expandMacro(section('portable'), null, info, { ext: 'exe' }),
    expandMacro(section('dmg'), 'x64', info, { ext: 'dmg' }),
    expandMacro(c['artifactName'] as string, 'x64', info, { ext: 'zip', os: 'mac' }),
  ];
}

describe('npm run dist (scripts/dist.ts)', () => {
  it('signs Windows builds with Azure Trusted Signing when the AZURE_* group is set', () => {
    const plan = distPlan('win32', AZURE, config);
    expect(plan).toMatchObject({ signed: true, release: false });
    expect(plan.overrides).toEqual({
      win: {
        azureSignOptions: {
          publisherName: 'value of AZURE_SIGNING_PUBLISHER',
          endpoint: 'value of AZURE_SIGNING_ENDPOINT',
          certificateProfileName: 'value of AZURE_SIGNING_PROFILE',
          codeSigningAccountName: 'value of AZURE_SIGNING_ACCOUNT',
        },
      },
    });
    const result = merged(plan.overrides);
    expect(validate(result), JSON.stringify(validate.errors)).toBe(true);
    expect(fileNames(result).join(' ')).not.toContain(UNSIGNED_MARK);
  });

  it('takes a .pfx as the alternative, and never adds Azure without all its variables', () => {
    const { AZURE_CLIENT_SECRET: _dropped, ...partial } = AZURE;
    expect(distPlan('win32', { ...partial, WIN_CSC_LINK: 'pfx' }, config)).toMatchObject({
      signed: true,
      overrides: {},
    });
    expect(distPlan('win32', partial, config).signed).toBe(false);
  });

  it('names every file of a build without signing material "unsigned"', () => {
    for (const platform of ['win32', 'darwin'] as const) {
      const plan = distPlan(platform, {}, config);
      expect(plan.signed).toBe(false);
      const names = fileNames(merged(plan.overrides));
      expect(names).toEqual([
        `SendCheck-Setup-${pkg.version}-unsigned.exe`,
        `SendCheck-${pkg.version}-portable-unsigned.exe`,
        `SendCheck-${pkg.version}-mac-x64-unsigned.dmg`,
        `SendCheck-${pkg.version}-mac-x64-unsigned.zip`,
      ]);
      expect(validate(merged(plan.overrides))).toBe(true);
    }
    // The signed names are the file's own, without the mark.
    expect(fileNames(config).every((n) => !n.includes(UNSIGNED_MARK))).toBe(true);
    expect(Object.keys(unsignedNames(config)).sort()).toEqual([
      'artifactName',
      'dmg',
      'nsis',
      'portable',
    ]);
  });

  it('counts a Mac build as unsigned unless it is both signed and notarised', () => {
    expect(distPlan('darwin', { CSC_LINK: 'p12' }, config)).toMatchObject({ signed: false });
    expect(distPlan('darwin', NOTARY, config)).toMatchObject({ signed: false });
    expect(distPlan('darwin', { CSC_LINK: 'p12', ...NOTARY }, config)).toMatchObject({
      signed: true,
      overrides: {},
    });
  });

  it('refuses to build a release that would be unsigned or un-notarised, and forces signing in one that is', () => {
    const release = { SENDCHECK_RELEASE: '1' };
    expect(() => distPlan('win32', release, config)).toThrow(/release must be signed/);
    expect(() => distPlan('darwin', { ...release, CSC_LINK: 'p12' }, config)).toThrow(
      /notarisation/,
    );
    expect(distPlan('win32', { ...release, WIN_CSC_LINK: 'pfx' }, config).overrides).toEqual({
      forceCodeSigning: true,
    });
    const mac = distPlan('darwin', { ...release, CSC_LINK: 'p12', ...NOTARY }, config);
    expect(mac).toMatchObject({ release: true, overrides: { forceCodeSigning: true } });
    expect(validate(merged(mac.overrides))).toBe(true);
  });
});
