/**
 * The command line's support-staff commands (issue 9): `decode CODE` reads a reference code and
 * `lookup --email ADDRESS` shows a provider's published settings, both fully offline. cli.ts hands
 * every argv here first; anything else goes back to it unchanged.
 */
import type { Lang } from '../shared/verdict.js';
import { runDecode } from './cli-decode.js';
import { runLookup } from './cli-lookup.js';

/** Where a command writes, and the environment it reads its language from (tests pass their own). */
export interface SupportCliDeps {
  out: (text: string) => void;
  err: (text: string) => void;
  env: NodeJS.ProcessEnv;
}

/** Either the command was handled (with its exit status) or cli.ts goes on with these arguments. */
export type SupportRouted = { kind: 'done'; code: number } | { kind: 'continue'; argv: string[] };

/** The language from LC_ALL / LC_MESSAGES / LANG: English when it says so, Japanese otherwise. */
export function envLang(env: NodeJS.ProcessEnv): Lang {
  return /^en/i.test(env.LC_ALL || env.LC_MESSAGES || env.LANG || '') ? 'en' : 'ja';
}

/** Runs `decode` and `lookup`; any other command continues in cli.ts. */
export function routeSupportCommands(
  argv: string[],
  deps: SupportCliDeps = {
    out: (t) => process.stdout.write(t),
    err: (t) => process.stderr.write(t),
    env: process.env,
  },
): SupportRouted {
  const [command, ...rest] = argv;
  if (command === 'decode') return { kind: 'done', code: runDecode(rest, deps) };
  if (command === 'lookup') return { kind: 'done', code: runLookup(rest, deps) };
  return { kind: 'continue', argv };
}
