/** SendCheck from a terminal: the same engine and the same plain words as the app (diagnosis.md, "The command line"). */
import { parseArgs } from 'node:util';
import type { DiagnosisReport } from '../shared/diagnosis.js';
import { createTranslator } from '../shared/i18n/i18next-options.js';
import { parsePort } from '../shared/validate.js';
import { pickLanguage, posixLocaleTags } from '../shared/language.js';
import type { Lang } from '../shared/verdict.js';
import { CancelledError, InputError, runDiagnosis } from './engine/index.js';
import { routeAccountCommands } from './cli-accounts.js';
import { ACCEPT_SUGGESTED_OPTION, acceptedHosts } from './cli-suggested.js';
import { finishDiagnose, takeReportOption } from './cli-report.js';
import { routeSupportCommands } from './cli-support.js';

const USAGE = `Usage: sendcheck diagnose --email ADDRESS [--server HOST] [--port N] [--accept-suggested HOST]... [--password-stdin] [--json] [--lang ja|en] [--report FILE]
       sendcheck decode CODE [--json] [--lang ja|en]
       sendcheck lookup --email ADDRESS [--json] [--lang ja|en]`;

/** A usage error: exit status 2 with a clear message. */
class UsageError extends Error {}

interface CliArgs {
  email: string;
  server?: string;
  port?: string;
  /** As typed; checked in main() so the message is in the user's language. */
  acceptSuggested?: string[];
  passwordStdin: boolean;
  json: boolean;
  lang: Lang;
}

// The app's one language policy (shared/language.ts): Japanese when the locale says so, else English.
function defaultLang(env: NodeJS.ProcessEnv): Lang {
  return pickLanguage(posixLocaleTags(env));
}

/** Parses argv (without node and script); throws UsageError on anything unexpected. */
export function parseCli(argv: string[], env: NodeJS.ProcessEnv = process.env): CliArgs {
  const [command, ...rest] = argv;
  if (command !== 'diagnose')
    throw new UsageError(command ? `Unknown command: ${command}\n${USAGE}` : USAGE);
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      strict: true,
      allowPositionals: false,
      options: {
        email: { type: 'string' },
        server: { type: 'string' },
        port: { type: 'string' },
        'password-stdin': { type: 'boolean', default: false },
        password: { type: 'string' },
        json: { type: 'boolean', default: false },
        lang: { type: 'string' },
        ...ACCEPT_SUGGESTED_OPTION,
      },
    });
  } catch (err) {
    throw new UsageError(`${(err as Error).message}\n${USAGE}`);
  }
  const v = parsed.values;
  if (v.password !== undefined) {
    throw new UsageError(
      'Passwords are never taken as an argument (they would show in the process list). Use --password-stdin.',
    );
  }
  if (v.email === undefined) throw new UsageError(`--email is required.\n${USAGE}`);
  if (v.lang !== undefined && v.lang !== 'ja' && v.lang !== 'en')
    throw new UsageError(`--lang must be ja or en (got "${v.lang}").`);
  return {
    email: v.email,
    ...(v.server !== undefined ? { server: v.server } : {}),
    ...(v.port !== undefined ? { port: v.port } : {}),
    ...(v['accept-suggested'] !== undefined ? { acceptSuggested: v['accept-suggested'] } : {}),
    passwordStdin: v['password-stdin'] ?? false,
    json: v.json ?? false,
    lang: (v.lang as Lang | undefined) ?? defaultLang(env),
  };
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

/** Runs the CLI; resolves to the exit status. */
export async function main(argv: string[]): Promise<number> {
  // decode and lookup live in cli-support.ts, --report in cli-report.ts (issue 9).
  const support = routeSupportCommands(argv);
  if (support.kind === 'done') return support.code;
  let reportPath: string | null = null;
  try {
    if (argv[0] === 'diagnose') ({ argv, reportPath } = takeReportOption(argv));
  } catch (err) {
    process.stderr.write(`sendcheck: ${(err as Error).message}\n`);
    return 2;
  }
  // accounts, fix and diagnose --account live in cli-accounts.ts (issue 9).
  const routed = await routeAccountCommands(argv);
  if (routed.kind === 'done') return routed.code;
  let args: CliArgs;
  try {
    args = parseCli(routed.argv);
  } catch (err) {
    process.stderr.write(`sendcheck: ${(err as Error).message}\n`);
    return 2;
  }
  let port: number | undefined;
  if (args.port !== undefined) {
    // The raw string goes to the validator, so "5.5" or "abc" get their own clear message.
    const p = parsePort(args.port);
    if (!p.ok) {
      process.stderr.write(`sendcheck: ${p.message[args.lang]}\n`);
      return 2;
    }
    port = p.value;
  }
  const accepted = acceptedHosts(args.acceptSuggested, args.lang);
  if (!accepted.ok) {
    process.stderr.write(`sendcheck: ${accepted.message}\n`);
    return 2;
  }
  const ctl = new AbortController();
  process.once('SIGINT', () => ctl.abort());
  try {
    const password = args.passwordStdin ? await readStdin() : undefined;
    if (args.passwordStdin && !password) {
      process.stderr.write(`sendcheck: ${createTranslator(args.lang)('cli.noPasswordOnStdin')}\n`);
      return 2;
    }
    if (!args.json && process.stderr.isTTY) {
      process.stderr.write(`${createTranslator(args.lang)('cli.checking')}\n`);
    }
    const report: DiagnosisReport = await runDiagnosis(
      {
        email: args.email,
        ...(args.server !== undefined ? { server: args.server } : {}),
        ...(port !== undefined ? { port } : {}),
        ...(accepted.hosts !== undefined ? { acceptSuggested: accepted.hosts } : {}),
        ...(password !== undefined ? { password } : {}),
      },
      { signal: ctl.signal },
    );
    return await finishDiagnose(report, { json: args.json, lang: args.lang, reportPath });
  } catch (err) {
    if (err instanceof CancelledError) {
      process.stderr.write(`sendcheck: ${createTranslator(args.lang)('cli.cancelled')}\n`);
      return 130;
    }
    if (err instanceof InputError) {
      process.stderr.write(`sendcheck: ${err.text[args.lang]}\n`);
      return 2;
    }
    process.stderr.write(`sendcheck: internal error: ${(err as Error).stack ?? String(err)}\n`);
    return 1;
  }
}

if (process.argv[1] && /cli\.(m?js|ts)$/.test(process.argv[1])) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`sendcheck: internal error: ${String(err)}\n`);
      process.exitCode = 1;
    },
  );
}
