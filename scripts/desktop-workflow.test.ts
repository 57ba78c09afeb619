import { describe, expect, it } from 'vitest';
import yaml from 'js-yaml';
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { AZURE_SIGNING, SIGNING_VARIABLES, signingEnvironment } from './signing-env.js';
import { makeTempDir } from '../test/support/temp-dir.js';

interface Step {
  name?: string;
  run?: string;
  uses?: string;
  if?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Workflow {
  on: { push: { branches: string[]; tags?: string[] } };
  permissions: Record<string, string>;
  jobs: Record<
    string,
    {
      'runs-on': string;
      strategy: { matrix: { os: string[] } };
      steps: Step[];
      env?: Record<string, string>;
      needs?: string;
      if?: string;
      permissions?: Record<string, string>;
    }
  >;
}

/** The value, or a failure saying it was missing (no non-null assertions). */
function must<T>(value: T | null | undefined): T {
  if (value === null || value === undefined) throw new Error('expected a value');
  return value;
}

const wf = yaml.load(readFileSync('.github/workflows/desktop.yml', 'utf8')) as Workflow;
const job = must(wf.jobs['package']);
const runs = job.steps.map((s) => s.run ?? s.uses ?? '');
const scripts = (
  JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }
).scripts;

describe('.github/workflows/desktop.yml', () => {
  it('runs on Windows and macOS', () => {
    expect(job.strategy.matrix.os).toEqual(['windows-latest', 'macos-latest']);
    expect(job['runs-on']).toBe('${{ matrix.os }}');
  });

  it('installs, tests, scans, packages, smoke-tests and uploads, in that order', () => {
    const order = [
      'npm ci',
      'npm run lint',
      'npm run typecheck',
      'npm run test:unit',
      'npm run security',
      'npm run dist',
      'npx --no install-electron',
      'npm run test:smoke',
      'actions/upload-artifact',
    ];
    const at = order.map((cmd) => runs.findIndex((r) => r.startsWith(cmd)));
    expect(
      at.every((i) => i >= 0),
      JSON.stringify(runs),
    ).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it('uses only npm scripts that exist', () => {
    for (const r of runs) {
      const m = /^npm run (\S+)/.exec(r);
      const name = m?.[1];
      if (name) expect(scripts, name).toHaveProperty(name);
    }
  });

  it('makes the smoke test fail rather than skip when the app is missing', () => {
    expect(job.env?.['SENDCHECK_REQUIRE_APP']).toBe('1');
  });

  it('sets up Node 22 LTS or newer (@electron/rebuild needs node >= 22.12)', () => {
    const setup = must(job.steps.find((st) => st.uses?.startsWith('actions/setup-node')));
    expect(Number(String(setup.with?.['node-version']).split('.')[0])).toBeGreaterThanOrEqual(22);
  });

  it('gives no build step a secret directly: an unset secret would arrive as ""', () => {
    const signing = signingStep();
    for (const st of job.steps) {
      if (st === signing) continue;
      expect(JSON.stringify(st), st.name ?? st.run ?? st.uses).not.toMatch(/secrets\./);
    }
    expect(JSON.stringify(job.env ?? {})).not.toMatch(/secrets\./);
  });

  it('hands every signing secret (WIN_CSC_*, CSC_*, APPLE_*) to the script that exports only set ones', () => {
    const st = signingStep();
    const wanted = [...new Set(Object.values(SIGNING_VARIABLES).flat())].sort();
    expect(wanted).toEqual(
      expect.arrayContaining([
        'WIN_CSC_LINK',
        'WIN_CSC_KEY_PASSWORD',
        'APPLE_API_KEY',
        'APPLE_API_KEY_ID',
        'APPLE_API_ISSUER',
      ]),
    );
    expect(Object.keys(st.env ?? {}).sort()).toEqual(wanted.map((n) => `SECRET_${n}`));
    for (const [name, value] of Object.entries(st.env ?? {}))
      expect(value).toBe(`\${{ secrets.${name.replace(/^SECRET_/, '')} }}`);
  });

  it('signs before packaging, and nothing can skip packaging or the smoke test (a fork builds unsigned)', () => {
    const at = (pred: (st: Step) => boolean) => job.steps.findIndex(pred);
    expect(at((st) => st === signingStep())).toBeLessThan(at((st) => st.run === 'npm run dist'));
    for (const st of job.steps.filter(
      (x) => x.if === undefined || x.name !== 'Upload test results',
    ))
      expect(st.if, st.name ?? st.run ?? st.uses).toBeUndefined();
  });
});

describe('.github/workflows/desktop.yml: results and releases', () => {
  const step = (name: string) => must(job.steps.find((st) => st.name === name));
  const release = must(wf.jobs['release']);

  it('uploads screenshots, output and logs whatever happened, installers only after the smoke test passed', () => {
    expect(step('Upload test results').if).toBe('always()');
    expect(step('Upload test results').with?.['path']).toContain('test-results/');
    const installers = step('Upload installers');
    // No `if`: GitHub runs it only when every step before it succeeded.
    expect(installers.if).toBeUndefined();
    expect(job.steps.indexOf(installers)).toBeGreaterThan(
      job.steps.findIndex((st) => st.run === 'npm run test:smoke'),
    );
  });

  it('builds a release on version tags: signed or failing, then a draft release from the checked files', () => {
    expect(wf.on.push.tags).toEqual(['v*.*.*']);
    expect(job.env?.['SENDCHECK_RELEASE']).toBe(
      "${{ startsWith(github.ref, 'refs/tags/v') && '1' || '0' }}",
    );
    expect(scripts['dist']).toContain('scripts/dist.ts');
    expect(release.needs).toBe('package');
    expect(release.if).toBe("startsWith(github.ref, 'refs/tags/v')");
    const runs = release.steps.map((st) => st.run ?? st.uses ?? '');
    const check = runs.findIndex((r) => r.includes('scripts/release-check.ts'));
    const draft = runs.findIndex((r) => r.startsWith('gh release create'));
    expect(check).toBeGreaterThan(runs.findIndex((r) => r.startsWith('actions/download-artifact')));
    expect(draft).toBeGreaterThan(check);
    expect(runs[draft]).toContain('--draft');
  });

  it('lets only the release job write to the repository', () => {
    expect(wf.permissions).toEqual({ contents: 'read' });
    expect(job.permissions).toBeUndefined();
    expect(release.permissions).toEqual({ contents: 'write' });
  });
});

/** The step that runs scripts/signing-env.ts. */
function signingStep(): Step {
  return must(job.steps.find((st) => st.run?.includes('scripts/signing-env.ts')));
}

/** Runs the real script as the workflow does, with the given secrets, and returns what it exported. */
function runSigningScript(os: string, secrets: Record<string, string>): string {
  const dir = makeTempDir('sendcheck-signing-');
  const githubEnv = path.join(dir, 'github-env');
  writeFileSync(githubEnv, '');
  // The runner's own environment (Windows needs more than PATH), without any real secret.
  const env: NodeJS.ProcessEnv = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !name.startsWith('SECRET_')),
  );
  Object.assign(env, { RUNNER_OS: os, RUNNER_TEMP: dir });
  env['GITHUB_ENV'] = githubEnv;
  // As GitHub does: every secret the step names is present, the unset ones as "".
  for (const name of Object.keys(signingStep().env ?? {})) env[name] = '';
  for (const [name, value] of Object.entries(secrets)) env[`SECRET_${name}`] = value;
  try {
    execFileSync(process.execPath, ['--import', 'tsx', 'scripts/signing-env.ts'], { env });
    return readFileSync(githubEnv, 'utf8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('scripts/signing-env.ts', () => {
  const exported = (text: string) => [...text.matchAll(/^(\w+)<</gm)].map((m) => m[1]);

  it('exports nothing that would make electron-builder sign when no secret is set (a fork)', () => {
    expect(exported(runSigningScript('Windows', {}))).toEqual([]);
    expect(exported(runSigningScript('macOS', {}))).toEqual(['CSC_IDENTITY_AUTO_DISCOVERY']);
  });

  it('exports the set secrets only, each under the name electron-builder reads', () => {
    const mac = runSigningScript('macOS', {
      CSC_LINK: 'MIIK…base64',
      CSC_KEY_PASSWORD: 'pw',
      APPLE_API_KEY: '-----BEGIN PRIVATE KEY-----\nabc\n-----END PRIVATE KEY-----',
      APPLE_API_KEY_ID: 'KEYID12345',
      APPLE_API_ISSUER: '00000000-0000-0000-0000-000000000000',
      WIN_CSC_LINK: 'windows-only',
    });
    expect(exported(mac)).toEqual([
      'CSC_LINK',
      'CSC_KEY_PASSWORD',
      'APPLE_API_KEY',
      'APPLE_API_KEY_ID',
      'APPLE_API_ISSUER',
    ]);
    expect(mac).not.toContain('windows-only');
    const win = runSigningScript('Windows', { WIN_CSC_LINK: 'pfx', CSC_LINK: 'mac-only' });
    expect(exported(win)).toEqual(['WIN_CSC_LINK']);
    expect(win).not.toContain('mac-only');
    const azure = Object.fromEntries(AZURE_SIGNING.map((name) => [name, `${name} value`]));
    expect(exported(runSigningScript('Windows', azure))).toEqual([...AZURE_SIGNING]);
  });

  it('writes the App Store Connect key to a file, since APPLE_API_KEY must be a path', () => {
    const files: string[] = [];
    const out = signingEnvironment(
      {
        RUNNER_OS: 'macOS',
        SECRET_APPLE_API_KEY: 'key text',
        SECRET_APPLE_API_KEY_ID: 'id',
        SECRET_APPLE_API_ISSUER: 'issuer',
      },
      (text) => {
        files.push(text);
        return '/tmp/AuthKey.p8';
      },
    );
    expect(files).toEqual(['key text']);
    expect(out['APPLE_API_KEY']).toBe('/tmp/AuthKey.p8');
  });

  it('treats blank secrets as unset and refuses a half-filled notarisation group', () => {
    const key = () => '/k';
    expect(signingEnvironment({ RUNNER_OS: 'Windows', SECRET_WIN_CSC_LINK: '  ' }, key)).toEqual(
      {},
    );
    expect(() =>
      signingEnvironment({ RUNNER_OS: 'macOS', SECRET_APPLE_ID: 'a@example.jp' }, key),
    ).toThrow(/APPLE_APP_SPECIFIC_PASSWORD, APPLE_TEAM_ID/);
    expect(() =>
      signingEnvironment({ RUNNER_OS: 'Windows', SECRET_AZURE_CLIENT_SECRET: 's' }, key),
    ).toThrow(
      /Azure Trusted Signing needs .*missing: AZURE_TENANT_ID, AZURE_CLIENT_ID, AZURE_SIGNING/,
    );
  });
});
