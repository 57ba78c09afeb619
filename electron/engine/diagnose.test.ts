import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DiagnosisReport } from '../../shared/diagnosis.js';
import { createTranslator } from '../../shared/i18n/i18next-options.js';
import { VERDICT_CODES } from '../../shared/verdict.js';
import { REPORTS } from '../../test/fixtures/renderer/reports.js';
import { KNOWN_PROVIDER, diagnoseInput, probe, route } from '../../test/support/probe-builders.js';
import { verdictWords } from '../cli/output.js';
import { diagnose } from './diagnose.js';

const again = (r: DiagnosisReport): DiagnosisReport =>
  diagnose(diagnoseInput(r.probes, { candidates: r.candidates, provider: r.provider }));

describe('diagnose()', () => {
  it('keeps the port and the mail program the user said they use in the report’s request', () => {
    const probes = [route('open'), probe('submission', 'smtp.example.jp', 587, 'open')];
    const said = diagnose(diagnoseInput(probes, { userPort: 25, mailProgram: 'becky' }));
    expect(said.request).toEqual({ server: null, port: 25, mailProgram: 'becky' });
    expect(diagnose(diagnoseInput(probes)).request).toEqual({ server: null, port: null });
  });

  it('is idempotent: diagnosing a report’s probes again gives the same report', () => {
    const outcomes = ['open', 'filtered', 'refused', 'prohibited', 'local_refused'] as const;
    const arb = fc.record({
      web: fc.constantFrom('open', 'filtered'),
      mx: fc.array(fc.constantFrom(...outcomes), { minLength: 1, maxLength: 3 }),
      relay: fc.boolean(),
      s587: fc.constantFrom(...outcomes),
      s465: fc.constantFrom(...outcomes),
      route: fc.constantFrom('open', 'no_route'),
      dns: fc.constantFrom('found', 'nxdomain', 'timeout'),
    });
    fc.assert(
      fc.property(arb, (a) => {
        const mxHosts = ['gmail-smtp-in.l.google.com', 'mx01.mail.icloud.com', 'mx.outlook.com'];
        const probes = [
          route(a.route),
          probe('dns_mx', 'example.jp', null, a.dns),
          probe('web_control', 'www.google.com', 443, a.web),
          ...a.mx.map((o, i) => {
            const p = probe('reference_mx', mxHosts[i] ?? 'x', 25, o);
            return a.relay && p.smtp
              ? { ...p, smtp: { ...p.smtp, greeting: 'relay.isp ESMTP' } }
              : p;
          }),
          probe('submission', 'smtp.example.jp', 587, a.s587),
          probe('submission', 'smtp.example.jp', 465, a.s465),
        ];
        const first = diagnose(diagnoseInput(probes, KNOWN_PROVIDER));
        const second = again(first);
        expect(second.verdict).toEqual(first.verdict);
        expect(second.evidence).toEqual(first.evidence);
        expect(second.recommended).toEqual(first.recommended);
        expect(second.probes).toEqual(probes);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps no jargon in titles, explanations and actions, in both languages', () => {
    for (const lang of ['ja', 'en'] as const) {
      const t = createTranslator(lang);
      for (const code of VERDICT_CODES) {
        const words = verdictWords(REPORTS[code], t);
        for (const text of [words.title, words.explanation]) {
          expect(text).not.toMatch(/OP25B|STARTTLS|SSL|TLS|\b(25|465|587)\b|SMTP|\{\{/);
          expect(text).not.toMatch(/^verdict\./);
        }
        for (const a of words.actions)
          expect(a).not.toMatch(/OP25B|STARTTLS|\b(25|465|587)\b|SMTP|\{\{|^action\./);
      }
    }
  });
});
