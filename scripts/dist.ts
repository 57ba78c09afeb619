// `npm run dist`: electron-builder with electron-builder.yml, plus what only the environment can
// tell: how this build is signed, and whether it is a release.
//
//  - Windows signs with Azure Trusted Signing when the AZURE_* group is set (win.azureSignOptions
//    is added only then, so a build without secrets never tries to reach Azure), or with a .pfx
//    (WIN_CSC_LINK) as the alternative. macOS signs with CSC_LINK and notarises with an APPLE_*
//    group (scripts/signing-env.ts exports only the secrets that are set).
//  - A build that is not signed (on macOS: signed AND notarised) says so in every file name:
//    SendCheck-Setup-1.0.0-unsigned.exe. Nobody can mistake it for one to hand to customers.
//  - A release (SENDCHECK_RELEASE=1, set by the workflow on version tags) refuses to build unsigned
//    or un-notarised at all, and sets forceCodeSigning so a signature that fails fails the build.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import yaml from 'js-yaml';
import { AZURE_SIGNING } from './signing-env.js';

/** The part of electron-builder's configuration this script reads or writes. */
type Config = Record<string, unknown>;

/** What one build will be, for one OS. */
export interface DistPlan {
  /** Signed (and on macOS notarised) with material from the environment. */
  signed: boolean;
  /** How it is signed, or what is missing for it to be; one line for the log. */
  signing: string;
  release: boolean;
  /** Merged over electron-builder.yml by electron-builder (deep assign). */
  overrides: Config;
}

/** The file-name mark of a build that is not signed. */
export const UNSIGNED_MARK = '-unsigned';

/** The configuration sections that name artifacts (the top level is ''). */
const NAMED_SECTIONS = ['', 'nsis', 'portable', 'dmg'] as const;

const set = (env: NodeJS.ProcessEnv, name: string): boolean => (env[name] ?? '').trim() !== '';

/** Windows: Azure Trusted Signing, else a .pfx, else none. */
function windowsSigning(
  env: NodeJS.ProcessEnv,
): Pick<DistPlan, 'signed' | 'signing' | 'overrides'> {
  if (AZURE_SIGNING.every((name) => set(env, name))) {
    return {
      signed: true,
      signing: 'Azure Trusted Signing',
      overrides: {
        win: {
          azureSignOptions: {
            publisherName: env['AZURE_SIGNING_PUBLISHER'],
            endpoint: env['AZURE_SIGNING_ENDPOINT'],
            certificateProfileName: env['AZURE_SIGNING_PROFILE'],
            codeSigningAccountName: env['AZURE_SIGNING_ACCOUNT'],
          },
        },
      },
    };
  }
  if (set(env, 'WIN_CSC_LINK'))
    return { signed: true, signing: '.pfx (WIN_CSC_LINK)', overrides: {} };
  return {
    signed: false,
    signing: `unsigned: neither ${AZURE_SIGNING.join(', ')} nor WIN_CSC_LINK is set`,
    overrides: {},
  };
}

/** macOS: a Developer ID certificate and a notarisation group, or it counts as unsigned. */
function macSigning(env: NodeJS.ProcessEnv): Pick<DistPlan, 'signed' | 'signing' | 'overrides'> {
  const certificate = set(env, 'CSC_LINK') || set(env, 'CSC_NAME');
  const notarised =
    ['APPLE_API_KEY', 'APPLE_API_KEY_ID', 'APPLE_API_ISSUER'].every((n) => set(env, n)) ||
    ['APPLE_ID', 'APPLE_APP_SPECIFIC_PASSWORD', 'APPLE_TEAM_ID'].every((n) => set(env, n));
  if (certificate && notarised)
    return { signed: true, signing: 'Developer ID, notarised', overrides: {} };
  const missing = [
    ...(certificate ? [] : ['a Developer ID certificate (CSC_LINK)']),
    ...(notarised ? [] : ['notarisation (APPLE_API_KEY… or APPLE_ID…)']),
  ];
  return { signed: false, signing: `unsigned: missing ${missing.join(' and ')}`, overrides: {} };
}

/** Each artifact name of the configuration with the unsigned mark before its extension. */
export function unsignedNames(config: Config): Config {
  const out: Config = {};
  for (const section of NAMED_SECTIONS) {
    const holder = (section === '' ? config : config[section]) as Config | undefined;
    const name = holder?.['artifactName'];
    if (typeof name !== 'string') continue;
    if (!name.endsWith('.${ext}')) throw new Error(`artifactName ${name} does not end in .\${ext}`);
    const marked = `${name.slice(0, -'.${ext}'.length)}${UNSIGNED_MARK}.\${ext}`;
    if (section === '') out['artifactName'] = marked;
    else out[section] = { artifactName: marked };
  }
  return out;
}

/** Merges b into a, one level of sections deep (what the overrides need). */
function merge(a: Config, b: Config): Config {
  const out: Config = { ...a };
  for (const [key, value] of Object.entries(b)) {
    const old = out[key];
    out[key] =
      typeof old === 'object' && old !== null && typeof value === 'object' && value !== null
        ? { ...(old as Config), ...(value as Config) }
        : value;
  }
  return out;
}

/**
 * The plan for a build on `platform` with this environment and electron-builder.yml's config.
 * Throws for a release that would not be signed (and notarised): it must not be built at all.
 */
export function distPlan(
  platform: NodeJS.Platform,
  env: NodeJS.ProcessEnv,
  config: Config,
): DistPlan {
  const release = env['SENDCHECK_RELEASE'] === '1';
  const signing =
    platform === 'win32'
      ? windowsSigning(env)
      : platform === 'darwin'
        ? macSigning(env)
        : { signed: false, signing: 'unsigned: no signing on this OS', overrides: {} };
  if (release && !signing.signed)
    throw new Error(`a release must be signed and, on macOS, notarised (${signing.signing})`);
  let overrides = signing.overrides;
  if (release) overrides = merge(overrides, { forceCodeSigning: true });
  if (!signing.signed) overrides = merge(overrides, unsignedNames(config));
  return { ...signing, release, overrides };
}

/** The npm script: plans, says what it will do, and runs electron-builder. */
async function run(): Promise<void> {
  const config = yaml.load(readFileSync('electron-builder.yml', 'utf8')) as Config;
  const plan = distPlan(process.platform, process.env, config);
  console.log(`dist: ${plan.release ? 'release' : 'build'}, ${plan.signing}`);
  const { build } = await import('electron-builder');
  await build({ publish: 'never', config: plan.overrides });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  run().catch((err: unknown) => {
    console.error(`dist: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  });
}
