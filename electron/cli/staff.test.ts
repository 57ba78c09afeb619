import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DiagnosisReport } from '../shared/diagnosis.js';
import { decodeReferenceCode, referenceCodeFor } from '../shared/reference-code.js';
import { parseReportFile } from '../shared/report-file.js';
import { main } from './cli.js';
import { APP_VERSION, finishDiagnose, takeReportOption } from './cli-report.js';
import { routeSupportCommands, type SupportCliDeps } from './cli-support.js';

function capture(
  lang = 'ja_JP.UTF-8',
): SupportCliDeps & { stdout: () => string; stderr: () => string } {
  let out = '';
  let err = '';
  return {
    out: (t) => void (out += t),
    err: (t) => void (err += t),
    env: { LANG: lang },
    stdout: () => out,
    stderr: () => err,
  };
}

function run(argv: string[], lang?: string) {
  const deps = capture(lang);
  const routed = routeSupportCommands(argv, deps);
  if (routed.kind !== 'done') throw new Error('not a support command');
  return { code: routed.code, out: deps.stdout(), err: deps.stderr() };
}

const REPORT: DiagnosisReport = {
  verdict: {
    code: 'port25_blocked',
    confidence: 'high',
    actions: [{ id: 'change_outgoing', params: {} }],
  },
  recommended: {
    host: 'smtp.ocn.ne.jp',
    port: 465,
    security: 'tls',
    auth: true,
    username: 'taro@ocn.ne.jp',
    verified: true,
    source: 'provider_db',
  },
  evidence: [],
  probes: [
    {
      id: 'smtp:mx:25',
      kind: 'smtp',
      role: 'reference_mx',
      host: 'gmail-smtp-in.l.google.com',
      ip: '192.0.2.1',
      port: 25,
      outcome: 'refused',
      ms: 3,
      detail: 'connection refused (TCP reset)',
    },
  ],
  elapsedMs: 1500,
  email: {
    display: 'taro@ocn.ne.jp',
    ascii: 'taro@ocn.ne.jp',
    domain: 'ocn.ne.jp',
    domainAscii: 'ocn.ne.jp',
  },
  provider: { id: 'ocn.ne.jp', name: 'OCN' },
  request: { server: null, port: null },
  candidates: [],
  blockedAt: 'isp',
};
const CODE = referenceCodeFor(REPORT, APP_VERSION);

describe('sendcheck decode', () => {
  it('prints the summary in the chosen language, typed in any form', () => {
    const en = run(['decode', CODE.toLowerCase(), '--lang', 'en']);
    expect(en.code).toBe(0);
    expect(en.out).toContain(`Reference code: ${CODE}`);
    expect(en.out).toContain('Port 25: blocked (reset at once)');
    expect(en.out).toContain('Recommended: port 465, SSL/TLS (seen answering)');
    expect(en.out).toContain('Provider: OCN');
    const ja = run(['decode', ...CODE.split('-')]);
    expect(ja.code).toBe(0);
    expect(ja.out).toContain('ポート25番: 遮断（すぐに切断）');
  });

  it('prints one JSON object with the summary', () => {
    const r = run(['decode', CODE, '--json']);
    const json = JSON.parse(r.out) as { ok: boolean; code: string; summary: unknown };
    const d = decodeReferenceCode(CODE);
    expect(json).toMatchObject({ ok: true, code: CODE, summary: d.ok ? d.summary : null });
  });

  it('exits 2 on a mistyped code and says which character, when it can', () => {
    const typo = `${CODE.slice(0, 2)}U${CODE.slice(3)}`;
    const r = run(['decode', typo, '--lang', 'en'], 'en_US.UTF-8');
    expect(r.code).toBe(2);
    expect(r.err).toContain('Character 3, “U”, is never used');
    const swapped = CODE.slice(0, 5) + (CODE[6] ?? '') + (CODE[5] ?? '') + CODE.slice(7);
    expect(CODE[5]).not.toBe(CODE[6]);
    expect(run(['decode', swapped]).err).toContain('入れ替わっています');
    const json = run(['decode', 'ABC', '--json']);
    expect(json.code).toBe(2);
    expect(JSON.parse(json.out)).toMatchObject({ ok: false, error: 'bad_length', length: 3 });
    expect(run(['decode']).code).toBe(2);
    expect(run(['decode', CODE, '--lang', 'fr']).code).toBe(2);
  });
});

