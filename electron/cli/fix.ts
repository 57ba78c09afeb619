/**
 * `sendcheck fix --account ID`: diagnoses the account, then writes the recommended settings into
 * Thunderbird or Becky! through the same pipeline as the app's "Fix it for me" (shared/settings-to-write.ts:
 * the trust gate, the placeholders filled, the changes), after a question on the terminal or with
 * --yes; for other mail programs it prints the steps instead. `--undo` reverts the account's newest
 * fix not yet undone: only the settings it wrote that still hold what it wrote, naming the others.
 * Exit status: 0 done (or nothing to do), 2 bad input or a refused write.
 */
import { basename } from 'node:path';
import {
  readHash,
  type FixRefusal,
  type HandStep,
  type SourcedAccount,
} from '../../shared/accounts.js';
import { changeLine } from '../../shared/change-text.js';
import { programStepTexts, stepValues } from '../../shared/program-steps.js';
import {
  accountSettings,
  planWrite,
  settingsToWrite,
  type SettingChange,
} from '../../shared/settings-to-write.js';
import type { AccountSettings } from '../../shared/accounts.js';
import { fixAccount, readAccount, undoAccountFix } from '../accounts/index.js';
import { beckyHandSteps } from '../accounts/becky-fix.js';
import { beckyRunning } from '../accounts/becky-running.js';
import { thunderbirdLock } from '../accounts/thunderbird-lock.js';
import { ACCEPT_SUGGESTED_OPTION, acceptedHosts } from './accept-suggested.js';
import { defineCommand, type CliContext } from './command.js';
import { diagnoseUntilInterrupted } from './diagnose.js';
import { renderHuman } from './output.js';

/** The refusals whose words name the mail program's own file or process (Becky! has its own). */
const BECKY_WORDS = new Set<FixRefusal>([
  'running',
  'lock_unknown',
  'changed',
  'unusual_format',
  'no_prefs',
]);

/** A refusal as one sentence on standard error; exit status 2. */
function refuse(
  code: FixRefusal,
  account: string,
  ctx: CliContext,
  host = '',
  program?: SourcedAccount['program'],
): number {
  const key =
    program === 'becky' && BECKY_WORDS.has(code)
      ? `accounts.becky.refusal.${code}`
      : `accounts.refusal.${code}`;
  return ctx.fail(ctx.t(key, { id: account, host }));
}

/** SendCheck writes this account's settings itself (Thunderbird, Becky!). */
function writable(account: SourcedAccount): boolean {
  return (
    account.fixable && (account.source.kind === 'thunderbird' || account.source.kind === 'becky')
  );
}

/** The "current -> recommended" table as lines (the rows the app's confirmation dialog shows too). */
export function changeLines(
  changes: SettingChange[],
  ctx: Pick<CliContext, 't' | 'lang'>,
): string[] {
  return [ctx.t('accounts.changesHeading'), ...changes.map((c) => `  ${changeLine(c, ctx.lang)}`)];
}

async function undo(account: SourcedAccount, ctx: CliContext): Promise<number> {
  if (account.source.kind !== 'thunderbird' && account.source.kind !== 'becky') {
    const program = ctx.t(`programs.${account.program}.name`);
    ctx.out(`${ctx.t('accounts.undoNotFixable', { program })}\n`);
    return 0;
  }
  const r = await undoAccountFix(account.id, { env: ctx.accounts });
  if (!r.ok) return refuse(r.code, account.id, ctx, '', account.program);
  const kept = r.kept ?? [];
  const head = ctx.t(kept.length > 0 ? 'accounts.undonePartly' : 'accounts.undone', {
    backup: basename(r.backup),
  });
  const lines = [head, ...kept.map((f) => `  ${ctx.t(`accounts.undoKept.${f}`)}`)];
  if (r.staleLock) lines.unshift(ctx.t('accounts.staleLock'));
  ctx.out(`${lines.join('\n')}\n`);
  return 0;
}

