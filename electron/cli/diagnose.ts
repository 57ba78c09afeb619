/**
 * `sendcheck diagnose`: one diagnosis from the terminal, with the same engine and the same words
 * as the app (docs/diagnosis.md, "The command line"). `--account ID` takes the address, server
 * and port from a mail program's account; `--report FILE` saves a report file as the app's "Save
 * report" does (shared/report-file.ts, written whole by electron/atomic-write.ts).
 */
import pkg from '../../package.json' with { type: 'json' };
import { collectAboutFacts } from '../../shared/about-facts.js';
import {
  MAIL_PROGRAMS,
  type DiagnosisReport,
  type DiagnosisRequest,
  type MailProgram,
} from '../../shared/diagnosis.js';
import { createTranslator } from '../../shared/i18n/i18next-options.js';
import { referenceCodeFor } from '../../shared/reference-code.js';
import { buildReportFile } from '../../shared/report-file.js';
import { parsePort } from '../../shared/validate.js';
import type { Lang } from '../../shared/verdict.js';
import { readAccount } from '../accounts/index.js';
import { writeTextAtomically } from '../report-files.js';
import { ACCEPT_SUGGESTED_OPTION, acceptedHosts } from './accept-suggested.js';
import { defineCommand, JSON_OPTION, type CliContext } from './command.js';
import { renderHuman, toJson } from './output.js';
import { programLines, programSection } from './program-output.js';

/** The app's version (package.json, inlined when the CLI is bundled). */
export const APP_VERSION: string = pkg.version;

/** Writes the report file (readable part in `lang`); the target appears whole or not at all. */
export async function saveReportFile(
  path: string,
  report: DiagnosisReport,
  lang: Lang,
): Promise<void> {
  const text = buildReportFile(report, {
    appVersion: APP_VERSION,
    lang,
    t: createTranslator(lang),
    facts: collectAboutFacts(APP_VERSION, process.versions),
  });
  await writeTextAtomically(path, text);
}

/**
 * Prints a finished diagnosis with its reference code (JSON: the `referenceCode` field) and saves
 * the report file when --report was given. Resolves to the exit status: 2 when the file could not
 * be written (the diagnosis is printed all the same).
 */
export async function finishDiagnose(
  report: DiagnosisReport,
  opts: {
    json: boolean;
    reportPath: string | null;
    account?: { username: string } | null;
    /** --program (or the account's program): its steps, and where its mail leaves from. */
    program?: MailProgram | null;
  },
  ctx: Pick<CliContext, 'lang' | 't' | 'out' | 'err' | 'fail'>,
): Promise<number> {
  const referenceCode = referenceCodeFor(report, APP_VERSION);
  const account = opts.account ?? null;
  const section = opts.program ? programSection(report, opts.program, account, ctx.t) : null;
  const lines = section ? `${programLines(section, ctx.t).join('\n')}\n\n` : '';
  ctx.out(
    opts.json
      ? `${JSON.stringify({ ...toJson(report, ctx.lang), referenceCode, ...(section ? { program: section } : {}) })}\n`
      : `${renderHuman(report, ctx.lang, account)}${lines}${ctx.t('code.file.code', { code: referenceCode })}\n`,
  );
  if (opts.reportPath === null) return 0;
  try {
    await saveReportFile(opts.reportPath, report, ctx.lang);
    ctx.err(`${ctx.t('code.file.saved', { path: opts.reportPath })}\n`);
    return 0;
  } catch (err) {
    const reason = (err as Error).message;
    return ctx.fail(ctx.t('code.file.saveFailed', { path: opts.reportPath, reason }));
  }
}

/** Runs the engine until it answers or Ctrl+C cancels it. */
export async function diagnoseUntilInterrupted(
  request: DiagnosisRequest,
  ctx: CliContext,
): Promise<DiagnosisReport> {
  const ctl = new AbortController();
  const stop = ctx.onInterrupt(() => ctl.abort());
  try {
    return await ctx.diagnose(request, ctl.signal);
  } finally {
    stop();
  }
}

