/**
 * The one command-line router, on node:util parseArgs: it picks the language (--lang, else the
 * locale, through shared/language.ts for every command), finds the command, checks its arguments
 * against the command's declared options, and says every problem as a whole sentence of the
 * catalogue; the usage text is written from the same declarations. Exit status: 0 done,
 * 1 internal failure, 2 bad input, 130 cancelled.
 */
import { parseArgs } from 'node:util';
import { createTranslator } from '../../shared/i18n/i18next-options.js';
import type { Translate } from '../../shared/i18n/translate.js';
import { isLang, pickLanguage, posixLocaleTags } from '../../shared/language.js';
import type { Lang } from '../../shared/verdict.js';
import { CancelledError, InputError } from '../engine/index.js';
import type { CliContext, CliDeps, CommandSpec, OptionSpecs, OptionValues } from './command.js';
import { COMMANDS, COMMON_OPTIONS } from './commands.js';

type Token = NonNullable<ReturnType<typeof parseArgs>['tokens']>[number];

/** The usage line of one option: --email ADDRESS, --json, --accept-suggested HOST... */
function optionSyntax(name: string, spec: OptionSpecs[string]): string {
  return `--${name}${spec.value ? ` ${spec.value}` : ''}${spec.multiple ? '...' : ''}`;
}

/** The usage text, from the commands' declarations, in one language. */
export function usageText(t: Translate): string {
  const out = [t('cli.usage.heading'), ''];
  for (const c of COMMANDS) {
    const options: OptionSpecs = { ...c.options, ...COMMON_OPTIONS };
    const syntax = Object.entries(options).map(([name, spec]) => {
      const s = optionSyntax(name, spec);
      return spec.required ? s : `[${s}]`;
    });
    const positional = c.positional ? [`${c.positional.name}...`] : [];
    out.push(`sendcheck ${[c.name, ...positional, ...syntax].join(' ')}`);
    out.push(`  ${t(`cli.usage.${c.name}.summary`)}`);
    const rows: [string, string][] = [
      ...(c.positional ? [[c.positional.name, t(c.positional.says)] as [string, string]] : []),
      ...Object.entries(options).map(([n, s]): [string, string] => [optionSyntax(n, s), t(s.says)]),
    ];
    const width = Math.max(...rows.map(([left]) => left.length));
    for (const [left, right] of rows) out.push(`    ${left.padEnd(width)}  ${right}`);
    out.push('');
  }
  out.push(t('cli.usage.help'));
  return `${out.join('\n')}\n`;
}

/** The language: --lang when it is ja or en, else the locale (LANG=C and the like: English). */
function chooseLanguage(tokens: Token[], env: NodeJS.ProcessEnv): { lang: Lang; bad?: string } {
  const fromEnv = pickLanguage(posixLocaleTags(env));
  const given = tokens.filter((t) => t.kind === 'option' && t.name === 'lang').at(-1);
  if (given?.kind !== 'option' || given.value === undefined) return { lang: fromEnv };
  return isLang(given.value) ? { lang: given.value } : { lang: fromEnv, bad: given.value };
}

/** The first problem with a command's arguments as a sentence, or its values. */
function readArguments(
  command: CommandSpec,
  tokens: Token[],
  t: Translate,
): { values: Record<string, string | string[] | true>; positionals: string[] } | string {
  const options: OptionSpecs = { ...command.options, ...COMMON_OPTIONS };
  const values: Record<string, string | string[] | true> = {};
  const positionals: string[] = [];
  for (const token of tokens) {
    if (token.kind === 'option-terminator') continue;
    if (token.kind === 'positional') {
      if (!command.positional)
        return t('cli.errors.unexpectedArgument', { command: command.name, value: token.value });
      positionals.push(token.value);
      continue;
    }
    const refused = command.refused?.[token.name];
    if (refused !== undefined) return t(refused);
    const spec = Object.hasOwn(options, token.name) ? options[token.name] : undefined;
    if (spec === undefined)
      return t('cli.errors.unknownOption', { command: command.name, option: token.rawName });
    if (spec.type === 'boolean') {
      if (token.value !== undefined)
        return t('cli.errors.noValueAllowed', { option: token.rawName, value: token.value });
      values[token.name] = true;
      continue;
    }
    // A value that looks like the next option was most likely forgotten: --report --json.
    const value = token.value;
    if (value === undefined || (!token.inlineValue && value.startsWith('-')) || value === '')
      return t('cli.errors.missingValue', { option: token.rawName, value: spec.value ?? '' });
    const before = values[token.name];
    values[token.name] = spec.multiple ? [...(Array.isArray(before) ? before : []), value] : value;
  }
  for (const [name, spec] of Object.entries(options))
    if (spec.required && values[name] === undefined)
      return t('cli.errors.missingOption', { option: `--${name}`, value: spec.value ?? '' });
  return { values, positionals };
}

/** Every option that takes a value, in any command: parseArgs reads the next argument as its value. */
const STRING_OPTIONS = Object.fromEntries(
  [...COMMANDS.map((c) => c.options), COMMON_OPTIONS]
    .flatMap((o) => Object.entries(o))
    .filter(([, spec]) => spec.type === 'string')
    .map(([name]) => [name, { type: 'string' as const }]),
);

/** The arguments as parseArgs tokens; they are checked against the command's own options after. */
function tokensOf(args: string[]): Token[] {
  const parsed = parseArgs({
    args,
    options: STRING_OPTIONS,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  return parsed.tokens ?? [];
}

/** A context for one run: the world, the language, and fail(). */
function contextOf(deps: CliDeps, lang: Lang): CliContext {
  const t = createTranslator(lang);
  return {
    ...deps,
    lang,
    t,
    fail: (sentence, status = 2) => {
      deps.err(`${t('cli.problem', { problem: sentence })}\n`);
      return status;
    },
  };
}

/** Runs a command to its exit status: cancelled 130, bad input 2, anything unexpected 1. */
async function guarded(run: () => Promise<number>, ctx: CliContext): Promise<number> {
  try {
    return await run();
  } catch (err) {
    if (err instanceof CancelledError) return ctx.fail(ctx.t('cli.cancelled'), 130);
    if (err instanceof InputError) return ctx.fail(err.text[ctx.lang]);
    const detail = err instanceof Error ? (err.stack ?? err.message) : String(err);
    return ctx.fail(ctx.t('cli.errors.internal', { detail }), 1);
  }
}

/** Runs the command line (argv without node and the script) to its exit status. */
export async function runCli(argv: readonly string[], deps: CliDeps): Promise<number> {
  const [name, ...rest] = argv;
  const tokens = tokensOf([...argv]);
  const chosen = chooseLanguage(tokens, deps.env);
  const ctx = contextOf(deps, chosen.lang);
  if (chosen.bad !== undefined) return ctx.fail(ctx.t('cli.errors.badLang', { value: chosen.bad }));
  const asksHelp = tokens.some((t) => t.kind === 'option' && (t.name === 'help' || t.name === 'h'));
  if (name === 'help' || asksHelp) {
    deps.out(usageText(ctx.t));
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    const problem =
      name === undefined || name.startsWith('-')
        ? ctx.t('cli.errors.noCommand')
        : ctx.t('cli.errors.unknownCommand', { command: name });
    deps.err(`${ctx.t('cli.problem', { problem })}\n\n${usageText(ctx.t)}`);
    return 2;
  }
  const args = readArguments(command, tokensOf(rest), ctx.t);
  if (typeof args === 'string') return ctx.fail(args);
  const values = args.values as OptionValues<OptionSpecs>;
  return guarded(() => command.run({ values, positionals: args.positionals }, ctx), ctx);
}
