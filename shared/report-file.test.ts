import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../test/support/html-dom.js';
import { report as reportArb } from '../test/support/report-arbitrary.js';
import { collectAboutFacts } from './about-facts.js';
import type { DiagnosisReport } from './diagnosis.js';
import { evidence } from './evidence.js';
import { createTranslator } from './i18n/i18next-options.js';
import { reportFileErrorMessage, say } from './i18n/messages.js';
import type { ProbeResult } from './probe.js';
import { decodeReferenceCode, referenceCodeFor } from './reference-code.js';
import { DATA_BLOCK_OPEN, MAX_REPORT_FILE_CHARS } from './report-file-format.js';
import {
  buildReportFile,
  parseReportFile,
  redactReport,
  reportFileName,
  type ParseReportResult,
} from './report-file.js';

const ja = createTranslator('ja');
const en = createTranslator('en');
const CREATED = new Date('2026-11-30T19:12:34.000Z');
const CANARY = 'Canary-Pa55word!';
const CANARY_B64 = Buffer.from(CANARY).toString('base64');
const USER_B64 = Buffer.from('taro@ocn.ne.jp').toString('base64');

function smtpProbe(over: Partial<ProbeResult>, transcript: [string, string][]): ProbeResult {
  return {
    id: `smtp:${over.role ?? 'submission'}`,
    kind: 'smtp',
    role: 'submission',
    host: 'smtp.ocn.ne.jp',
    ip: '192.0.2.25',
    port: 587,
    outcome: 'open',
    ms: 42,
    detail: 'greeting 220',
    ...over,
    smtp: {
      greetingCode: 220,
      greeting: 'smtp.ocn.ne.jp ESMTP',
      extensions: ['AUTH PLAIN LOGIN'],
      startTls: 'ok',
      authMechanisms: ['PLAIN', 'LOGIN'],
      tls: null,
      failure: null,
      failureDetail: null,
      transcript: transcript.map(([dir, text], t) => ({ t, dir: dir as 'C' | 'S', text })),
    },
  };
}

/** A port25_blocked report whose transcripts hold a password, as a broken engine might leave it. */
function leakyReport(): DiagnosisReport {
  const report: DiagnosisReport = {
    verdict: {
      code: 'port25_blocked',
      confidence: 'high',
      actions: [{ id: 'change_outgoing', params: {} }],
    },
    recommended: {
      host: 'smtp.ocn.ne.jp',
      port: 587,
      security: 'starttls',
      auth: true,
      username: 'taro@ocn.ne.jp',
      verified: true,
      source: 'provider_db',
    },
    evidence: [
      evidence('port25_blocked', 'problem', { hosts: ['mx.example.net'], how: 'filtered' }),
    ],
    probes: [
      smtpProbe({}, [
        ['S', '220 smtp.ocn.ne.jp ESMTP'],
        ['C', `AUTH LOGIN`],
        ['S', '334 VXNlcm5hbWU6'],
        ['C', USER_B64],
        ['S', '334 UGFzc3dvcmQ6'],
        ['C', CANARY_B64],
        ['S', '235 ok'],
        ['C', `AUTH PLAIN ${Buffer.from(`\0taro\0${CANARY}`).toString('base64')}`],
        ['C', 'QUIT'],
      ]),
      smtpProbe({ kind: 'auth', role: 'login', id: 'login' }, [['C', `password is ${CANARY}`]]),
    ],
    elapsedMs: 2345,
    email: {
      display: 'taro@ocn.ne.jp',
      ascii: 'taro@ocn.ne.jp',
      domain: 'ocn.ne.jp',
      domainAscii: 'ocn.ne.jp',
    },
    provider: { id: 'ocn.ne.jp', name: 'OCN' },
    request: { server: 'smtp.ocn.ne.jp', port: 25 },
    candidates: [],
    blockedAt: 'isp',
  };
  // Fields that are not part of a report must never reach a file, whatever a caller adds.
  Object.assign(report, { password: CANARY });
  Object.assign(report.request, { password: CANARY });
  return report;
}

function build(r: DiagnosisReport, lang: 'ja' | 'en' = 'en'): string {
  return buildReportFile(r, {
    appVersion: '0.1.0',
    lang,
    t: lang === 'ja' ? ja : en,
    createdAt: CREATED,
    facts: collectAboutFacts('0.1.0', { node: '20.19.0' }),
  });
}

function first<T>(items: T[]): T {
  const item = items[0];
  if (item === undefined) throw new Error('the fixture has at least one item');
  return item;
}