/** The address, server and port to diagnose: as given, and for --account from that account. */
async function target(
  v: { email?: string; server?: string; port?: string; account?: string },
  ctx: CliContext,
): Promise<
  | {
      ok: true;
      email: string;
      server?: string;
      port?: string;
      username?: string;
      program?: MailProgram;
    }
  | { ok: false; status: number }
> {
  if (v.account === undefined) {
    if (v.email === undefined)
      return { ok: false, status: ctx.fail(ctx.t('cli.errors.needEmail')) };
    return { ok: true, email: v.email, server: v.server, port: v.port };
  }
  const account = await readAccount(v.account, ctx.accounts);
  if (!account)
    return { ok: false, status: ctx.fail(ctx.t('accounts.refusal.not_found', { id: v.account })) };
  const email = v.email ?? account.email;
  if (!email) return { ok: false, status: ctx.fail(ctx.t('accounts.noEmail')) };
  return {
    ok: true,
    email,
    server: v.server ?? account.host,
    port: v.port ?? String(account.port),
    username: account.username,
    program: account.program,
  };
}

/** The command. */
export const DIAGNOSE = defineCommand({
  name: 'diagnose',
  options: {
    email: { type: 'string', value: 'ADDRESS', says: 'cli.usage.diagnose.email' },
    server: { type: 'string', value: 'HOST', says: 'cli.usage.diagnose.server' },
    port: { type: 'string', value: 'N', says: 'cli.usage.diagnose.port' },
    account: { type: 'string', value: 'ID', says: 'cli.usage.diagnose.account' },
    ...ACCEPT_SUGGESTED_OPTION,
    'password-stdin': { type: 'boolean', says: 'cli.usage.diagnose.password-stdin' },
    report: { type: 'string', value: 'FILE', says: 'cli.usage.diagnose.report' },
    program: { type: 'string', value: 'ID', says: 'cli.usage.diagnose.program' },
    ...JSON_OPTION,
  },
  refused: { password: 'cli.errors.passwordArgument' },
  run: async ({ values: v }, ctx) => {
    const to = await target(v, ctx);
    if (!to.ok) return to.status;
    let port: number | undefined;
    if (to.port !== undefined) {
      // The raw string goes to the validator, so "5.5" or "abc" get their own clear message.
      const p = parsePort(to.port);
      if (!p.ok) return ctx.fail(p.message[ctx.lang]);
      port = p.value;
    }
    const program = v.program ?? to.program;
    if (program !== undefined && !(MAIL_PROGRAMS as readonly string[]).includes(program))
      return ctx.fail(
        ctx.t('cli.errors.badProgram', { programs: MAIL_PROGRAMS.join(', '), value: program }),
      );
    const mailProgram = program as MailProgram | undefined;
    const accepted = acceptedHosts(v['accept-suggested'], ctx.lang);
    if (!accepted.ok) return ctx.fail(accepted.message);
    const password = v['password-stdin'] ? await ctx.readStdin() : undefined;
    if (v['password-stdin'] && !password) return ctx.fail(ctx.t('cli.noPasswordOnStdin'));
    if (!v.json && ctx.stderrIsTerminal) ctx.err(`${ctx.t('cli.checking')}\n`);
    const report = await diagnoseUntilInterrupted(
      {
        email: to.email,
        ...(to.server !== undefined ? { server: to.server } : {}),
        ...(port !== undefined ? { port } : {}),
        ...(accepted.hosts !== undefined ? { acceptSuggested: accepted.hosts } : {}),
        ...(mailProgram !== undefined ? { mailProgram } : {}),
        ...(password !== undefined ? { password } : {}),
      },
      ctx,
    );
    const account = to.username !== undefined ? { username: to.username } : null;
    return finishDiagnose(
      report,
      {
        json: v.json === true,
        reportPath: v.report ?? null,
        account,
        program: mailProgram ?? null,
      },
      ctx,
    );
  },
});
