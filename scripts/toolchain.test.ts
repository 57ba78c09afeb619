/**
 * The toolchain's versions agree with each other and with the docs: the Node.js the project asks
 * for runs every locked package, the locked Electron is a supported major, and the security page
 * names the Electron that is locked. Everything is read from the files; no version is written here.
 */
import { describe, expect, it } from 'vitest';
import yaml from 'js-yaml';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

interface Semver {
  minVersion(range: string): { version: string } | null;
  satisfies(version: string, range: string): boolean;
  intersects(a: string, b: string): boolean;
}
// electron-builder's own semver (a dependency of its dependencies), typed for the three calls.
const semver = createRequire(import.meta.url)('semver') as Semver;

interface LockEntry {
  version?: string;
  engines?: { node?: unknown };
}
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { engines: { node: string } };
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as {
  packages: Record<string, LockEntry>;
};

/** The major of the Electron in the lock file. */
function lockedElectronMajor(): number {
  const version = lock.packages['node_modules/electron']?.version ?? '';
  return Number(version.split('.')[0]);
}

/** The one Electron major docs/desktop.md names as supported ("Supported Electron major: **N**"). */
function docsSupportedMajor(): number {
  const m = /Supported Electron major: \*\*(\d+)\*\*/.exec(readFileSync('docs/desktop.md', 'utf8'));
  if (!m) throw new Error('docs/desktop.md does not name a supported Electron major');
  return Number(m[1]);
}

describe('the toolchain', () => {
  it('asks for a Node.js that every locked package accepts (package.json engines)', () => {
    const min = semver.minVersion(pkg.engines.node)?.version ?? 'none';
    const refused = Object.entries(lock.packages)
      .filter(([name]) => name !== '')
      .map(([name, entry]) => [name, entry.engines?.node] as const)
      .filter((e): e is readonly [string, string] => typeof e[1] === 'string')
      .filter(([, range]) => !semver.satisfies(min, range))
      .map(([name, range]) => `${name} wants ${range}`);
    expect(refused, `Node.js ${min}`).toEqual([]);
  });

  it('sets up a Node.js in the desktop workflow that package.json accepts', () => {
    const wf = yaml.load(readFileSync('.github/workflows/desktop.yml', 'utf8')) as {
      jobs: Record<string, { steps: Array<{ uses?: string; with?: Record<string, unknown> }> }>;
    };
    const versions = Object.values(wf.jobs)
      .flatMap((job) => job.steps)
      .filter((st) => st.uses?.startsWith('actions/setup-node'))
      .map((st) => String(st.with?.['node-version']));
    expect(versions.length).toBeGreaterThan(0);
    // setup-node takes the newest release of the named line.
    for (const v of versions) expect(semver.intersects(`${v}.x`, pkg.engines.node), v).toBe(true);
  });

  it('locks an Electron major no older than the one docs/desktop.md names as supported', () => {
    expect(lockedElectronMajor()).toBeGreaterThanOrEqual(docsSupportedMajor());
  });

  it('docs/security.md row 16 ("a current Electron") names the locked major', () => {
    const row = readFileSync('docs/security.md', 'utf8')
      .split('\n')
      .find((line) => /^\| 16 +\|/.test(line));
    expect(row).toMatch(new RegExp(`Electron ${lockedElectronMajor()}\\b`));
  });
});
