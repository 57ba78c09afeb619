// Turns the repository's signing secrets into electron-builder's environment variables, for the
// desktop workflow (.github/workflows/desktop.yml), exporting ONLY those that are set.
//
// Why: GitHub passes a missing secret as an empty string, and electron-builder reads only null as
// "no certificate" (platformPackager.getCscLink uses chooseNotNull), so CSC_LINK="" makes it import
// a certificate from "" and fail with '… is not a file'. Unset stays unset here.
//
// In:  SECRET_<NAME> for each name below, RUNNER_OS (macOS | Windows | Linux), GITHUB_ENV (the file
//      GitHub reads variables from), RUNNER_TEMP (where the App Store Connect key file goes).
// Out: lines appended to GITHUB_ENV; a summary on stdout that names variables, never values.
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** Azure Trusted Signing: the service principal (read by Azure's own EnvironmentCredential) and the account. */
export const AZURE_SIGNING = [
  'AZURE_TENANT_ID',
  'AZURE_CLIENT_ID',
  'AZURE_CLIENT_SECRET',
  // Not secret, but kept with the rest so one place holds the signing set-up (scripts/dist.ts
  // turns these four into electron-builder's win.azureSignOptions).
  'AZURE_SIGNING_ENDPOINT',
  'AZURE_SIGNING_ACCOUNT',
  'AZURE_SIGNING_PROFILE',
  'AZURE_SIGNING_PUBLISHER',
] as const;

/** Which secrets each runner OS uses, as electron-builder (or scripts/dist.ts) reads them. */
export const SIGNING_VARIABLES: Readonly<Record<string, readonly string[]>> = {
  // Windows: Azure Trusted Signing, the documented way (keys in Azure's hardware modules); a .pfx
  // (WIN_CSC_*) only as the alternative. WIN_CSC_LINK wins over CSC_LINK in electron-builder, and
  // CSC_LINK is never exported here, so the macOS certificate cannot leak into signtool.
  Windows: [...AZURE_SIGNING, 'WIN_CSC_LINK', 'WIN_CSC_KEY_PASSWORD'],
  macOS: [
    'CSC_LINK',
    'CSC_KEY_PASSWORD',
    'APPLE_API_KEY',
    'APPLE_API_KEY_ID',
    'APPLE_API_ISSUER',
    'APPLE_ID',
    'APPLE_APP_SPECIFIC_PASSWORD',
    'APPLE_TEAM_ID',
  ],
  Linux: [],
};

// Notarisation and Azure signing need all of a group or none (electron-builder throws on a
// partial notarisation group; a partial Azure group would fail deep inside PowerShell).
const GROUPS: readonly (readonly string[])[] = [
  ['APPLE_API_KEY', 'APPLE_API_KEY_ID', 'APPLE_API_ISSUER'],
  ['APPLE_ID', 'APPLE_APP_SPECIFIC_PASSWORD', 'APPLE_TEAM_ID'],
  AZURE_SIGNING,
];

/** A value, or undefined when the secret is missing, empty or only white space. */
function secret(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const value = env[`SECRET_${name}`];
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/** One GITHUB_ENV entry in the multi-line form, safe for values with newlines (certificates, keys). */
function envEntry(name: string, value: string): string {
  const delimiter = `SENDCHECK_EOF_${Math.random().toString(36).slice(2)}`;
  return `${name}<<${delimiter}\n${value}\n${delimiter}\n`;
}

/**
 * The variables to export for one runner OS: only the secrets that are set; the App Store Connect
 * key (its text) written to a file, since electron-builder wants APPLE_API_KEY to be a path.
 * Throws on a half-filled notarisation group.
 */
export function signingEnvironment(
  env: NodeJS.ProcessEnv,
  writeKeyFile: (text: string) => string,
): Record<string, string> {
  const os = env['RUNNER_OS'] ?? '';
  const names = SIGNING_VARIABLES[os];
  if (!names) throw new Error(`unknown RUNNER_OS "${os}"`);
  const out: Record<string, string> = {};
  for (const name of names) {
    const value = secret(env, name);
    if (value !== undefined) out[name] = value;
  }
  for (const group of GROUPS) {
    const present = group.filter((n) => n in out);
    if (present.length > 0 && present.length < group.length) {
      const missing = group.filter((n) => !(n in out));
      const what = group === AZURE_SIGNING ? 'Azure Trusted Signing' : 'notarisation';
      throw new Error(`${what} needs ${group.join(', ')}; missing: ${missing.join(', ')}`);
    }
  }
  const key = out['APPLE_API_KEY'];
  if (key !== undefined) out['APPLE_API_KEY'] = writeKeyFile(key);
  // No certificate on macOS: do not look for one in the keychain either (an ad-hoc signed build).
  if (os === 'macOS' && out['CSC_LINK'] === undefined) out['CSC_IDENTITY_AUTO_DISCOVERY'] = 'false';
  return out;
}

/** The workflow step: reads the process environment, appends to GITHUB_ENV, prints a summary. */
function run(): void {
  const githubEnv = process.env['GITHUB_ENV'];
  if (!githubEnv) throw new Error('GITHUB_ENV is not set (run this inside a GitHub workflow)');
  const writeKeyFile = (text: string): string => {
    const dir = path.join(process.env['RUNNER_TEMP'] ?? '.', 'sendcheck-signing');
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, 'AuthKey.p8');
    writeFileSync(file, text.endsWith('\n') ? text : `${text}\n`, { mode: 0o600 });
    return file;
  };
  const vars = signingEnvironment(process.env, writeKeyFile);
  for (const [name, value] of Object.entries(vars))
    appendFileSync(githubEnv, envEntry(name, value));
  const names = Object.keys(vars);
  console.log(
    names.length > 0
      ? `signing variables exported: ${names.join(', ')}`
      : 'no signing secrets set: the build is unsigned',
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    run();
  } catch (err) {
    console.error(`signing-env: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  }
}
