/** Every command of the command line, in the order the usage text lists them. */
import { ACCOUNTS } from './accounts.js';
import type { CommandSpec, OptionSpecs } from './command.js';
import { DIAGNOSE } from './diagnose.js';
import { FIX } from './fix.js';
import { DECODE, LOOKUP } from './staff.js';

/** The commands: a new one is one module with defineCommand(...) and one line here. */
export const COMMANDS: readonly CommandSpec<OptionSpecs>[] = [
  DIAGNOSE,
  ACCOUNTS,
  FIX,
  DECODE,
  LOOKUP,
] as unknown as readonly CommandSpec<OptionSpecs>[];

/** The options every command takes. */
export const COMMON_OPTIONS = {
  lang: { type: 'string', value: 'ja|en', says: 'cli.usage.options.lang' },
} as const satisfies OptionSpecs;
