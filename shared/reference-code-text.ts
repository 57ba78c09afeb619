/**
 * A decoded reference code in words, for support staff (the app's "Support staff" screen and the
 * CLI's `decode`): one catalogue sentence per line, in whichever language `t` speaks.
 *
 * Usage (renderer): `const say = useSay(); const d = decodeReferenceCode(typed);
 * d.ok ? describeCode(d.summary, say) : describeCodeError(d, say)` (renderer/i18n/use-say.ts gives
 * the Translate; in Node, createTranslator(lang) from shared/i18n/i18next-options.ts).
 */
import type { Translate } from './i18n/messages.js';
import { CODE_PORTS, type CodeError, type CodeSummary } from './reference-code.js';

/**
 * The summary as lines: result, where it stops, each port, recommended, provider, the customer's
 * current port and program, app version.
 */
export function describeCode(s: CodeSummary, t: Translate): string[] {
  const lines = [
    t('code.line.verdict', { verdict: t(`verdict.${s.verdict}.staff`) }),
    t('code.line.place', { place: t(`code.place.${s.blockedAt ?? 'none'}`) }),
    ...CODE_PORTS.map((port) =>
      t('code.line.port', { port, state: t(`code.port.${s.ports[port]}`) }),
    ),
    recommendedLine(s.recommended, t),
    providerLine(s.provider, t),
    ...currentLines(s.current, t),
    s.appVersion === null
      ? t('code.line.appVersionUnknown')
      : t('code.line.appVersion', { version: s.appVersion }),
  ];
  return lines;
}

function recommendedLine(rec: CodeSummary['recommended'], t: Translate): string {
  if (rec === null) return t('code.line.recommendedNone');
  const values = {
    port: rec.port,
    security: t(`code.security.${rec.security}`),
    trust: t(`code.trust.${rec.trust}`),
  };
  return rec.port === null
    ? t('code.line.recommendedOtherPort', values)
    : t('code.line.recommended', values);
}

/** What the customer's mail program uses now: port and program, or that an old code does not say. */
export function currentLines(current: CodeSummary['current'], t: Translate): string[] {
  if (current === null) return [t('code.line.currentNotInCode')];
  const port =
    current.port === null
      ? t('code.line.currentPortNone')
      : current.port === 'other'
        ? t('code.line.currentPortOther')
        : t('code.line.currentPort', { port: current.port });
  const program =
    current.program === null
      ? t('code.line.currentProgramNone')
      : t('code.line.currentProgram', { program: t(`programs.${current.program}.name`) });
  return [port, program];
}

function providerLine(provider: CodeSummary['provider'], t: Translate): string {
  if (provider === null) return t('code.line.providerNone');
  if (provider.matches.length === 0) return t('code.line.providerUnknown', { hash: provider.hash });
  return t('code.line.provider', { names: provider.matches.map((m) => m.name) });
}

/** A character as it can be shown safely: itself when printable, else its code point (U+0007). */
function shown(character: string): string {
  return /^[\p{L}\p{N}\p{P}\p{S}]$/u.test(character)
    ? character
    : [...character]
        .map((c) => `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`)
        .join(' ');
}

/** Which groups of four are wrong: one, two (a swap across groups), or more; a letter code cannot say. */
function checkFailed(groups: readonly number[], t: Translate): string {
  const [first, second] = groups;
  if (first === undefined) return t('code.error.check_failed');
  if (second === undefined) return t('code.error.check_failed_group', { group: first });
  if (groups.length === 2) return t('code.error.check_failed_groups', { first, second });
  return t('code.error.check_failed_many', { count: groups.length });
}

/** Why a typed code was refused, as one sentence for the person who typed it. */
export function describeCodeError(e: CodeError, t: Translate): string {
  switch (e.error) {
    case 'bad_length':
      return t('code.error.bad_length', { length: e.length, expected: e.expected });
    case 'bad_character':
      return t('code.error.bad_character', {
        position: e.position,
        character: shown(e.character),
      });
    case 'check_failed':
      return checkFailed(e.groups, t);
    case 'unknown_version':
      return t(`code.error.${e.error}`);
    case 'unknown_value':
      return e.appVersion === null
        ? t('code.error.unknown_value_noVersion')
        : t('code.error.unknown_value', { appVersion: e.appVersion });
  }
}
