/**
 * npm run security: Electronegativity over electron/ and renderer/, failing on any finding of
 * medium or high severity at firm or certain confidence that scripts/security-suppressions.json
 * does not suppress with a written reason. A suppression that no longer matches anything fails
 * too, so the list cannot rot. Offline: the scanner's two network calls (translations, Electron
 * release notes) are stubbed out, and the release-notes check is excluded (see EXCLUDED_CHECKS).
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);

/** One finding, with the file relative to the repository and '/' as separator. */
export interface Finding {
  id: string;
  file: string;
  line: number;
  column: number;
  severity: string;
  confidence: string;
  manualReview: boolean;
}

/** A finding accepted on purpose: which check, where, and why it is not a problem here. */
export interface Suppression {
  check: string;
  file: string;
  reason: string;
}

/** Checks switched off, each with its reason (printed with every run). */
export const EXCLUDED_CHECKS: Readonly<Record<string, string>> = {
  AvailableSecurityFixesGlobalCheck:
    'downloads Electron release notes from the internet; Electron currency is item 16 of docs/security.md (Dependabot and the pinned major)',
};

const BLOCKING_SEVERITY = new Set(['MEDIUM', 'HIGH']);
const BLOCKING_CONFIDENCE = new Set(['FIRM', 'CERTAIN']);
const MIN_REASON = 20;

/** Medium or high severity at firm confidence or above. */
export function isBlocking(f: Finding): boolean {
  return BLOCKING_SEVERITY.has(f.severity) && BLOCKING_CONFIDENCE.has(f.confidence);
}

/** What a run comes to: findings that fail it, those suppressed, and suppressions that are wrong. */
export interface Evaluation {
  blocking: Finding[];
  suppressed: Array<{ finding: Finding; reason: string }>;
  stale: Suppression[];
  invalid: string[];
}

/** Sorts findings against the suppressions. */
export function evaluate(
  findings: readonly Finding[],
  suppressions: readonly Suppression[],
): Evaluation {
  const invalid = suppressions
    .filter(
      (s) =>
        !s.check || !s.file || typeof s.reason !== 'string' || s.reason.trim().length < MIN_REASON,
    )
    .map(
      (s) =>
        `${s.check || '?'} in ${s.file || '?'}: a reason of at least ${MIN_REASON} characters is required`,
    );
  const valid = suppressions.filter(
    (s) => typeof s.reason === 'string' && s.reason.trim().length >= MIN_REASON,
  );
  const used = new Set<Suppression>();
  const blocking: Finding[] = [];
  const suppressed: Evaluation['suppressed'] = [];
  for (const f of findings.filter(isBlocking)) {
    const s = valid.find((x) => x.check === f.id && x.file === f.file);
    if (s) {
      used.add(s);
      suppressed.push({ finding: f, reason: s.reason });
    } else {
      blocking.push(f);
    }
  }
  const stale = valid.filter((s) => !used.has(s));
  return { blocking, suppressed, stale, invalid };
}

interface RawIssue {
  id: string;
  file: string;
  location: { line: number; column: number };
  severity: { name: string };
  confidence: { name: string };
  manualReview?: boolean;
}

type Runner = (
  options: Record<string, unknown>,
  forCli: boolean,
) => Promise<{ issues: RawIssue[]; errors: unknown[] }>;

let runner: Runner | null = null;

/** Loads Electronegativity with its HTTP client replaced by one that always fails, at once. */
function loadRunner(): Runner {
  if (runner) return runner;
  const pkgDir = path.dirname(require.resolve('@doyensec/electronegativity/package.json'));
  const gotPath = require.resolve('got', { paths: [pkgDir] });
  const offline = (): Promise<never> =>
    Promise.reject(new Error('offline: network disabled by scripts/security.ts'));
  require.cache[gotPath] = {
    id: gotPath,
    filename: gotPath,
    loaded: true,
    exports: offline,
  } as unknown as NodeJS.Module;
  // Its messages come from a bundled catalogue; LANG would make it look for others online.
  process.env['LANG'] = 'en-US';
  const mod = require(path.join(pkgDir, 'dist', 'runner.js')) as Runner | { default: Runner };
  runner = typeof mod === 'function' ? mod : mod.default;
  return runner;
}

/**
 * Scans directories of the repository as ONE application: the global checks (CSP, navigation
 * limits, permission handler) look for their safeguard anywhere in the input, and the safeguards
 * for the renderer live in electron/. The scanner takes a single folder, so the directories are
 * copied side by side into a temporary one. Files come back relative to the repository root.
 */
export async function scan(dirs: readonly string[], root = process.cwd()): Promise<Finding[]> {
  const electronVersion = (
    JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')) as {
      version: string;
    }
  ).version;
  const stage = mkdtempSync(path.join(tmpdir(), 'sendcheck-security-'));
  try {
    for (const dir of dirs) {
      cpSync(path.resolve(root, dir), path.join(stage, dir), {
        recursive: true,
        filter: (src) => !src.split(path.sep).includes('node_modules'),
      });
    }
    const result = await loadRunner()(
      {
        input: stage,
        customScan: [],
        excludeFromScan: Object.keys(EXCLUDED_CHECKS).map((c) => c.toLowerCase()),
        isRelative: false,
        isVerbose: false,
        electronVersionOverride: electronVersion,
        parserPlugins: [],
      },
      false,
    );
    return result.issues.map((i) => ({
      id: i.id,
      // Global checks report 'N/A': they are about the application as a whole.
      file: path.isAbsolute(i.file)
        ? path.relative(stage, i.file).split(path.sep).join('/')
        : i.file,
      line: i.location.line,
      column: i.location.column,
      severity: i.severity.name,
      confidence: i.confidence.name,
      manualReview: Boolean(i.manualReview),
    }));
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}

/** Reads the suppressions list. */
export function readSuppressions(file: string): Suppression[] {
  return JSON.parse(readFileSync(file, 'utf8')) as Suppression[];
}

async function main(): Promise<number> {
  const dirs = ['electron', 'renderer'];
  const findings = await scan(dirs);
  const suppressions = readSuppressions('scripts/security-suppressions.json');
  const result = evaluate(findings, suppressions);

  mkdirSync('build/security', { recursive: true });
  writeFileSync(
    'build/security/electronegativity.json',
    JSON.stringify({ findings, ...result }, null, 2),
  );

  const fmt = (f: Finding) =>
    `${f.severity}/${f.confidence} ${f.id} ${f.file}:${f.line}:${f.column}`;
  console.log(`Electronegativity on ${dirs.join(', ')}: ${findings.length} finding(s) in all`);
  for (const [check, reason] of Object.entries(EXCLUDED_CHECKS))
    console.log(`  excluded ${check}: ${reason}`);
  for (const f of findings.filter((x) => !isBlocking(x))) console.log(`  below the bar: ${fmt(f)}`);
  for (const s of result.suppressed)
    console.log(`  suppressed: ${fmt(s.finding)}\n    reason: ${s.reason}`);
  for (const f of result.blocking) console.error(`  BLOCKING: ${fmt(f)}`);
  for (const s of result.stale)
    console.error(`  STALE SUPPRESSION (matches nothing): ${s.check} in ${s.file}`);
  for (const m of result.invalid) console.error(`  INVALID SUPPRESSION: ${m}`);
  const failed = result.blocking.length + result.stale.length + result.invalid.length;
  console.log(failed === 0 ? 'security: ok' : `security: ${failed} problem(s)`);
  return failed === 0 ? 0 : 1;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().then(
    (code) => process.exit(code),
    (err: unknown) => {
      console.error(err);
      process.exit(1);
    },
  );
}
