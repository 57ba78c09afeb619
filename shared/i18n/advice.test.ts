/**
 * Advice that is safe and possible: whatever tells the user to turn protection off also says to
 * turn it back on; nobody without internet is sent to a web page; port25_intercepted, which 587
 * with a login fixes, asks nothing to be turned off.
 */
import { describe, expect, it } from 'vitest';
import { VERDICTS } from '../../electron/engine/verdicts/index.js';
import { REPORTS } from '../../test/fixtures/renderer/reports.js';
import type { ActionId } from '../evidence.js';
import { action as enAction } from './en/verdicts.js';
import { action as jaAction } from './ja/verdicts.js';

const ids = Object.keys(jaAction) as ActionId[];

/** Every step a verdict can show: its default ones and those of the recorded reports. */
function stepsOf(code: string): ActionId[] {
  const def = VERDICTS.find((v) => v.code === code)?.actions ?? [];
  const report = REPORTS[code as keyof typeof REPORTS];
  return [...def, ...(report?.verdict.actions ?? [])].map((a) => a.id);
}

describe('safe advice', () => {
  const turnsOff = ids.filter((id) => jaAction[id].includes('オフ'));

  it('finds the steps that turn something off (the check below is not empty)', () => {
    expect(turnsOff).toEqual(
      expect.arrayContaining([
        'antivirus_mail_scan',
        'antivirus_ssl_scan',
        'security_mail_shield',
        'security_ssl_scan',
      ]),
    );
  });

  for (const id of turnsOff) {
    it(`${id}: says to turn it back on, in both languages`, () => {
      expect(jaAction[id]).toContain('オンに戻してください');
      expect(enAction[id]).toMatch(/turn it back on/);
    });
  }

  it('port25_intercepted asks nothing to be turned off: 587 with a login goes past it', () => {
    const steps = stepsOf('port25_intercepted');
    expect(steps.length).toBeGreaterThan(0);
    for (const id of steps) expect(turnsOff).not.toContain(id);
  });

  for (const code of ['offline', 'internet_unreachable', 'dns_unavailable'] as const) {
    it(`${code}: sends nobody without internet to an outage page`, () => {
      for (const id of stepsOf(code)) {
        expect(jaAction[id]).not.toMatch(/障害情報/);
        expect(enAction[id]).not.toMatch(/outage|web ?page|website/i);
      }
    });
  }

  it('Japanese advice is whole sentences with full-width punctuation', () => {
    for (const id of ids) {
      const ja = jaAction[id];
      expect(ja, id).toMatch(/。$/);
      expect(ja, id).not.toMatch(/[,.?!:;](?![0-9])/);
    }
  });
});
