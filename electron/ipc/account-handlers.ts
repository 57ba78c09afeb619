/**
 * The account channels: list the mail programs' accounts (the renderer asks the user first), write
 * the recommended settings into a Thunderbird or Becky! account and undo that fix (only its own settings), and "check again" on the
 * settings in use now. The main process keeps the accounts it last showed each window, with their
 * sources: a fix or a check by id is only for an account that window was shown, and a fix is
 * refused when the settings file (prefs.js, Mailbox.ini) changed since it was read for that list.
 *
 * The main process, not the renderer, decides what is written: only recommended settings that
 * shared/trust-gate.ts allows (verified, not a suggestion, no TLS or security verdict), filled in
 * by shared/settings-to-write.ts, and only after the user pressed Change in the main process's own
 * dialog listing the changes.
 */
import type { WebContents } from 'electron';
import {
  publicAccount,
  readHash,
  type AccountList,
  type AccountSettings,
  type SourcedAccount,
} from '../../shared/accounts.js';
import type {
  AccountWriteResult,
  CheckResult,
  CheckedSettings,
  IpcRequest,
  IpcResult,
} from '../../shared/ipc-contract.js';
import { accountSettings, planWrite } from '../../shared/settings-to-write.js';
import type { Lang } from '../../shared/verdict.js';
import type { AccountWriteOutcome } from '../accounts/index.js';
import type { CheckInput, CheckOutcome } from '../engine/check.js';
import type { RunOptions } from '../engine/index.js';
import type { FixConfirmation } from '../fix-dialog.js';
import type { ChannelHandler } from './handle.js';
import type { HandlerDeps } from './handler-deps.js';
import { progressTo, tracked } from './tracked-run.js';

/** The channels served here. */
export type AccountChannel = 'accounts:list' | 'accounts:fix' | 'accounts:undo' | 'diagnosis:check';

/** The accounts back end (electron/accounts/index.ts) and the check (electron/engine/check.ts). */
export interface AccountDeps {
  listAccounts(): Promise<AccountList>;
  readAccount(id: string): Promise<SourcedAccount | null>;
  fixAccount(
    id: string,
    settings: AccountSettings,
    opts: { expectSha256?: string },
  ): Promise<AccountWriteOutcome>;
  /** fix: the record of the fix to undo (as the fix answered it); without it, the newest not undone. */
  undoAccountFix(id: string, fix?: string): Promise<AccountWriteOutcome>;
  runCheck(input: CheckInput, opts: RunOptions): Promise<CheckOutcome>;
  /**
   * The main process's confirmation on the sender's window (electron/fix-dialog.ts): true only
   * when the user pressed Change. Nothing is written without it.
   */
  confirmWrite(sender: WebContents, what: FixConfirmation, lang: Lang): Promise<boolean>;
}

/** The account channels' handlers. */
export type AccountHandlers = { [C in AccountChannel]: ChannelHandler<C> };

/** The file name of a backup path, whichever separator the OS uses: the renderer gets no folders. */
function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? '';
}

const refused = (refusal: Extract<AccountWriteResult, { written: false }>['refusal']) =>
  ({ ok: true, value: { written: false, refusal } }) as const;