async function confirmAndWrite(
  account: SourcedAccount,
  settings: AccountSettings,
  yes: boolean,
  ctx: CliContext,
): Promise<number> {
  const becky = account.program === 'becky';
  if (!yes) {
    if (!ctx.ask) return ctx.fail(ctx.t('accounts.needYes'));
    if (!(await ctx.ask(ctx.t(becky ? 'accounts.becky.confirm' : 'accounts.confirm')))) {
      ctx.out(`${ctx.t('accounts.declined')}\n`);
      return 0;
    }
  }
  const expectSha256 = readHash(account);
  const r = await fixAccount(account.id, settings, { env: ctx.accounts, expectSha256 });
  const handSteps = becky ? beckyHandSteps(settings, account.username) : [];
  if (!r.ok && r.code === 'unchanged' && handSteps.length > 0) {
    // Every key SendCheck writes holds its value already: what is left is done by hand.
    ctx.out(handStepLines(handSteps, settings, ctx));
    return 0;
  }
  if (!r.ok) return refuse(r.code, account.id, ctx, '', account.program);
  if (r.staleLock) ctx.out(`${ctx.t('accounts.staleLock')}\n`);
  const written = becky ? 'accounts.becky.written' : 'accounts.written';
  ctx.out(`${ctx.t(written, { backup: basename(r.backup) })}\n`);
  ctx.out(handStepLines(r.handSteps ?? [], settings, ctx));
  return 0;
}

/** The steps SendCheck leaves to the user, under their heading ('' when there are none). */
function handStepLines(steps: HandStep[], settings: AccountSettings, ctx: CliContext): string {
  if (steps.length === 0) return '';
  const lines = steps.map(
    (s) => `  ${ctx.t(`accounts.becky.handStep.${s}`, { username: settings.username })}`,
  );
  return `${[ctx.t('accounts.becky.handStepsHeading'), ...lines].join('\n')}\n`;
}

/** After the diagnosis: the plan, the changes, then the write, the steps, or why neither. */
async function applyReport(
  account: SourcedAccount,
  report: Awaited<ReturnType<typeof diagnoseUntilInterrupted>>,
  yes: boolean,
  ctx: CliContext,
): Promise<number> {
  const { t } = ctx;
  const plan = planWrite(report, accountSettings(account));
  if (!plan.ok && !('changes' in plan)) {
    if (plan.block === 'no_recommended') {
      ctx.out(`${t('accounts.noRecommended')}\n`);
      return 0;
    }
    // Nothing unverified, suggested or after a TLS or security-software verdict is written, or
    // shown as the steps to type in.
    return refuse(plan.block, account.id, ctx, report.recommended?.host);
  }
  ctx.out(`${changeLines(plan.changes, ctx).join('\n')}\n`);
  if (!plan.ok && plan.block === 'unchanged') {
    ctx.out(`${t('accounts.sameAlready')}\n`);
    return 0;
  }
  if (!writable(account) && report.recommended) {
    const head = t('accounts.notFixable', { program: t(`programs.${account.program}.name`) });
    const next = settingsToWrite(report.recommended, { email: report.email, account });
    const steps = programStepTexts(account.program, stepValues(account.program, next, t), t);
    ctx.out(`${[head, ...steps.map((s, i) => `  ${i + 1}. ${s}`)].join('\n')}\n`);
    return 0;
  }
  if (!plan.ok) return refuse(plan.block, account.id, ctx, '', account.program);
  return confirmAndWrite(account, plan.settings, yes, ctx);
}

/** The command. */
export const FIX = defineCommand({
  name: 'fix',
  options: {
    account: { type: 'string', value: 'ID', required: true, says: 'cli.usage.fix.account' },
    ...ACCEPT_SUGGESTED_OPTION,
    yes: { type: 'boolean', says: 'cli.usage.fix.yes' },
    undo: { type: 'boolean', says: 'cli.usage.fix.undo' },
  },
  // A copied folder is only ever read (accounts --from); a fix writes this computer's files only.
  refused: { from: 'cli.errors.fixFrom' },
  run: async ({ values: v }, ctx) => {
    const id = v.account ?? '';
    const accepted = acceptedHosts(v['accept-suggested'], ctx.lang);
    if (!accepted.ok) return ctx.fail(accepted.message);
    const account = await readAccount(id, ctx.accounts);
    if (!account) return refuse('not_found', id, ctx);
    if (v.undo) return undo(account, ctx);
    // Say so before a diagnosis of several seconds; the write checks again anyway.
    if (account.source.kind === 'thunderbird') {
      const lock = await thunderbirdLock(account.source.profileDir, ctx.accounts);
      if (lock.state === 'running') return refuse('running', account.id, ctx);
    }
    if (account.source.kind === 'becky' && (await beckyRunning(ctx.accounts)) === 'running')
      return refuse('running', account.id, ctx, '', 'becky');
    if (!account.email) return ctx.fail(ctx.t('accounts.noEmail'));
    const report = await diagnoseUntilInterrupted(
      {
        email: account.email,
        server: account.host,
        port: account.port,
        ...(accepted.hosts !== undefined ? { acceptSuggested: accepted.hosts } : {}),
      },
      ctx,
    );
    ctx.out(renderHuman(report, ctx.lang, account));
    return applyReport(account, report, v.yes === true, ctx);
  },
});
