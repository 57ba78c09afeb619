/**
 * `--accept-suggested HOST` on the command line: the user confirms a server the network suggested
 * (shown with a warning after a diagnosis), so the next run may log in to it and `fix` may write
 * it. Checked with the IPC validator of the same field, so both doors take the same hosts.
 */
import { createTranslator } from '../../shared/i18n/i18next-options.js';
import { MAX_ACCEPTED_SUGGESTIONS } from '../../shared/ipc-contract.js';
import { parseAcceptSuggested } from '../../shared/ipc-validators.js';
import type { Lang } from '../../shared/verdict.js';

/** The option, as diagnose and fix declare it (repeatable). */
export const ACCEPT_SUGGESTED_OPTION = {
  'accept-suggested': {
    type: 'string',
    multiple: true,
    value: 'HOST',
    says: 'cli.usage.options.accept-suggested',
  },
} as const;

/** The hosts to pass on (undefined: none), or a whole sentence in the user's language saying why not. */
export function acceptedHosts(
  values: readonly string[] | undefined,
  lang: Lang,
): { ok: true; hosts: string[] | undefined } | { ok: false; message: string } {
  const t = createTranslator(lang);
  if (values === undefined || values.length === 0) return { ok: true, hosts: undefined };
  if (values.length > MAX_ACCEPTED_SUGGESTIONS)
    return { ok: false, message: t('cli.tooManySuggested', { max: MAX_ACCEPTED_SUGGESTIONS }) };
  for (const value of values) {
    if (!parseAcceptSuggested([value]).ok)
      return { ok: false, message: t('cli.badSuggested', { value }) };
  }
  const all = parseAcceptSuggested([...values]);
  return all.ok ? { ok: true, hosts: all.value } : { ok: false, message: all.message };
}
