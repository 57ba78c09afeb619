import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { VERDICT_CODES } from '../../../shared/verdict.js';
import { SCENARIOS, SCENARIO_NAMES } from '../../../test/lab/scenarios.js';
import { VERDICTS } from './index.js';

const doc = readFileSync(new URL('../../../docs/diagnosis.md', import.meta.url), 'utf8');

describe('the verdicts', () => {
  it('hold one definition per verdict code', () => {
    expect(VERDICTS.map((v) => v.code).sort()).toEqual([...VERDICT_CODES].sort());
  });

  it('stand in the precedence order docs/diagnosis.md gives', () => {
    const line = /Precedence, first wins: ([^.]+)\./.exec(doc.replace(/\s+/g, ' '))?.[1] ?? '';
    expect(VERDICTS.map((v) => v.code)).toEqual(line.split(', '));
  });

  it('stop the mail where docs/diagnosis.md’s table says', () => {
    const place = {
      'this PC': 'pc',
      'the router': 'router',
      'the ISP': 'isp',
      'the server': 'server',
      '—': null,
    };
    for (const v of VERDICTS) {
      const row = new RegExp(`^\\| ${v.code} +\\|[^|]+\\| ([^|]+?) +\\|`, 'm').exec(doc);
      expect(row, v.code).not.toBeNull();
      expect(place[row?.[1] as keyof typeof place], v.code).toBe(v.blockedAt);
    }
  });

  it('each have a unit test file of their own', () => {
    for (const v of VERDICTS) {
      const file = new URL(`./${v.code.replaceAll('_', '-')}.test.ts`, import.meta.url);
      expect(existsSync(file), v.code).toBe(true);
    }
  });
});

describe('the lab scenarios', () => {
  it('expect every verdict at least once', () => {
    for (const v of VERDICTS) expect(v.labScenarios.length, v.code).toBeGreaterThan(0);
  });

  it('declare the verdict whose definition lists them, and each is listed once', () => {
    const listed = VERDICTS.flatMap((v) => v.labScenarios.map((name) => [name, v.code] as const));
    expect(listed.map(([name]) => name).sort()).toEqual([...SCENARIO_NAMES].sort());
    for (const [name, code] of listed)
      expect(SCENARIOS[name as keyof typeof SCENARIOS]?.verdict, name).toBe(code);
  });
});
