import { describe, expect, it } from 'vitest';
import yaml from 'js-yaml';
import { readFileSync } from 'node:fs';

interface Step {
  name?: string;
  run?: string;
  uses?: string;
  env?: Record<string, string>;
}
interface Workflow {
  jobs: Record<
    string,
    {
      'runs-on': string;
      strategy: { matrix: { os: string[] } };
      steps: Step[];
      env?: Record<string, string>;
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

  it('takes signing secrets from the repository secrets only', () => {
    const pack = must(job.steps.find((s) => s.run === 'npm run dist'));
    for (const value of Object.values(pack.env ?? {}))
      expect(value).toMatch(/^\$\{\{ secrets\.[A-Z_]+( != '')? \}\}$/);
  });
});
