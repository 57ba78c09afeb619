/**
 * `sendcheck decode CODE [--json] [--lang ja|en]`: a reference code read out on the phone, in
 * words, with no network at all. A mistyped code exits 2 and says what is wrong (which character,
 * when it can tell). The code may be typed in pieces: `decode 8B80 84S6 FG10E`.
 */
import { parseArgs } from 'node:util';
import { createTranslator } from '../shared/i18n/i18next-options.js';
import { describeCode, describeCodeError } from '../shared/reference-code-text.js';
import { decodeReferenceCode } from '../shared/reference-code.js';
import type { Lang } from '../shared/verdict.js';
import { envLang, type SupportCliDeps } from './cli-support.js';

const USAGE = 'Usage: sendcheck decode CODE [--json] [--lang ja|en]';

/** Decodes and prints; resolves to the exit status (0 read, 2 bad input). */
export function runDecode(args: string[], deps: SupportCliDeps): number {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      strict: true,
      allowPositionals: true,
      options: { json: { type: 'boolean', default: false }, lang: { type: 'string' } },
    });
  } catch (err) {
    deps.err(`sendcheck: ${(err as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const { json, lang: langArg } = parsed.values;
  if (langArg !== undefined && langArg !== 'ja' && langArg !== 'en') {
    deps.err(`sendcheck: --lang must be ja or en (got "${langArg}").\n`);
    return 2;
  }
  if (parsed.positionals.length === 0) {
    deps.err(`sendcheck: a reference code is required.\n${USAGE}\n`);
    return 2;
  }
  const lang: Lang = langArg ?? envLang(deps.env);
  const t = createTranslator(lang);
  const decoded = decodeReferenceCode(parsed.positionals.join(' '));
  if (!decoded.ok) {
    const { ok: _ok, ...error } = decoded;
    const message = describeCodeError(error, t);
    if (json) deps.out(`${JSON.stringify({ ok: false, ...error, message })}\n`);
    deps.err(`sendcheck: ${message}\n`);
    return 2;
  }
  const lines = describeCode(decoded.summary, t);
  if (json) {
    deps.out(
      `${JSON.stringify({ ok: true, code: decoded.code, summary: decoded.summary, lines, lang })}\n`,
    );
  } else {
    deps.out(`${t('code.heading')}: ${decoded.code}\n\n${lines.map((l) => `  ${l}`).join('\n')}\n`);
  }
  return 0;
}