/** Builds the account handlers; listed accounts are kept per window, in memory only. */
export function createAccountHandlers(deps: HandlerDeps, accounts: AccountDeps): AccountHandlers {
  const shown = new WeakMap<WebContents, Map<string, SourcedAccount>>();
  // The fix each window made last per account: its Undo undoes that fix, and only once.
  const fixes = new WeakMap<WebContents, Map<string, string>>();
  const remember = (sender: WebContents, a: SourcedAccount): void => {
    const map = shown.get(sender) ?? new Map<string, SourcedAccount>();
    map.set(a.id, a);
    shown.set(sender, map);
  };
  const written = (
    sender: WebContents,
    out: AccountWriteOutcome,
  ): IpcResult<AccountWriteResult> => {
    if (!out.ok) return { ok: true, value: { written: false, refusal: out.code } };
    remember(sender, out.account);
    const value = {
      written: true,
      account: publicAccount(out.account),
      backupName: baseName(out.backup),
      ...(out.kept !== undefined ? { kept: out.kept } : {}),
      ...(out.staleLock === true ? { staleLock: true as const } : {}),
      ...(out.handSteps && out.handSteps.length > 0 ? { handSteps: out.handSteps } : {}),
    } as const;
    return { ok: true, value };
  };

  return {
    'accounts:list': async (_req, { sender }) => {
      const list = await accounts.listAccounts();
      shown.set(sender, new Map(list.accounts.map((a) => [a.id, a])));
      return {
        ok: true,
        value: { accounts: list.accounts.map(publicAccount), programs: list.programs },
      };
    },

    'accounts:fix': async ({ accountId, runId }, { sender }) => {
      const account = shown.get(sender)?.get(accountId);
      if (!account) return refused('not_found');
      const kind = account.source.kind;
      if (!account.fixable || (kind !== 'thunderbird' && kind !== 'becky'))
        return refused('not_fixable');
      const report = deps.registry.report(runId, sender.id);
      if (!report)
        return { ok: false, code: 'not_found', message: 'no finished diagnosis with this runId' };
      // The one pipeline (shared/settings-to-write.ts): trust gate, placeholders, changes.
      const plan = planWrite(report, accountSettings(account));
      if (!plan.ok) return refused(plan.block);
      const { settings, changes } = plan;
      const lang = deps.language.current().lang;
      const program = kind === 'becky' ? 'becky' : 'thunderbird';
      const what = { account: account.account, changes, program } as const;
      if (!(await accounts.confirmWrite(sender, what, lang))) return refused('declined');
      const out = await accounts.fixAccount(accountId, settings, {
        expectSha256: readHash(account),
      });
      if (out.ok) fixes.set(sender, (fixes.get(sender) ?? new Map()).set(accountId, out.fix));
      return written(sender, out);
    },

    'accounts:undo': async ({ accountId }, { sender }) => {
      if (!shown.get(sender)?.has(accountId)) return refused('not_found');
      const fix = fixes.get(sender)?.get(accountId);
      return written(sender, await accounts.undoAccountFix(accountId, fix));
    },

    'diagnosis:check': (req, { sender }) =>
      checkHandler(deps, accounts, req, sender, {
        listed: (id) => shown.get(sender)?.has(id) === true,
        remember,
      }),
  };
}

/** "Check again": the account read again (or the typed settings), then the check as a tracked run. */
async function checkHandler(
  deps: HandlerDeps,
  accounts: AccountDeps,
  req: IpcRequest<'diagnosis:check'>,
  sender: WebContents,
  shownTo: {
    listed: (id: string) => boolean;
    remember: (sender: WebContents, a: SourcedAccount) => void;
  },
): Promise<IpcResult<CheckResult>> {
  let checked: CheckedSettings;
  let account: SourcedAccount | null = null;
  if (req.accountId !== undefined) {
    // Only an account this window was shown: a check must never make another one fixable.
    if (!shownTo.listed(req.accountId))
      return { ok: false, code: 'not_found', message: 'no listed account with this id' };
    account = await accounts.readAccount(req.accountId);
    if (!account) return { ok: false, code: 'not_found', message: 'no account with this id' };
    // The listed entry is refreshed, so a later fix compares with the file as read now.
    shownTo.remember(sender, account);
    checked = accountSettings(account);
  } else if (req.server !== undefined && req.port !== undefined) {
    checked = { host: req.server, port: req.port, security: null, auth: null, username: null };
  } else {
    return { ok: false, code: 'bad_request', message: 'server and port are needed' };
  }
  const input: CheckInput = {
    email: account && account.email !== '' ? account.email : req.email,
    settings: checked,
    ...(req.password !== undefined ? { password: req.password } : {}),
  };
  let outcome: CheckOutcome | null = null;
  const res = await tracked(
    deps,
    req.runId,
    sender,
    async (signal) => {
      outcome = await accounts.runCheck(input, {
        signal,
        onProgress: progressTo(sender, req.runId, signal),
      });
      return outcome.report;
    },
    true,
  );
  const done = outcome as CheckOutcome | null;
  if (!res.ok || done === null)
    return res.ok ? { ok: false, code: 'internal', message: 'no outcome' } : res;
  return {
    ok: true,
    value: {
      works: done.works,
      checked,
      login: done.login,
      report: res.value,
      ...(account ? { account: publicAccount(account) } : {}),
    },
  };
}
