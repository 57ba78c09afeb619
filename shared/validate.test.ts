import { describe, it, expect } from 'vitest';
import { parseEmail, parsePort, parseServer } from './validate.js';
import type { InputErrorCode } from './validate.js';

describe('parseEmail accepts', () => {
  it.each([
    ['taro@example.jp', 'taro@example.jp', 'example.jp', 'example.jp'],
    ['  Taro.Yamada+tag@Example.JP \t', 'Taro.Yamada+tag@example.jp', 'example.jp', 'example.jp'],
    ['taro@例え.jp', 'taro@例え.jp', '例え.jp', 'xn--r8jz45g.jp'],
    ['user@ドメイン.テスト', 'user@ドメイン.テスト', 'ドメイン.テスト', 'xn--eckwd4c7c.xn--zckzah'],
    // Given in punycode, shown in Unicode.
    ['taro@xn--r8jz45g.jp', 'taro@例え.jp', '例え.jp', 'xn--r8jz45g.jp'],
    [
      'user@XN--ECKWD4C7C.XN--ZCKZAH',
      'user@ドメイン.テスト',
      'ドメイン.テスト',
      'xn--eckwd4c7c.xn--zckzah',
    ],
    // Full-width domain and an ideographic full stop are mapped by IDNA.
    ['taro@ｅｘａｍｐｌｅ．ｊｐ', 'taro@example.jp', 'example.jp', 'example.jp'],
    ['taro@例え。jp', 'taro@例え.jp', '例え.jp', 'xn--r8jz45g.jp'],
    // Legacy Japanese mobile addresses with odd dots.
    ['taro..hanako.@docomo.ne.jp', 'taro..hanako.@docomo.ne.jp', 'docomo.ne.jp', 'docomo.ne.jp'],
    ['"john doe"@example.com', '"john doe"@example.com', 'example.com', 'example.com'],
    ['a@b.c.example', 'a@b.c.example', 'b.c.example', 'b.c.example'],
  ])('%j', (input, display, domain, domainAscii) => {
    const r = parseEmail(input);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.display).toBe(display);
    expect(r.value.domain).toBe(domain);
    expect(r.value.domainAscii).toBe(domainAscii);
    expect(r.value.ascii).toBe(`${r.value.local}@${domainAscii}`);
    expect(r.value.display).toBe(`${r.value.local}@${domain}`);
  });

  it('accepts exactly 254 characters', () => {
    const domain = `${'a'.repeat(63)}.${'b'.repeat(63)}.${'c'.repeat(63)}.jp`; // 195
    const local = 'x'.repeat(254 - 1 - domain.length);
    expect(local.length).toBeLessThanOrEqual(64);
    const r = parseEmail(`${local}@${domain}`);
    expect(r.ok).toBe(true);
  });
});

/** n distinct CJK ideographs, spread out so that punycode cannot compress them. */
function cjk(n: number, offset: number): string {
  return Array.from({ length: n }, (_, i) =>
    String.fromCodePoint(0x4e00 + offset * 13 + i * 397),
  ).join('');
}

describe('parseEmail refuses', () => {
  const long255 = `${'x'.repeat(64)}@${'a'.repeat(63)}.${'b'.repeat(63)}.${'c'.repeat(59)}.jp`;
  it.each<[string, string, InputErrorCode]>([
    ['empty', '', 'empty'],
    ['blank', ' \t\n ', 'empty'],
    ['no at', 'taro.example.jp', 'no_at'],
    ['full-width at', 'taro＠example.jp', 'no_at'],
    ['255 characters', long255, 'too_long'],
    ['LF inside', 'taro@exa\nmple.jp', 'control_chars'],
    ['CR inside', 'taro\r@example.jp', 'control_chars'],
    ['TAB inside', 'ta\tro@example.jp', 'control_chars'],
    ['NUL', 'taro@example.jp\u0000x', 'control_chars'],
    ['other C0 (BEL)', 'taro@exa\u0007mple.jp', 'control_chars'],
    ['DEL', 'taro\u007f@example.jp', 'control_chars'],
    ['C1 (NEL)', 'taro@example\u0085.jp', 'control_chars'],
    ['zero-width space', 'taro@exam\u200bple.jp', 'control_chars'],
    ['bidi override', 'taro@\u202eexample.jp', 'control_chars'],
    ['control beats missing @', 'ta\nro', 'control_chars'],
    ['control beats length', `${long255}\u0001`, 'control_chars'],
    ['empty local', '@example.jp', 'bad_local'],
    ['local over 64', `${'x'.repeat(65)}@example.jp`, 'bad_local'],
    ['full-width local', 'ｔａｒｏ@example.jp', 'bad_local'],
    ['space in local', 'ta ro@example.jp', 'bad_local'],
    ['two @', 'taro@home@example.jp', 'bad_local'],
    ['Japanese local', '太郎@example.jp', 'bad_local'],
    ['empty domain', 'taro@', 'bad_domain'],
    ['no dot', 'taro@localhost', 'bad_domain'],
    ['leading hyphen', 'taro@-example.jp', 'bad_domain'],
    ['trailing hyphen', 'taro@example-.jp', 'bad_domain'],
    ['label of 64', `taro@${'a'.repeat(64)}.jp`, 'bad_domain'],
    ['empty label', 'taro@example..jp', 'bad_domain'],
    ['trailing dot', 'taro@example.jp.', 'bad_domain'],
    ['underscore', 'taro@ex_ample.jp', 'bad_domain'],
    ['IP literal', 'taro@[192.0.2.1]', 'bad_domain'],
    ['numeric TLD', 'taro@192.0.2.1', 'bad_domain'],
    ['URL syntax', 'taro@example.jp/path', 'bad_domain'],
    ['port', 'taro@example.jp:25', 'bad_domain'],
    ['bad punycode', 'taro@xn--zz.jp', 'bad_domain'],
    ['IDN label over 63 once encoded', `taro@${cjk(24, 0)}.jp`, 'bad_domain'],
  ])('%s', (_name, input, code) => {
    const r = parseEmail(input);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.field).toBe('email');
    expect(r.code).toBe(code);
    expect(r.message.ja.length).toBeGreaterThan(0);
    expect(r.message.en.length).toBeGreaterThan(0);
  });

  it('says which control character it is', () => {
    const lf = parseEmail('taro@exa\nmple.jp');
    const tab = parseEmail('ta\tro@example.jp');
    expect(!lf.ok && lf.message.ja).toContain('改行');
    expect(!tab.ok && tab.message.en).toContain('tab');
  });

  it('gives the example in the no-@ message', () => {
    const r = parseEmail('taro.example.jp');
    expect(!r.ok && r.message.ja).toBe('メールアドレスに @ がありません。例：taro@example.jp');
  });

  it('refuses an address whose punycode form passes 254', () => {
    // 127 characters as typed; each 14-character label is 46 characters as xn--.
    const domain = [1, 2, 3, 4].map((k) => cjk(14, k)).join('.') + '.jp';
    const input = `${'x'.repeat(64)}@${domain}`;
    expect(input.length).toBeLessThan(254);
    const r = parseEmail(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.code).toBe('too_long');
  });
});