describe('sendcheck lookup', () => {
  it('prints the published settings for an address under a parent domain, marked unchecked', () => {
    const r = run(['lookup', '--email', 'taro@bird.ocn.ne.jp', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Provider: OCN');
    expect(r.out).toContain(
      'Port 465, SSL/TLS, server smtp.ocn.ne.jp, user name taro@bird.ocn.ne.jp',
    );
    expect(r.out).toContain('not checked from here');
    const json = JSON.parse(run(['lookup', '--email', 'taro@ocn.ne.jp', '--json']).out) as Record<
      string,
      unknown
    >;
    expect(json).toMatchObject({
      provider: { id: 'ocn.ne.jp', name: 'OCN' },
      match: 'exact',
      outgoing: [
        { host: 'smtp.ocn.ne.jp', port: 465, security: 'tls', username: 'taro@ocn.ne.jp' },
      ],
      checked: false,
    });
  });

  it('answers an unknown provider with exit 0 and a refused address with exit 2', () => {
    const unknown = run(['lookup', '--email', 'taro@unknown.example', '--json']);
    expect(unknown.code).toBe(0);
    expect(JSON.parse(unknown.out)).toMatchObject({ provider: null, outgoing: [] });
    expect(run(['lookup', '--email', 'no-at-sign']).code).toBe(2);
    expect(run(['lookup']).code).toBe(2);
  });

  it('leaves other commands to cli.ts', () => {
    expect(routeSupportCommands(['diagnose', '--email', 'a@b.jp'], capture())).toEqual({
      kind: 'continue',
      argv: ['diagnose', '--email', 'a@b.jp'],
    });
  });
});

describe('diagnose --report and referenceCode', () => {
  let dir = '';
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
    vi.restoreAllMocks();
  });

  it('takes --report FILE and --report=FILE out of the arguments', () => {
    expect(takeReportOption(['diagnose', '--report', 'r.html', '--json'])).toEqual({
      argv: ['diagnose', '--json'],
      reportPath: 'r.html',
    });
    expect(takeReportOption(['diagnose', '--report=x y.html'])).toEqual({
      argv: ['diagnose'],
      reportPath: 'x y.html',
    });
    expect(() => takeReportOption(['diagnose', '--report'])).toThrow(/file name/);
    expect(() => takeReportOption(['diagnose', '--report', '--json'])).toThrow(/file name/);
  });

  it('prints referenceCode in the JSON and the human output, and saves a report that reads back', async () => {
    dir = await mkdtemp(join(tmpdir(), 'sendcheck-report-'));
    const path = join(dir, 'report.html');
    let out = '';
    let err = '';
    const write = { out: (t: string) => void (out += t), err: (t: string) => void (err += t) };
    expect(await finishDiagnose(REPORT, { json: true, lang: 'en', reportPath: path }, write)).toBe(
      0,
    );
    expect(JSON.parse(out)).toMatchObject({
      verdict: { code: 'port25_blocked' },
      referenceCode: CODE,
    });
    expect(err).toContain(`Report saved: ${path}`);
    const parsed = parseReportFile(await readFile(path, 'utf8'));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed));
    expect(parsed.file.report).toEqual(REPORT);
    expect(parsed.file.referenceCode).toBe(CODE);
    expect(parsed.file.about.appVersion).toBe(APP_VERSION);
    expect(await readdir(dir)).toEqual(['report.html']); // no temporary file left behind
    out = '';
    expect(await finishDiagnose(REPORT, { json: false, lang: 'ja', reportPath: null }, write)).toBe(
      0,
    );
    expect(out).toContain(`参照コード: ${CODE}`);
  });

  it('exits 2 when the report cannot be written, after printing the result', async () => {
    dir = await mkdtemp(join(tmpdir(), 'sendcheck-report-'));
    let out = '';
    let err = '';
    const write = { out: (t: string) => void (out += t), err: (t: string) => void (err += t) };
    const path = join(dir, 'missing-folder', 'r.html');
    expect(await finishDiagnose(REPORT, { json: false, lang: 'en', reportPath: path }, write)).toBe(
      2,
    );
    expect(out).toContain(CODE);
    expect(err).toContain('Could not save the report');
  });

  it('routes decode and a bare --report through main()', async () => {
    const stdout = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    expect(await main(['decode', CODE, '--lang', 'en'])).toBe(0);
    expect(String(stdout.mock.calls[0]?.[0])).toContain(`Reference code: ${CODE}`);
    expect(await main(['diagnose', '--email', 'taro@ocn.ne.jp', '--report'])).toBe(2);
    expect(String(stderr.mock.calls.at(-1)?.[0])).toContain('--report needs a file name');
  });
});
