/**
 * Made-up networks (random-networks.ts) through the real CLI in the lab, against the oracle
 * (random-oracle.ts): a fixed handful of seeds here; `npm run lab:random -- --count N --seed S`
 * runs as many as wanted.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { labAvailable } from './lab.js';
import { PRECEDENCE, expectedOutcome } from './random-oracle.js';
import { describeNetwork, exclusion, generateNetwork, networkScenario } from './random-networks.js';
import { runLine, runNetwork } from './random-run.js';
import { REPO_ROOT } from './servers-process.js';
import { useLab } from './use-lab.js';

/**
 * Seeds whose networks between them reach every value of every dimension at least once (the test
 * below checks it) and every verdict the generator leads to: ok, port25_blocked,
 * port25_intercepted, submission_blocked, smtp_blocked, security_software, pc_clock,
 * captive_portal, dns_unavailable. None is left out for failing: a failure `lab:random` finds
 * becomes a named scenario in scenarios.ts.
 */
const FIXED_SEEDS = [0, 10, 11, 140, 231, 235, 249, 378, 468];

describe('made-up networks: the generator', () => {
  it('makes the same network from the same seed, and never one the lab cannot build', () => {
    for (let seed = 0; seed < 2000; seed++) {
      const n = generateNetwork(seed);
      expect(describeNetwork(generateNetwork(seed))).toBe(describeNetwork(n));
      expect(exclusion(n), describeNetwork(n)).toBeNull();
    }
  });

  it('takes its precedence from docs/diagnosis.md', () => {
    const doc = readFileSync(`${REPO_ROOT}docs/diagnosis.md`, 'utf8').replace(/\s+/g, ' ');
    const line = /Precedence, first wins: ([a-z0-9_, ]+)\./.exec(doc)?.[1] ?? '';
    expect(line.split(', ')).toEqual(PRECEDENCE);
  });

  it('the fixed seeds reach every value of every dimension', () => {
    const seen = new Set(
      FIXED_SEEDS.flatMap((seed) => describeNetwork(generateNetwork(seed)).split(' ')),
    );
    const all = new Set(
      Array.from({ length: 2000 }, (_, seed) =>
        describeNetwork(generateNetwork(seed)).split(' '),
      ).flat(),
    );
    expect([...all].filter((v) => !seen.has(v))).toEqual([]);
  });

  it('the oracle follows the precedence: a sign-in page before the clock, the clock before the PC', () => {
    const n = generateNetwork(3);
    const portal = { ...n, dns: 'normal', web: 'portal_https', clock: 'behind' } as const;
    expect(expectedOutcome(portal).verdict).toBe('captive_portal');
    const clock = { ...portal, web: 'open', pc: 'local_refusal' } as const;
    expect(expectedOutcome(clock).verdict).toBe('pc_clock');
    const inside = { ...clock, pc: 'none', clock: 'right', ports: 'drop25' } as const;
    expect(expectedOutcome({ ...inside, provider: 'isp_own' }).verdict).toBe('ok');
    expect(expectedOutcome({ ...inside, provider: 'guessed' })).toMatchObject({
      verdict: 'port25_blocked',
      recommended: { host: 'smtp.example.jp', port: 587 },
    });
    expect(networkScenario(n, 3).name).toBe('random_3');
  });
});

const available = labAvailable();

describe.skipIf(!available.ok)(
  `made-up networks in the lab${available.ok ? '' : ` (skipped: ${available.reason})`}`,
  () => {
    const lab = useLab();
    beforeAll(() => {
      execFileSync('node', ['scripts/build.mjs', 'cli'], { stdio: 'inherit' });
    });

    for (const seed of FIXED_SEEDS) {
      const network = describeNetwork(generateNetwork(seed));
      it(`seed ${seed}: ${network}`, async () => {
        const run = await runNetwork(lab(), seed);
        expect(run.pass, runLine(run)).toBe(true);
      });
    }
  },
);
