/**
 * The command line's account commands: `accounts [--json]`, `diagnose --account ID` (rewritten to
 * --email/--server/--port for the normal diagnose path; --accept-suggested goes along) and
 * `fix --account ID [--accept-suggested HOST]... [--yes] [--undo]`. `fix` writes only what the
 * trust gate allows (shared/trust-gate.ts), the same rule as the app's "Fix it for me". Exit
 * status: 0 done, 2 bad input or a refused write, 1 internal failure.
 */
import { basename } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import {
  compareSettings,
  publicAccount,
  type AccountSettings,
  type FixRefusal,
  type MailAccount,
  type ReadableProgram,
  type SourcedAccount,
} from '../shared/accounts.js';
import { changeLine } from '../shared/change-text.js';
import type {
  DiagnosisReport,
  DiagnosisRequest,
  RecommendedSettings,
} from '../shared/diagnosis.js';
import { accounts as enAccounts } from '../shared/i18n/en/accounts.js';
import { accounts as jaAccounts } from '../shared/i18n/ja/accounts.js';
import { catalogues } from '../shared/i18n/catalogues.js';
import { pickLanguage, posixLocaleTags } from '../shared/language.js';
import { writeDecision } from '../shared/trust-gate.js';
import type { Lang } from '../shared/verdict.js';
import {
  fixThunderbird,
  listAccounts,
  processAccountsEnv,
  readAccount,
  undoThunderbirdFix,
  type AccountsEnv,
} from './accounts/index.js';
import { thunderbirdLock } from './accounts/thunderbird-lock.js';
import { renderHuman } from './cli-output.js';
import { ACCEPT_SUGGESTED_OPTION, acceptedHosts } from './cli-suggested.js';
import { CancelledError, InputError, runDiagnosis } from './engine/index.js';

/** What the account commands need from the outside world (tests give a temporary HOME). */
export interface AccountsCliDeps {
  env: AccountsEnv;
  processEnv: NodeJS.ProcessEnv;
  out: (text: string) => void;
  err: (text: string) => void;
  /** Asks a yes/no question on the terminal; null when there is no terminal to ask on. */
  ask: ((question: string) => Promise<boolean>) | null;
  diagnose: (req: DiagnosisRequest, signal: AbortSignal) => Promise<DiagnosisReport>;
}

/** Either the command was handled (with its exit status) or cli.ts goes on with these arguments. */
export type Routed = { kind: 'done'; code: number } | { kind: 'continue'; argv: string[] };

type Words = typeof jaAccounts;
const WORDS: Record<Lang, Words> = { ja: jaAccounts, en: enAccounts as Words };

/** Fills {{name}} placeholders. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, k: string) =>
    k in values ? String(values[k]) : whole,
  );
}

function langOf(args: string[], env: NodeJS.ProcessEnv): Lang {
  const i = args.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const given = i < 0 ? undefined : (args[i]?.split('=')[1] ?? args[i + 1]);
  if (given === 'ja' || given === 'en') return given;
  // The app's one language policy (shared/language.ts), as cli.ts uses it.
  return pickLanguage(posixLocaleTags(env));
}

function programName(program: ReadableProgram, lang: Lang): string {
  return catalogues[lang].programs[program].name;
}

/** The numbered steps of the settings card for a program, filled with the settings. */
export function programSteps(
  program: ReadableProgram,
  s: RecommendedSettings,
  lang: Lang,
): string[] {
  const entry = catalogues[lang].programs[program];
  const values = {
    host: s.host,
    port: s.port,
    username: s.username,
    security: entry.security[s.security],
  };
  return entry.steps.map((step, i) => `  ${i + 1}. ${fill(step, values)}`);
}

/** One account as lines of text for people. */
export function accountLines(a: MailAccount, lang: Lang): string[] {
  const w = WORDS[lang];
  const unsure = (f: MailAccount['unsure'][number]) => (a.unsure.includes(f) ? ` ${w.unsure}` : '');
  const sender = a.displayName ? `${a.displayName} <${a.email}>` : a.email;
  const lines = [
    `[${w.field.id}] ${a.id}`,
    `  ${w.field.account}: ${fill(w.accountOf, { account: a.account, program: programName(a.program, lang) })}`,
    `  ${w.field.sender}: ${[sender, ...a.otherEmails].filter((x) => x).join(', ')}`,
    `  ${w.field.host}: ${a.host}`,
    `  ${w.field.port}: ${a.port}${unsure('port')}`,
    `  ${w.field.security}: ${w.security[a.security]}${unsure('security')}`,
    `  ${w.field.auth}: ${a.auth ? w.auth.on : w.auth.off}${unsure('auth')}`,
    `  ${w.field.username}: ${a.username || w.empty}`,
    `  ${w.field.where}: ${a.where}`,
  ];
  if (a.fixable) lines.push(`  ${w.fixable}`);
  return lines;
}

