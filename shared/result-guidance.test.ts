import { describe, expect, it } from 'vitest';
import { VERDICTS } from '../electron/engine/verdicts/index.js';
import { REPORTS } from '../test/fixtures/renderer/reports.js';
import { CARD_ACTIONS, resultGuidance, VERDICT_GUIDANCE } from './result-guidance.js';
import { VERDICT_CODES } from './verdict.js';

describe('what each verdict tells the user to do with the settings', () => {
  it('names every verdict, as docs/diagnosis.md says what the user is told', () => {
    expect(VERDICT_GUIDANCE).toEqual({
      ok: 'settings_fine',
      port25_blocked: 'change_settings',
      port25_intercepted: 'change_settings',
      submission_blocked: 'change_settings',
      smtp_blocked: 'keep_settings',
      server_unreachable: 'keep_settings',
      tls_problem: 'keep_settings',
      security_software: 'keep_settings',
      captive_portal: 'keep_settings',
      auth_failed: 'settings_fine',
      domain_not_found: 'keep_settings',
      dns_unavailable: 'keep_settings',
      internet_unreachable: 'keep_settings',
      offline: 'keep_settings',
      pc_clock: 'keep_settings',
    });
    expect(Object.keys(VERDICT_GUIDANCE).sort()).toEqual([...VERDICT_CODES].sort());
  });

  for (const code of VERDICT_CODES) {
    it(`${code}: the engine's next steps agree (a step pointing at the settings card only where it is shown)`, () => {
      const guidance = VERDICT_GUIDANCE[code];
      const def = VERDICTS.find((v) => v.code === code);
      const report = REPORTS[code];
      const steps = [...(def?.actions ?? []), ...report.verdict.actions].map((a) => a.id);
      const pointsAtCard = steps.some((id) => CARD_ACTIONS.has(id));
      if (guidance === 'keep_settings') expect(pointsAtCard).toBe(false);
      if (guidance === 'change_settings') {
        expect(pointsAtCard).toBe(true);
        expect(report.recommended).not.toBeNull();
      }
    });
  }

  it('says the settings are fine only when those in use now are known to be the recommended ones', () => {
    for (const code of ['ok', 'auth_failed'] as const) {
      expect(resultGuidance(code, { differs: false })).toBe('settings_fine');
      expect(resultGuidance(code, { differs: true })).toBe('change_settings');
      expect(resultGuidance(code, null)).toBe('change_settings');
    }
  });

  it('never turns "do not change" or "change" into anything else', () => {
    for (const code of VERDICT_CODES) {
      if (VERDICT_GUIDANCE[code] === 'settings_fine') continue;
      for (const current of [null, { differs: true }, { differs: false }])
        expect(resultGuidance(code, current)).toBe(VERDICT_GUIDANCE[code]);
    }
  });
});
