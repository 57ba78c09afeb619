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