function parse(
  args: string[],
  options: NonNullable<NonNullable<Parameters<typeof parseArgs>[0]>['options']>,
  deps: AccountsCliDeps,
  lang: Lang,
): Record<string, string | boolean | undefined> | null {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals: false }).values as Record<
      string,
      string | boolean | undefined
    >;
  } catch (e) {
    deps.err(
      `sendcheck: ${fill(WORDS[lang].usage.badOption, { message: (e as Error).message })}\n`,
    );
    return null;
  }
}

async function accountsCommand(args: string[], deps: AccountsCliDeps): Promise<number> {
  const lang = langOf(args, deps.processEnv);
  const v = parse(args, { json: { type: 'boolean' }, lang: { type: 'string' } }, deps, lang);
  if (!v) return 2;
  const list = await listAccounts(deps.env);
  const accounts = list.accounts.map(publicAccount);
  if (v.json) {
    deps.out(`${JSON.stringify({ accounts, programs: list.programs })}\n`);
    return 0;
  }
  const w = WORDS[lang];
  const out = [w.heading, ''];
  for (const a of accounts) out.push(...accountLines(a, lang), '');
  if (accounts.length === 0) out.push(w.noneFound, '');
  for (const p of list.programs) {
    const values = {
      program: programName(p.program, lang),
      count: p.count,
      detail: p.detail ?? '',
    };
    out.push(fill(w.status[p.status], values));
  }
  deps.out(`${out.join('\n')}\n`);
  return 0;
}

function refuse(
  code: FixRefusal,
  id: string,
  deps: AccountsCliDeps,
  lang: Lang,
  host = '',
): number {
  deps.err(`sendcheck: ${fill(WORDS[lang].refusal[code], { id, host })}\n`);
  return 2;
}

function settingsOf(a: SourcedAccount): AccountSettings {
  return { host: a.host, port: a.port, security: a.security, auth: a.auth, username: a.username };
}

/** The "current -> recommended" table as lines (the rows the app's confirmation dialog shows too). */
export function changeLines(current: AccountSettings, next: AccountSettings, lang: Lang): string[] {
  return [
    WORDS[lang].changesHeading,
    ...compareSettings(current, next).map((c) => `  ${changeLine(c, lang)}`),
  ];
}

async function undo(account: SourcedAccount, deps: AccountsCliDeps, lang: Lang): Promise<number> {
  const w = WORDS[lang];
  if (account.source.kind !== 'thunderbird') {
    deps.out(`${fill(w.undoNotFixable, { program: programName(account.program, lang) })}\n`);
    return 0;
  }
  const r = await undoThunderbirdFix(account.id, { env: deps.env });
  if (!r.ok) return refuse(r.code, account.id, deps, lang);
  deps.out(`${fill(w.undone, { backup: basename(r.backup) })}\n`);
  return 0;
}

async function diagnoseAccount(
  account: SourcedAccount,
  deps: AccountsCliDeps,
  acceptSuggested: string[] | undefined,
): Promise<DiagnosisReport> {
  const ctl = new AbortController();
  const onInt = () => ctl.abort();
  process.once('SIGINT', onInt);
  try {
    const req: DiagnosisRequest = {
      email: account.email,
      server: account.host,
      port: account.port,
      ...(acceptSuggested !== undefined ? { acceptSuggested } : {}),
    };
    return await deps.diagnose(req, ctl.signal);
  } finally {
    process.off('SIGINT', onInt);
  }
}

async function confirmAndWrite(
  account: SourcedAccount,
  next: AccountSettings,
  yes: boolean,
  deps: AccountsCliDeps,
  lang: Lang,
): Promise<number> {
  const w = WORDS[lang];
  if (!yes) {
    if (!deps.ask) {
      deps.err(`sendcheck: ${w.needYes}\n`);
      return 2;
    }
    if (!(await deps.ask(w.confirm))) {
      deps.out(`${w.declined}\n`);
      return 0;
    }
  }
  const expectSha256 = account.source.kind === 'thunderbird' ? account.source.prefsSha256 : '';
  const r = await fixThunderbird(account.id, next, { env: deps.env, expectSha256 });
  if (!r.ok) return refuse(r.code, account.id, deps, lang);
  deps.out(`${fill(w.written, { backup: basename(r.backup) })}\n`);
  return 0;
}

