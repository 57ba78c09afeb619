/**
 * One word per concept in the Japanese catalogue (docs/glossary.md is the human-readable list):
 * the forbidden variants, each with the form to use instead, and the half-width punctuation that
 * must not appear in Japanese sentences. Checked over the whole catalogue by glossary.test.ts.
 */

/** A variant the catalogue must not use, and the form it should use instead. */
export interface ForbiddenVariant {
  pattern: RegExp;
  use: string;
}

/** The forbidden variants (docs/glossary.md says why each form was chosen). */
export const FORBIDDEN_VARIANTS: readonly ForbiddenVariant[] = [
  { pattern: /窓口/, use: '入口（送信の入口）／サポート担当者' },
  { pattern: /安全証明書/, use: 'セキュリティ証明書' },
  { pattern: /\d+\s*番ポート/, use: 'ポート番号 587' },
  { pattern: /ポート\s*\d+\s*番/, use: 'ポート番号 587' },
  { pattern: /ポート\s*\{\{\s*port\s*\}\}\s*番/, use: 'ポート番号 {{port}}' },
  { pattern: /(?<!\d|番号\s?|ポート\s?)\d{2,4}\s*番(?!目|ポート)/, use: 'ポート番号 587' },
  { pattern: /サーバ(?!ー)/, use: 'サーバー' },
  { pattern: /プロバイダ(?!ー)/, use: 'プロバイダー' },
  { pattern: /ユーザ(?!ー)/, use: 'ユーザー' },
  { pattern: /ウィルス/, use: 'ウイルス' },
  { pattern: /E\s?メール|Ｅメール|電子メール/, use: 'メール' },
  { pattern: /\bWi-?Fi\b|WiFi|wifi/, use: 'Wi‑Fi（U+2011 の Wi‑Fi）' },
];

/** Japanese characters: a string with any of these is a Japanese sentence. */
const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff\uff66-\uff9f]/;

/**
 * The parts of a sentence the punctuation rule does not read: i18next placeholders, web
 * addresses, labels quoted 「like this」 from another program's own window (Outlook writes
 * 「送信メール サーバー (SMTP)」 with half-width brackets, and the steps quote it exactly), and
 * product names that carry the mark themselves (Becky!).
 */
function readable(text: string): string {
  return text
    .replace(/\{\{[^}]*\}\}/g, ' ')
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/「[^「」]*」/g, '「」')
    .replace(/Becky!/g, 'Becky');
}

/** The half-width ? ! : ( ) in a Japanese sentence, each with a little context; none in any other. */
export function halfWidthPunctuation(text: string): string[] {
  if (!JAPANESE.test(text)) return [];
  const body = readable(text);
  return [...body.matchAll(/[?!:()]/g)].map((m) => {
    const at = m.index;
    return `“${m[0]}” in …${body.slice(Math.max(0, at - 8), at + 9)}…`;
  });
}

/**
 * The forbidden variants a sentence uses, as "variant → form to use". Labels quoted 「like this」
 * are another program's own words (Apple Mail writes 「送信用メールサーバ」): they stay as it spells them.
 */
export function forbiddenVariants(text: string): string[] {
  const body = text.replace(/https?:\/\/\S+/g, ' ').replace(/「[^「」]*」/g, '「」');
  return FORBIDDEN_VARIANTS.flatMap((v) => {
    const m = v.pattern.exec(body);
    return m ? [`“${m[0]}” → ${v.use}`] : [];
  });
}

/** Japanese text and full-width punctuation: what a half-width mark must not stand beside. */
const JAPANESE_OR_FULL_WIDTH = /[\u3000-\u30ff\u3400-\u9fff\uff01-\uff60\uff66-\uff9f]/;

/**
 * The half-width ? ! : ( ) standing beside Japanese text (spaces between do not count), and
 * half-width brackets around it, in text a program printed, each with a little context. Unlike
 * halfWidthPunctuation, this reads filled-in output: a value the text was filled with (`values`:
 * an ID, an address, a host name, an account's name) is read as a neutral word, so
 * "smtp.example.jp:587" or an ID with a Japanese profile name in it passes, and so do web
 * addresses, labels quoted 「like this」 and Becky!.
 */
export function halfWidthBesideJapanese(text: string, values: readonly string[] = []): string[] {
  let body = readable(text);
  for (const v of [...values].filter((x) => x.length > 0).sort((a, b) => b.length - a.length))
    body = body.replaceAll(v, 'x');
  const chars = [...body];
  const beside = (at: number, step: 1 | -1): string => {
    let i = at + step;
    while (chars[i] === ' ' || chars[i] === '\t') i += step;
    return chars[i] ?? '';
  };
  const flagged = new Set<number>();
  chars.forEach((c, i) => {
    if (!/[?!:()]/.test(c)) return;
    if (JAPANESE_OR_FULL_WIDTH.test(beside(i, -1)) || JAPANESE_OR_FULL_WIDTH.test(beside(i, 1)))
      flagged.add(i);
  });
  // Brackets around Japanese: "smtp.xn--r8jz45g.jp (smtp.例え.jp)" wants （）.
  const open: number[] = [];
  chars.forEach((c, i) => {
    if (c === '(') open.push(i);
    const from = c === ')' ? open.pop() : undefined;
    if (from === undefined) return;
    if (JAPANESE_OR_FULL_WIDTH.test(chars.slice(from + 1, i).join(''))) {
      flagged.add(from);
      flagged.add(i);
    }
  });
  return [...flagged]
    .sort((x, y) => x - y)
    .map((i) => `“${chars[i] ?? ''}” in …${chars.slice(Math.max(0, i - 8), i + 9).join('')}…`);
}
