/**
 * What a command of the command line is: its options, declared once (the router parses with them
 * and writes the usage text from them), and what it runs; and what it runs with (CliContext).
 * Every command module exports one defineCommand(...), and commands.ts lists them.
 */
import type { DiagnosisReport, DiagnosisRequest } from '../../shared/diagnosis.js';
import type { Translate } from '../../shared/i18n/translate.js';
import type { Lang } from '../../shared/verdict.js';
import type { AccountsEnv } from '../accounts/env.js';

/** One option: its kind, the placeholder of its value in the usage text, and its words. */
export interface OptionSpec {
  type: 'string' | 'boolean';
  /** May be given more than once (the values are collected). */
  multiple?: boolean;
  /** The value's placeholder in the usage text: ADDRESS, HOST, N, FILE, ID. */
  value?: string;
  /** Must be given (the router says so in a sentence of the catalogue). */
  required?: boolean;
  /** The catalogue key of its one-sentence description. */
  says: string;
}

/** A command's options by name (without the leading --). */
export type OptionSpecs = Readonly<Record<string, OptionSpec>>;

/** The values parsed for a command's options: string(s) for string options, true for flags. */
export type OptionValues<O extends OptionSpecs> = {
  [K in keyof O]?: O[K]['type'] extends 'boolean'
    ? true
    : O[K]['multiple'] extends true
      ? string[]
      : string;
};

/** The world a command runs in (tests give their own: a temporary home, a canned diagnosis). */
export interface CliDeps {
  /** The environment the language and the account readers come from. */
  env: NodeJS.ProcessEnv;
  /** Where the mail programs' settings are read (a temporary home in tests). */
  accounts: AccountsEnv;
  out(text: string): void;
  err(text: string): void;
  /** Asks a yes/no question on the terminal; null when there is no terminal to ask on. */
  ask: ((question: string) => Promise<boolean>) | null;
  /** Runs a diagnosis (the engine, in the real world). */
  diagnose(request: DiagnosisRequest, signal: AbortSignal): Promise<DiagnosisReport>;
  /** Standard input, whole, without its last line break (for --password-stdin). */
  readStdin(): Promise<string>;
  /** Whether standard error is a terminal (then "Checking…" is shown while a diagnosis runs). */
  stderrIsTerminal: boolean;
  /** Calls abort on Ctrl+C until the returned function is called. */
  onInterrupt(abort: () => void): () => void;
}

/** What a command runs with: the world, and the language everything is said in. */
export interface CliContext extends CliDeps {
  lang: Lang;
  t: Translate;
  /** Says one sentence on standard error as `sendcheck: …` (cli.problem) and answers the exit status (2). */
  fail(sentence: string, status?: number): number;
}

/** One command: its name, options, positional arguments, and what it does (to an exit status). */
export interface CommandSpec<O extends OptionSpecs = OptionSpecs> {
  name: string;
  options: O;
  /** The positional arguments it takes, if any: their placeholder and words (all of them joined). */
  positional?: { name: string; says: string };
  /** Option names that are refused with their own sentence (a password on the command line). */
  refused?: Readonly<Record<string, string>>;
  run(args: { values: OptionValues<O>; positionals: string[] }, ctx: CliContext): Promise<number>;
}

/** Declares a command (typed: run gets exactly its options' values). */
export function defineCommand<const O extends OptionSpecs>(spec: CommandSpec<O>): CommandSpec<O> {
  return spec;
}

/** --json, as every command that can print for scripts declares it. */
export const JSON_OPTION = { json: { type: 'boolean', says: 'cli.usage.options.json' } } as const;
