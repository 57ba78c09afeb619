import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DiagnosisRequest } from '../shared/diagnosis.js';
import { REPORTS } from '../test/fixtures/renderer/reports.js';
import { SUGGESTIONS, suggestedReport } from '../test/fixtures/renderer/suggested.js';
import { renderHuman } from './cli-output.js';
import { acceptedHosts } from './cli-suggested.js';
import type * as EngineIndex from './engine/index.js';

type EngineModule = typeof EngineIndex;

// The engine stands still: these tests are about what the command line hands it and prints.
const engine = vi.hoisted(() => ({ requests: [] as DiagnosisRequest[] }));
vi.mock('./engine/index.js', async (importOriginal) => {
  const real = await importOriginal<EngineModule>();
  const { suggestedReport: suggested } = await import('../test/fixtures/renderer/suggested.js');
  return {
    ...real,
    runDiagnosis: vi.fn(async (req: DiagnosisRequest) => {
      engine.requests.push(req);
      return suggested('srv_other_domain');
    }),
  };
});
const { main, parseCli } = await import('./cli.js');

afterEach(() => {
  engine.requests.length = 0;
  vi.restoreAllMocks();
});

function capture() {
  const stdout = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  const text = (spy: typeof stdout) => spy.mock.calls.map((c) => String(c[0])).join('');
  return { out: () => text(stdout), err: () => text(stderr) };
}

describe('--accept-suggested HOST', () => {
  it('takes host names, as ASCII, without duplicates', () => {
    expect(acceptedHosts(undefined, 'ja')).toEqual({ ok: true, hosts: undefined });
    expect(acceptedHosts(['Mail.Hosting-Example.NET', 'mail.hosting-example.net'], 'en')).toEqual({
      ok: true,
      hosts: ['mail.hosting-example.net'],
    });
    expect(acceptedHosts(['smtp.例え.jp'], 'en')).toEqual({
      ok: true,
      hosts: ['smtp.xn--r8jz45g.jp'],
    });
  });

  it('refuses an IP address or anything not a host name, in a whole sentence', () => {
    expect(acceptedHosts(['127.0.0.1'], 'en')).toEqual({
      ok: false,
      message: '--accept-suggested needs a server name (“127.0.0.1” cannot be used as one).',
    });
    expect(acceptedHosts(['smtp.example.jp:587'], 'ja')).toEqual({
      ok: false,
      message:
        '--accept-suggested にはサーバー名を指定してください（「smtp.example.jp:587」はサーバー名として使えません）。',
    });
    const many = Array.from({ length: 9 }, (_, i) => `smtp${i}.example.jp`);
    expect(acceptedHosts(many, 'en')).toEqual({
      ok: false,
      message: '--accept-suggested can be given at most 8 times.',
    });
  });

  it('diagnose passes each given host to the engine (repeatable)', async () => {
    const io = capture();
    const code = await main([
      'diagnose',
      '--email',
      'taro@example.jp',
      '--accept-suggested',
      'submit.mail-service.example',
      '--accept-suggested=mail.hosting-example.net',
      '--lang',
      'en',
    ]);
    expect(code).toBe(0);
    expect(engine.requests).toEqual([
      {
        email: 'taro@example.jp',
        acceptSuggested: ['submit.mail-service.example', 'mail.hosting-example.net'],
      },
    ]);
    expect(io.err()).toBe('');
  });

  it('diagnose refuses a bad host with exit 2 before the engine runs', async () => {
    const io = capture();
    const code = await main([
      'diagnose',
      '--email',
      'taro@example.jp',
      '--accept-suggested',
      '10.0.0.1',
      '--lang',
      'ja',
    ]);
    expect(code).toBe(2);
    expect(engine.requests).toEqual([]);
    expect(io.err()).toContain('「10.0.0.1」はサーバー名として使えません');
  });

  it('parses the option for diagnose (after diagnose --account rewrote the rest)', () => {
    const args = parseCli(
      ['diagnose', '--email', 'x@example.jp', '--accept-suggested', 'a.example'],
      { LANG: 'C' },
    );
    expect(args.acceptSuggested).toEqual(['a.example']);
  });
});

describe('the printed report of a suggestion', () => {
  for (const reason of Object.keys(SUGGESTIONS) as (keyof typeof SUGGESTIONS)[]) {
    it(`says who named the server (${reason}), that it was not checked, and how to confirm it`, () => {
      const { host, namedBy } = SUGGESTIONS[reason];
      const ja = renderHuman(suggestedReport(reason), 'ja');
      expect(ja).toContain(
        '※ この送信サーバーは、あなたやプロバイダーではなくネットワークが示したもので、まだ確かめていません。',
      );
      expect(ja).toContain(namedBy);
      expect(ja).toContain(`--accept-suggested ${host} を付けてもう一度実行してください。`);
      const en = renderHuman(suggestedReport(reason), 'en');
      expect(en).toContain('was named by the network, not by you or your provider');
      expect(en).toContain(`run again with --accept-suggested ${host}.`);
      expect(en).not.toContain('have not been seen answering yet');
    });
  }

  it('prints none of that for a verified recommendation', () => {
    expect(renderHuman(REPORTS.port25_blocked, 'en')).not.toContain('--accept-suggested');
  });
});