function failed(r: ParseReportResult): { error: string; path?: string } {
  if (r.ok) throw new Error('expected the file to be refused');
  return r;
}

/** An evidence item as a file might hold it, right or wrong. */
type EvidenceItem = { id: string; params: Record<string, unknown>; severity?: string };
const CERT_PARAMS = {
  host: 'smtp.example.jp',
  port: 465,
  code: 'X',
  validTo: '2027-01-01T00:00:00.000Z',
  names: [],
  issuer: 'CA',
};

/** The data block of a built file, parsed, for tests that change it. */
function dataOf(text: string): Record<string, unknown> {
  const start = text.indexOf(DATA_BLOCK_OPEN) + DATA_BLOCK_OPEN.length;
  return JSON.parse(text.slice(start, text.indexOf('</script>', start))) as Record<string, unknown>;
}

describe('a saved report file', () => {
  it('round-trips any report: the reader gives back the redacted report, code and facts', () => {
    fc.assert(
      fc.property(
        reportArb,
        fc.constantFrom('ja', 'en') as fc.Arbitrary<'ja' | 'en'>,
        (r, lang) => {
          const parsed = parseReportFile(build(r, lang));
          if (!parsed.ok) throw new Error(JSON.stringify(parsed));
          // fast-check's records have no prototype; the reader's are plain objects: compare values.
          expect(parsed.file.report).toEqual(redactReport(r));
          expect(parsed.file.referenceCode).toBe(referenceCodeFor(r, '0.1.0'));
          expect(parsed.file.createdAt).toBe('2026-11-30T19:12:34.000Z');
          expect(parsed.file.about.facts?.providerData.entries).toBeGreaterThan(100);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('is a static page: one script element, the JSON data block, and text shown as text', () => {
    fc.assert(
      fc.property(reportArb, (r) => {
        const html = build(r);
        const doc = parseHtml(html);
        const scripts = doc.querySelectorAll('script');
        expect(scripts.length).toBe(1);
        expect(scripts[0]?.getAttribute('type')).toBe('application/json');
        for (const el of doc.querySelectorAll('*')) {
          expect(['img', 'iframe', 'object', 'embed', 'a', 'form']).not.toContain(el.localName);
          for (const attr of el.attributes) expect(attr.name).not.toMatch(/^on/);
        }
        // What the browser hands to a reader is exactly the JSON that was written.
        expect(JSON.parse(scripts[0]?.textContent ?? '')).toEqual(dataOf(html));
      }),
      { numRuns: 40 },
    );
    const hostile = leakyReport();
    first(hostile.probes).detail = '</script><script>alert(1)</script><img src=x onerror=alert(2)>';
    const html = build(hostile);
    const doc = parseHtml(html);
    expect(doc.querySelectorAll('script').length).toBe(1);
    expect(doc.body.textContent).toContain('</script><script>alert(1)</script>');
    expect(html.match(/<\/script>/g)?.length).toBe(1);
    expect(
      doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content'),
    ).toContain("default-src 'none'");
  });

  it('reads well: the code, its summary, the verdict, actions, settings and evidence in words', () => {
    const html = build(leakyReport(), 'ja');
    const text = parseHtml(html).body.textContent ?? '';
    const code = referenceCodeFor(leakyReport(), '0.1.0');
    expect(decodeReferenceCode(code).ok).toBe(true);
    for (const expected of [
      `参照コード：${code}`,
      'ポート番号 587：接続できる',
      'プロバイダーが、昔ながらの送信方法を止めています',
      '送信サーバー：smtp.ocn.ne.jp',
      'ユーザー名：taro@ocn.ne.jp',
      '保存日時：2026-11-30 19:12 UTC',
      '【問題】',
    ])
      expect(text).toContain(expected);
    expect(text).not.toMatch(/\{\{|code\.file|evidence\.|action\./);
    expect(parseHtml(html).documentElement.lang).toBe('ja');
  });

  it('never holds a password or an authentication exchange', () => {
    for (const lang of ['ja', 'en'] as const) {
      const html = build(leakyReport(), lang);
      for (const secret of [
        CANARY,
        CANARY_B64,
        USER_B64,
        Buffer.from(`\0taro\0${CANARY}`).toString('base64'),
      ])
        expect(html).not.toContain(secret);
      expect(html).not.toContain('"password"');
      const parsed = parseReportFile(html);
      if (!parsed.ok) throw new Error(JSON.stringify(parsed));
      const submission = parsed.file.report.probes[0]?.smtp?.transcript.map((l) => l.text);
      expect(submission).toEqual([
        '220 smtp.ocn.ne.jp ESMTP',
        'AUTH LOGIN [redacted]',
        '334 VXNlcm5hbWU6',
        '[redacted]',
        '334 UGFzc3dvcmQ6',
        '[redacted]',
        '235 ok',
        'AUTH PLAIN [redacted]',
        'QUIT',
      ]);
      expect(parsed.file.report.probes[1]?.smtp?.transcript).toEqual([]);
    }
  });

  it('says each refusal in words, naming the field of an invalid entry', () => {
    const errors = [
      'too_large',
      'not_a_report',
      'truncated',
      'bad_json',
      'unsupported_version',
    ] as const;
    for (const t of [ja, en])
      for (const error of errors)
        expect(say(t, reportFileErrorMessage({ error }))).not.toMatch(/\{\{|code\./);
    expect(
      say(en, reportFileErrorMessage({ error: 'invalid', path: 'file.report.probes[0].port' })),
    ).toBe(
      'The data in this file has an invalid entry (file.report.probes[0].port). Please ask for it to be saved and sent again.',
    );
    expect(say(ja, reportFileErrorMessage({ error: 'truncated' }))).toContain('途中で切れています');
  });

  it('suggests a file name with the time and no address', () => {
    expect(reportFileName(CREATED)).toBe('sendcheck-report-20261130-1912.html');
  });
});

describe('opening a file from anyone', () => {
  const good = build(leakyReport());

  it('reports a truncated file as truncated, wherever it was cut, and never throws', () => {
    const end = good.indexOf('</script>') + '</script>'.length;
    // Before the title there is nothing to tell our page from any other.
    const known = good.indexOf('</title>');
    fc.assert(
      fc.property(fc.nat(good.length), (cut) => {
        const r = parseReportFile(good.slice(0, cut));
        expect(r.ok).toBe(cut >= end);
        if (!r.ok)
          expect(cut >= known ? ['truncated'] : ['truncated', 'not_a_report']).toContain(r.error);
      }),
      { numRuns: 500 },
    );
    const json = JSON.stringify(dataOf(good));
    expect(failed(parseReportFile(json.slice(0, json.length / 2))).error).toBe('truncated');
  });

  it('opens a bare JSON data block too, and a page re-saved with its attributes reordered', () => {
    expect(parseReportFile(JSON.stringify(dataOf(good))).ok).toBe(true);
    const resaved = good.replace(
      DATA_BLOCK_OPEN,
      '<script id="sendcheck-report" type="application/json">',
    );
    expect(parseReportFile(resaved).ok).toBe(true);
  });

  it('stays linear on a file full of unfinished script tags', () => {
    const hostile = `${'<script '.repeat(200_000)}id="sendcheck-report"`;
    const started = performance.now();
    expect(failed(parseReportFile(hostile)).error).toBe('not_a_report');
    expect(failed(parseReportFile('<script id="sendcheck-report" '.repeat(50_000))).error).toBe(
      'not_a_report',
    );
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('refuses foreign, newer and damaged files with their own codes', () => {
    const data = dataOf(good);
    const as = (change: Record<string, unknown>) => JSON.stringify({ ...data, ...change });
    expect(failed(parseReportFile('<html><body>hello</body></html>')).error).toBe('not_a_report');
    expect(failed(parseReportFile('')).error).toBe('not_a_report');
    expect(failed(parseReportFile(42)).error).toBe('not_a_report');
    expect(failed(parseReportFile(as({ format: 'other' }))).error).toBe('not_a_report');
    expect(failed(parseReportFile(as({ version: 2 }))).error).toBe('unsupported_version');
    expect(failed(parseReportFile(as({ version: 0 })))).toMatchObject({
      error: 'invalid',
      path: 'file.version',
    });
    expect(failed(parseReportFile('{"format": sendcheck}')).error).toBe('bad_json');
    expect(failed(parseReportFile('x'.repeat(MAX_REPORT_FILE_CHARS + 1))).error).toBe('too_large');
  });

  it('refuses wrong types, unknown values and huge strings, naming the field', () => {
    const data = dataOf(good);
    const withReport = (change: (r: Record<string, unknown>) => void) => {
      const copy = structuredClone(data) as { report: Record<string, unknown> };
      change(copy.report);
      return failed(parseReportFile(JSON.stringify(copy)));
    };
    expect(
      withReport((r) => (first(r.probes as ProbeResult[]).detail = 'x'.repeat(100_000))),
    ).toMatchObject({
      error: 'invalid',
      path: 'file.report.probes[0].detail',
    });
    expect(withReport((r) => (first(r.probes as ProbeResult[]).port = -1))).toMatchObject({
      path: 'file.report.probes[0].port',
    });
    expect(
      withReport((r) => (r.verdict = { code: 'hacked', confidence: 'high', actions: [] })),
    ).toMatchObject({
      path: 'file.report.verdict.code',
    });
    expect(
      withReport(
        (r) => (r.evidence = [{ id: 'toString', severity: 'ok', params: {}, probes: [] }]),
      ),
    ).toMatchObject({
      path: 'file.report.evidence[0].id',
    });
    expect(
      withReport(
        (r) => (r.evidence = [{ id: 'port25_blocked', severity: 'ok', params: {}, probes: [] }]),
      ),
    ).toMatchObject({
      path: 'file.report.evidence[0].params.hosts',
    });
    // A string union is checked as the union: an unknown value would show as a raw key.
    const unions: [EvidenceItem, string][] = [
      [{ id: 'mail_ports_blocked', params: { how: 'x' } }, 'params.how'],
      [{ id: 'port25_blocked', params: { hosts: [], how: 'dropped' } }, 'params.how'],
      [
        { id: 'certificate_invalid', params: { ...CERT_PARAMS, problem: 'weird' } },
        'params.problem',
      ],
      [{ id: 'family_only', params: { family: 5 } }, 'params.family'],
      [{ id: 'login_withheld', params: { host: 'h', reason: 'because' } }, 'params.reason'],
      [{ id: 'dns_ok', params: {}, severity: 'fatal' }, 'severity'],
    ];
    for (const [item, field] of unions)
      expect(
        withReport((r) => (r.evidence = [{ severity: 'problem', probes: [], ...item }])),
        field,
      ).toMatchObject({ error: 'invalid', path: `file.report.evidence[0].${field}` });
    expect(
      withReport((r) => ((r.recommended as Record<string, unknown>).security = 'ssl')),
    ).toMatchObject({ path: 'file.report.recommended.security' });
    expect(withReport((r) => (r.probes = new Array(5000).fill(null)))).toMatchObject({
      path: 'file.report.probes',
    });
    expect(withReport((r) => delete r.email)).toMatchObject({ path: 'file.report.email' });
    expect(withReport((r) => (r.email = ['a']))).toMatchObject({ path: 'file.report.email' });
  });

  it('keeps __proto__ and other stray keys out of the result and out of Object.prototype', () => {
    const text = JSON.stringify(dataOf(good))
      .replace('{', '{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":2}},')
      .replace('"provider":{', '"provider":{"__proto__":{"isAdmin":true},"extra":"<b>x</b>",');
    const r = parseReportFile(text);
    if (!r.ok) throw new Error(JSON.stringify(r));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const provider = r.file.report.provider as unknown as Record<string, unknown>;
    expect(Object.getPrototypeOf(provider)).toBe(Object.prototype);
    expect(Object.keys(provider).sort()).toEqual(['id', 'name']);
    expect(provider.isAdmin).toBeUndefined();
    expect(Object.keys(r.file)).not.toContain('__proto__');
  });

  it('strips control and bidi-override characters from texts', () => {
    const data = dataOf(good) as { report: { probes: { detail: string }[] } };
    first(data.report.probes).detail = 'red\u001b[31m text\u202e\u0000 end\tok';
    const r = parseReportFile(JSON.stringify(data));
    if (!r.ok) throw new Error(JSON.stringify(r));
    expect(r.file.report.probes[0]?.detail).toBe('red[31m text end\tok');
  });

  it('survives deep nesting and random input without throwing', () => {
    const deep = `{"format":"sendcheck-report","version":1,"report":${'['.repeat(200_000)}${']'.repeat(200_000)}}`;
    expect(parseReportFile(deep).ok).toBe(false);
    const deepObj = `{"format":"sendcheck-report","version":1,"report":${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}}`;
    expect(parseReportFile(deepObj).ok).toBe(false);
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc
            .jsonValue()
            .map((v) => JSON.stringify({ format: 'sendcheck-report', version: 1, report: v })),
        ),
        (text) => {
          expect(parseReportFile(text).ok).toBe(false);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
