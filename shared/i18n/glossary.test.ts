import { describe, expect, it } from 'vitest';
import { flattenCatalogue } from './catalogue.js';
import { forbiddenVariants, halfWidthPunctuation } from './glossary.js';
import { ja } from './ja/index.js';

const JA = flattenCatalogue(ja);

/** Every problem of one kind over the Japanese catalogue, as "key: problem". */
function problems(check: (text: string) => string[]): string[] {
  return [...JA].flatMap(([key, text]) => check(text).map((p) => `${key}: ${p}`));
}

describe('one word per concept (docs/glossary.md)', () => {
  it('the Japanese catalogue uses no forbidden variant', () => {
    expect(problems(forbiddenVariants)).toEqual([]);
  });

  it('the Japanese catalogue has no half-width ? ! : ( ) in a Japanese sentence', () => {
    expect(problems(halfWidthPunctuation)).toEqual([]);
  });

  it('catches what it is meant to catch, and leaves placeholders, addresses and quoted labels alone', () => {
    expect(forbiddenVariants('サポート窓口にお問い合わせください。')).toHaveLength(1);
    expect(forbiddenVariants('安全証明書に問題があります。')).toHaveLength(1);
    expect(forbiddenVariants('25 番ポートは使えません。')).toHaveLength(1);
    expect(forbiddenVariants('ポート587番に変えてください。')).toHaveLength(1);
    expect(forbiddenVariants('ポート{{port}}番: 接続できる')).not.toHaveLength(0);
    expect(forbiddenVariants('465 番に変えてください。')).toHaveLength(1);
    expect(forbiddenVariants('送信サーバの名前')).toHaveLength(1);
    expect(forbiddenVariants('左から 3 番目の 4 桁')).toEqual([]);
    expect(forbiddenVariants('ポート番号 587 に変えてください。')).toEqual([]);
    expect(forbiddenVariants('セキュリティ証明書を確かめてください。')).toEqual([]);
    expect(halfWidthPunctuation('届きますか?')).toHaveLength(1);
    expect(halfWidthPunctuation('結果: 問題なし')).toHaveLength(1);
    expect(halfWidthPunctuation('メール (SMTP) です!')).toHaveLength(3);
    expect(halfWidthPunctuation('Port 25: blocked (no answer)')).toEqual([]);
    expect(halfWidthPunctuation('{{names, list(type: disjunction)}}または')).toEqual([]);
    expect(halfWidthPunctuation('「送信メール サーバー (SMTP)」に入力します。')).toEqual([]);
    expect(halfWidthPunctuation('https://example.jp/help?id=1 を開きます。')).toEqual([]);
  });
});
