/**
 * `sendcheck lookup --email ADDRESS [--json] [--lang ja|en]`: the outgoing-server settings the
 * bundled provider data lists for an address (shared/published-settings.ts). Nothing is sent over
 * the network: the settings are the provider's published ones and say so.
 */
import { parseArgs } from 'node:util';
import { createTranslator } from '../shared/i18n/i18next-options.js';
import { describePublishedSettings, publishedSettings } from '../shared/published-settings.js';
import { parseEmail } from '../shared/validate.js';
import type { Lang } from '../shared/verdict.js';
import { envLang, type SupportCliDeps } from './cli-support.js';

const USAGE = 'Usage: sendcheck lookup --email ADDRESS [--json] [--lang ja|en]';

/** Looks up and prints; resolves to the exit status (0 answered, found or not; 2 bad input). */
export function runLookup(args: string[], deps: SupportCliDeps): number {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      strict: true,
      allowPositionals: false,
      options: {
        email: { type: 'string' },
        json: { type: 'boolean', default: false },
        lang: { type: 'string' },
      },
    });
  } catch (err) {
    deps.err(`sendcheck: ${(err as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const v = parsed.values;
  if (v.lang !== undefined && v.lang !== 'ja' && v.lang !== 'en') {
    deps.err(`sendcheck: --lang must be ja or en (got "${v.lang}").\n`);
    return 2;
  }
  const lang: Lang = v.lang ?? envLang(deps.env);
  if (v.email === undefined) {
    deps.err(`sendcheck: --email is required.\n${USAGE}\n`);
    return 2;
  }
  const email = parseEmail(v.email);
  if (!email.ok) {
    deps.err(`sendcheck: ${email.message[lang]}\n`);
    return 2;
  }
  const result = publishedSettings(email.value);
  if (v.json) {
    deps.out(`${JSON.stringify(result)}\n`);
    return 0;
  }
  const [heading, ...rest] = describePublishedSettings(
    result,
    email.value.domain,
    createTranslator(lang),
  );
  // The heading, then the rest indented a little, as the other commands print.
  const lines = rest.length > 0 ? [heading, '', ...rest.map((l) => `  ${l}`)] : [heading];
  deps.out(`${lines.join('\n')}\n`);
  return 0;
}