describe('parseServer', () => {
  it.each([
    ['smtp.example.jp', 'smtp.example.jp', 'smtp.example.jp'],
    ['  SMTP.Example.JP.  ', 'smtp.example.jp', 'smtp.example.jp'],
    ['メール.例え.jp', 'メール.例え.jp', 'xn--4dkua4c.xn--r8jz45g.jp'],
    ['xn--r8jz45g.jp', '例え.jp', 'xn--r8jz45g.jp'],
    ['192.0.2.10', '192.0.2.10', '192.0.2.10'],
    ['2001:db8::25', '2001:db8::25', '2001:db8::25'],
    ['[2001:DB8:0:0::25]', '2001:db8::25', '2001:db8::25'],
    ['::1', '::1', '::1'],
  ])('accepts %j', (input, display, ascii) => {
    const r = parseServer(input);
    expect(r).toEqual({ ok: true, value: { display, ascii } });
  });

  it.each<[string, InputErrorCode]>([
    ['', 'empty'],
    ['smtp.exa\tmple.jp', 'control_chars'],
    ['smtp\r\n.example.jp', 'control_chars'],
    [`${'a'.repeat(260)}.jp`, 'too_long'],
    [`${'a'.repeat(63)}.${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(60)}.jp`, 'bad_host'],
    ['smtp', 'bad_host'],
    ['smtp.example.jp:587', 'bad_host'],
    ['smtp://smtp.example.jp', 'bad_host'],
    ['256.1.1.1', 'bad_host'],
    ['1.2.3', 'bad_host'],
    ['01.2.3.4', 'bad_host'],
    ['2001:db8::zz', 'bad_host'],
    ['fe80::1%eth0', 'bad_host'],
    ['-smtp.example.jp', 'bad_host'],
    ['smtp..example.jp', 'bad_host'],
    ['taro@example.jp', 'bad_host'],
  ])('refuses %j', (input, code) => {
    const r = parseServer(input);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.field).toBe('server');
      expect(r.code).toBe(code);
    }
  });

  it('points a host:port at the port field', () => {
    const r = parseServer('smtp.example.jp:587');
    expect(!r.ok && r.message.en).toContain('Port field');
  });
});

describe('parsePort', () => {
  it.each<[string | number, number]>([
    ['587', 587],
    [' 587 ', 587],
    ['１２３', 123],
    ['1', 1],
    ['65535', 65535],
    [465, 465],
  ])('accepts %j', (input, port) => {
    expect(parsePort(input)).toEqual({ ok: true, value: port });
  });

  it.each<[string | number, InputErrorCode]>([
    ['0', 'bad_port'],
    ['65536', 'bad_port'],
    ['-1', 'bad_port'],
    ['5.5', 'bad_port'],
    ['abc', 'bad_port'],
    ['587abc', 'bad_port'],
    ['1e3', 'bad_port'],
    ['999999', 'bad_port'],
    ['', 'empty'],
    ['  ', 'empty'],
    ['58\n7', 'control_chars'],
    [0, 'bad_port'],
    [5.5, 'bad_port'],
    [Number.NaN, 'bad_port'],
    [70000, 'bad_port'],
  ])('refuses %j', (input, code) => {
    const r = parsePort(input);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.field).toBe('port');
      expect(r.code).toBe(code);
    }
  });
});
