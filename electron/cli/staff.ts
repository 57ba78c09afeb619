/**
 * The support staff's commands, fully offline: `decode CODE` reads a reference code read out on
 * the phone (a mistyped code exits 2 and says which character, when it can tell; it may be typed
 * in pieces: `decode 8B80 84S6 FG10E`), and `lookup --email ADDRESS` shows the outgoing settings
 * the bundled provider data lists for an address (shared/published-settings.ts), marked as not
 * checked from here.
 */
import { describePublishedSettings, publishedSettings } from '../../shared/published-settings.js';
import { describeCode, describeCodeError } from '../../shared/reference-code-text.js';
import { decodeReferenceCode } from '../../shared/reference-code.js';
import { parseEmail } from '../../shared/validate.js';
import { defineCommand, JSON_OPTION } from './command.js';

/** `decode CODE`: 0 read, 2 bad input. */
export const DECODE = defineCommand({
  name: 'decode',
  options: { ...JSON_OPTION },
  positional: { name: 'CODE', says: 'cli.usage.decode.code' },
  run: async ({ values, positionals }, ctx) => {
    if (positionals.length === 0)
      return ctx.fail(ctx.t('cli.errors.missingArgument', { name: 'CODE' }));
    const { t, lang } = ctx;
    const decoded = decodeReferenceCode(positionals.join(' '));
    if (!decoded.ok) {
      const { ok: _ok, ...error } = decoded;
      const message = describeCodeError(error, t);
      if (values.json) ctx.out(`${JSON.stringify({ ok: false, ...error, message })}\n`);
      return ctx.fail(message);
    }
    const lines = describeCode(decoded.summary, t);
    ctx.out(
      values.json
        ? `${JSON.stringify({ ok: true, code: decoded.code, summary: decoded.summary, lines, lang })}\n`
        : `${t('code.file.code', { code: decoded.code })}\n\n${lines.map((l) => `  ${l}`).join('\n')}\n`,
    );
    return 0;
  },
});

/** `lookup --email ADDRESS`: 0 answered (found or not), 2 bad input. */
export const LOOKUP = defineCommand({
  name: 'lookup',
  options: {
    email: { type: 'string', value: 'ADDRESS', required: true, says: 'cli.usage.lookup.email' },
    ...JSON_OPTION,
  },
  run: async ({ values }, ctx) => {
    const email = parseEmail(values.email ?? '');
    if (!email.ok) return ctx.fail(email.message[ctx.lang]);
    const result = publishedSettings(email.value);
    if (values.json) {
      ctx.out(`${JSON.stringify(result)}\n`);
      return 0;
    }
    const [heading, ...rest] = describePublishedSettings(result, email.value.domain, ctx.t);
    // The heading, then the rest indented a little, as the other commands print.
    const lines = rest.length > 0 ? [heading, '', ...rest.map((l) => `  ${l}`)] : [heading];
    ctx.out(`${lines.join('\n')}\n`);
    return 0;
  },
});
