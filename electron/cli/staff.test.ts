import { describe, expect, it } from 'vitest';
import { decodeReferenceCode, referenceCodeFor } from '../../shared/reference-code.js';
import { cliDeps } from '../../test/support/cli-deps.js';
import { REPORT } from '../../test/fixtures/cli-report.js';
import { APP_VERSION } from './diagnose.js';
import { runCli } from './router.js';

/** One in-process run; the locale is Japanese unless the test says otherwise. */
async function run(argv: string[], lang = 'ja_JP.UTF-8') {
  const deps = cliDeps({ env: { LANG: lang } });
  const code = await runCli(argv, deps);
  return { code, out: deps.stdout(), err: deps.stderr() };
}

const CODE = referenceCodeFor(REPORT, APP_VERSION);

describe('sendcheck decode', () => {
  it('prints the summary in the chosen language, typed in any form', async () => {
    const en = await run(['decode', CODE.toLowerCase(), '--lang', 'en']);
    expect(en.code).toBe(0);
    expect(en.out).toContain(`Reference code: ${CODE}`);
    expect(en.out).toContain('Port 25: blocked (reset at once)');
    expect(en.out).toContain('Recommended: port 465, SSL/TLS (seen answering)');
    expect(en.out).toContain('Provider: OCN');
    const ja = await run(['decode', ...CODE.split('-')]);
    expect(ja.code).toBe(0);
    expect(ja.out).toContain('ポート番号 25：遮断（すぐに切断）');
  });

  it('prints one JSON object with the summary', async () => {
    const r = await run(['decode', CODE, '--json']);
    const json = JSON.parse(r.out) as { ok: boolean; code: string; summary: unknown };
    const d = decodeReferenceCode(CODE);
    expect(json).toMatchObject({ ok: true, code: CODE, summary: d.ok ? d.summary : null });
  });

  it('exits 2 on a mistyped code and says which character or which group of four', async () => {
    const typo = `${CODE.slice(0, 2)}A${CODE.slice(3)}`;
    const r = await run(['decode', typo, '--lang', 'en'], 'en_US.UTF-8');
    expect(r.code).toBe(2);
    expect(r.err).toContain('Character 3, “A”, is never used');
    const swapped = CODE.slice(0, 5) + (CODE[6] ?? '') + (CODE[5] ?? '') + CODE.slice(7);
    expect(CODE[5]).not.toBe(CODE[6]);
    expect((await run(['decode', swapped])).err).toContain(
      '左から 2 番目の 4 桁が正しくありません。',
    );
    const json = await run(['decode', 'ABC', '--json']);
    expect(json.code).toBe(2);
    expect(JSON.parse(json.out)).toMatchObject({ ok: false, error: 'bad_length', length: 3 });
    expect((await run(['decode'])).code).toBe(2);
    expect((await run(['decode', CODE, '--lang', 'fr'])).code).toBe(2);
  });
});

describe('sendcheck lookup', () => {
  it('prints the published settings for an address under a parent domain, marked unchecked', async () => {
    const r = await run(['lookup', '--email', 'taro@bird.ocn.ne.jp', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Provider: OCN');
    expect(r.out).toContain(
      'Port 465, SSL/TLS, server smtp.ocn.ne.jp, user name taro@bird.ocn.ne.jp',
    );
    expect(r.out).toContain('not checked from here');
    const json = JSON.parse(
      (await run(['lookup', '--email', 'taro@ocn.ne.jp', '--json'])).out,
    ) as Record<string, unknown>;
    expect(json).toMatchObject({
      provider: { id: 'ocn.ne.jp', name: 'OCN' },
      match: 'exact',
      outgoing: [
        { host: 'smtp.ocn.ne.jp', port: 465, security: 'tls', username: 'taro@ocn.ne.jp' },
      ],
      checked: false,
    });
  });

  it('answers an unknown provider with exit 0 and a refused address with exit 2', async () => {
    const unknown = await run(['lookup', '--email', 'taro@unknown.example', '--json']);
    expect(unknown.code).toBe(0);
    expect(JSON.parse(unknown.out)).toMatchObject({ provider: null, outgoing: [] });
    expect((await run(['lookup', '--email', 'no-at-sign'])).code).toBe(2);
    expect((await run(['lookup'])).code).toBe(2);
  });

  it('speaks English when the locale is C, as every command does', async () => {
    const r = await run(['lookup', '--email', 'taro@bird.ocn.ne.jp'], 'C');
    expect(r.out).toContain('Provider: OCN');
    const code = await run(['decode', 'ABC'], 'C');
    expect(code.err).toMatch(/^sendcheck: A reference code has 24 digits/);
  });
});