async function fixCommand(args: string[], deps: AccountsCliDeps): Promise<number> {
  const lang = langOf(args, deps.processEnv);
  const w = WORDS[lang];
  const v = parse(
    args,
    {
      account: { type: 'string' },
      yes: { type: 'boolean' },
      undo: { type: 'boolean' },
      lang: { type: 'string' },
      ...ACCEPT_SUGGESTED_OPTION,
    },
    deps,
    lang,
  );
  if (!v) return 2;
  if (typeof v.account !== 'string' || v.account === '') {
    deps.err(`sendcheck: ${w.usage.needAccount}\n`);
    return 2;
  }
  const accepted = acceptedHosts(v['accept-suggested'] as string[] | undefined, lang);
  if (!accepted.ok) {
    deps.err(`sendcheck: ${accepted.message}\n`);
    return 2;
  }
  const account = await readAccount(v.account, deps.env);
  if (!account) return refuse('not_found', v.account, deps, lang);
  if (v.undo) return undo(account, deps, lang);
  if (account.source.kind === 'thunderbird') {
    // Say so before a diagnosis of several seconds; the write checks the lock again anyway.
    const lock = await thunderbirdLock(account.source.profileDir, deps.env);
    if (lock.state === 'running') return refuse('running', account.id, deps, lang);
  }
  if (!account.email) {
    deps.err(`sendcheck: ${w.noEmail}\n`);
    return 2;
  }
  const report = await diagnoseAccount(account, deps, accepted.hosts);
  deps.out(renderHuman(report, lang));
  const rec = report.recommended;
  if (!rec) {
    deps.out(`${w.noRecommended}\n`);
    return 0;
  }
  // The same rule as the app's "Fix it for me": nothing unverified, suggested or after a TLS or
  // security-software verdict is written, or shown as the steps to type in.
  const decision = writeDecision(report);
  if (!decision.ok && decision.block !== 'no_recommended')
    return refuse(decision.block, account.id, deps, lang, rec.host);
  const next: AccountSettings = {
    host: rec.host,
    port: rec.port,
    security: rec.security,
    auth: rec.auth,
    username: rec.username,
  };
  deps.out(`${changeLines(settingsOf(account), next, lang).join('\n')}\n`);
  if (compareSettings(settingsOf(account), next).every((c) => !c.changed)) {
    deps.out(`${w.sameAlready}\n`);
    return 0;
  }
  if (account.source.kind !== 'thunderbird') {
    const head = fill(w.notFixable, { program: programName(account.program, lang) });
    deps.out(`${[head, ...programSteps(account.program, rec, lang)].join('\n')}\n`);
    return 0;
  }
  return confirmAndWrite(account, next, v.yes === true, deps, lang);
}

/** `diagnose --account ID ...`: the account's address, server and port as ordinary options. */
async function rewriteDiagnose(argv: string[], deps: AccountsCliDeps): Promise<Routed> {
  const lang = langOf(argv, deps.processEnv);
  const out = [...argv];
  const i = out.findIndex((a) => a === '--account' || a.startsWith('--account='));
  const arg = out[i] ?? '';
  const id = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : (out[i + 1] ?? '');
  out.splice(i, arg.includes('=') ? 1 : 2);
  if (id === '' || id.startsWith('--')) {
    deps.err(`sendcheck: ${WORDS[lang].usage.needAccount}\n`);
    return { kind: 'done', code: 2 };
  }
  const account = await readAccount(id, deps.env);
  if (!account) return { kind: 'done', code: refuse('not_found', id, deps, lang) };
  const has = (flag: string) => out.some((a) => a === flag || a.startsWith(`${flag}=`));
  if (!has('--email')) {
    if (!account.email) {
      deps.err(`sendcheck: ${WORDS[lang].noEmail}\n`);
      return { kind: 'done', code: 2 };
    }
    out.push('--email', account.email);
  }
  if (!has('--server')) out.push('--server', account.host);
  if (!has('--port')) out.push('--port', String(account.port));
  return { kind: 'continue', argv: out };
}

/** The real world: this process's HOME/APPDATA, stdout/stderr, the terminal, the engine. */
export function processDeps(): AccountsCliDeps {
  const tty = process.stdin.isTTY === true;
  return {
    env: processAccountsEnv(),
    processEnv: process.env,
    out: (s) => process.stdout.write(s),
    err: (s) => process.stderr.write(s),
    ask: tty
      ? async (q) => {
          const rl = createInterface({ input: process.stdin, output: process.stderr });
          try {
            return /^(y|yes|はい)$/i.test((await rl.question(q)).trim());
          } finally {
            rl.close();
          }
        }
      : null,
    diagnose: (req, signal) => runDiagnosis(req, { signal }),
  };
}

/** Runs a command to its exit status: cancelled 130, bad input 2, anything unexpected 1. */
async function guarded(
  run: () => Promise<number>,
  argv: string[],
  deps: AccountsCliDeps,
): Promise<Routed> {
  const lang = langOf(argv, deps.processEnv);
  try {
    return { kind: 'done', code: await run() };
  } catch (err) {
    if (err instanceof CancelledError) return { kind: 'done', code: 130 };
    if (err instanceof InputError) {
      deps.err(`sendcheck: ${err.text[lang]}\n`);
      return { kind: 'done', code: 2 };
    }
    deps.err(`sendcheck: internal error: ${(err as Error).stack ?? String(err)}\n`);
    return { kind: 'done', code: 1 };
  }
}

/** Handles `accounts` and `fix`, rewrites `diagnose --account`, leaves everything else to cli.ts. */
export async function routeAccountCommands(
  argv: string[],
  deps: AccountsCliDeps = processDeps(),
): Promise<Routed> {
  const [command, ...rest] = argv;
  if (command === 'accounts') return guarded(() => accountsCommand(rest, deps), argv, deps);
  if (command === 'fix') return guarded(() => fixCommand(rest, deps), argv, deps);
  if (command === 'diagnose' && rest.some((a) => a === '--account' || a.startsWith('--account=')))
    return rewriteDiagnose(argv, deps);
  return { kind: 'continue', argv };
}
