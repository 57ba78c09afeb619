/**
 * Reference codes and report files from the real CLI in the simulated ISP network: the code in
 * `--json` decodes to the verdict and to how each port really answered, and `--report` writes a
 * file that reads back with the same code.
 */
import { execFileSync } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeReferenceCode, type PortState } from '../../shared/reference-code.js';
import { parseReportFile } from '../../shared/report-file.js';
import { labAvailable } from './lab.js';
import type { ScenarioName } from './scenarios.js';
import { LAB_ACCOUNT } from './topology.js';
import { useLab } from './use-lab.js';
import { makeTempDirAsync } from '../support/temp-dir.js';

const available = labAvailable();

interface Expected {
  verdict: string;
  ports: Partial<Record<25 | 465 | 587, PortState>>;
}

const CASES: [ScenarioName, Expected][] = [
  ['open', { verdict: 'ok', ports: { 25: 'open', 587: 'open' } }],
  ['op25b_drop', { verdict: 'port25_blocked', ports: { 25: 'blocked_silent', 587: 'open' } }],
  ['op25b_reset', { verdict: 'port25_blocked', ports: { 25: 'refused', 587: 'open' } }],
  ['op25b_icmp', { verdict: 'port25_blocked', ports: { 25: 'prohibited', 587: 'open' } }],
  ['op25b_intercept', { verdict: 'port25_intercepted', ports: { 25: 'intercepted' } }],
  [
    'submission_blocked',
    {
      verdict: 'submission_blocked',
      ports: { 25: 'blocked_silent', 465: 'open', 587: 'blocked_silent' },
    },
  ],
  [
    'smtp_blocked',
    {
      verdict: 'smtp_blocked',
      ports: { 25: 'blocked_silent', 465: 'blocked_silent', 587: 'blocked_silent' },
    },
  ],
];

describe.skipIf(!available.ok)(
  `reference codes in the lab${available.ok ? '' : ` (skipped: ${available.reason})`}`,
  () => {
    const lab = useLab();
    let dir = '';
    beforeAll(async () => {
      execFileSync('node', ['scripts/build.mjs', 'cli'], { stdio: 'inherit' });
      dir = await makeTempDirAsync('sendcheck-lab-report-');
    });
    afterAll(async () => {
      if (dir) await rm(dir, { recursive: true, force: true });
    });

    it.each(CASES)(
      '%s: the code says the verdict and the ports, the file reads back',
      async (scenario, expected) => {
        await lab().apply(scenario);
        const file = join(dir, `${scenario}.html`);
        const r = await lab().run(
          [
            'node',
            'build/cli/cli.mjs',
            'diagnose',
            '--email',
            LAB_ACCOUNT.email,
            '--json',
            '--lang',
            'en',
            '--report',
            file,
          ],
          { env: lab().env, timeoutMs: 30_000 },
        );
        expect(r.code).toBe(0);
        const json = JSON.parse(r.stdout) as { verdict: { code: string }; referenceCode: string };
        expect(json.verdict.code).toBe(expected.verdict);
        const decoded = decodeReferenceCode(json.referenceCode);
        if (!decoded.ok) throw new Error(`${json.referenceCode}: ${decoded.error}`);
        expect(decoded.summary.verdict).toBe(expected.verdict);
        expect(decoded.summary.ports).toMatchObject(expected.ports);
        const parsed = parseReportFile(await readFile(file, 'utf8'));
        if (!parsed.ok) throw new Error(JSON.stringify(parsed));
        expect(parsed.file.referenceCode).toBe(json.referenceCode);
        expect(parsed.file.report.verdict.code).toBe(expected.verdict);
      },
    );
  },
);
