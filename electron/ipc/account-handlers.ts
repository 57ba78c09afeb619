/**
 * The account channels of issue 9: list the mail programs' accounts (the renderer asks the user
 * first), write the recommended settings into a Thunderbird account and undo it, and "check
 * again" on the settings in use now. The main process keeps the accounts it last showed each
 * window, with their sources: a fix is only for an account that window was shown, and is refused
 * when prefs.js changed since it was read for that list.
 */
import type { WebContents } from 'electron';
import {
  publicAccount,
  type AccountList,
  type AccountSettings,
  type SourcedAccount,
} from '../../shared/accounts.js';
import type { DiagnosisReport } from '../../shared/diagnosis.js';
import type {
  AccountWriteResult,
  CheckResult,
  CheckedSettings,
  IpcRequest,
  IpcResult,
} from '../../shared/ipc-contract.js';
import { ISP_USER_ID } from '../../shared/providers/index.js';
import type { AccountWriteOutcome } from '../accounts/index.js';
import type { CheckInput, CheckOutcome } from '../engine/check.js';
import type { RunOptions } from '../engine/index.js';
import type { ChannelHandler } from './handle.js';
import { progressTo, tracked, type HandlerDeps } from './handlers.js';

/** The channels served here. */
export type AccountChannel = 'accounts:list' | 'accounts:fix' | 'accounts:undo' | 'diagnosis:check';

/** The accounts back end (electron/accounts/index.ts) and the check (electron/engine/check.ts). */
export interface AccountDeps {
  listAccounts(): Promise<AccountList>;
  readAccount(id: string): Promise<SourcedAccount | null>;
  fixThunderbird(
    id: string,
    settings: AccountSettings,
    opts: { expectSha256?: string },
  ): Promise<AccountWriteOutcome>;
  undoThunderbirdFix(id: string): Promise<AccountWriteOutcome>;
  runCheck(input: CheckInput, opts: RunOptions): Promise<CheckOutcome>;
}

/** The account channels' handlers. */
export type AccountHandlers = { [C in AccountChannel]: ChannelHandler<C> };

/** The file name of a backup path, whichever separator the OS uses: the renderer gets no folders. */
function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? '';
}

/** The recommended settings as the fix writes them; the account's own user name stands in for an ISP id. */
function settingsToWrite(report: DiagnosisReport, account: SourcedAccount): AccountSettings | null {
  const r = report.recommended;
  if (r === null) return null;
  const username = r.username.includes(ISP_USER_ID) ? account.username : r.username;
  return { host: r.host, port: r.port, security: r.security, auth: r.auth, username };
}

function checkedOf(a: SourcedAccount): CheckedSettings {
  return { host: a.host, port: a.port, security: a.security, auth: a.auth, username: a.username };
}

/** Builds the account handlers; listed accounts are kept per window, in memory only. */
export function createAccountHandlers(deps: HandlerDeps, accounts: AccountDeps): AccountHandlers {
  const shown = new WeakMap<WebContents, Map<string, SourcedAccount>>();
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
      if (!account) return { ok: true, value: { written: false, refusal: 'not_found' } };
      if (!account.fixable || account.source.kind !== 'thunderbird')
        return { ok: true, value: { written: false, refusal: 'not_fixable' } };
      const report = deps.registry.report(runId, sender.id);
      if (!report)
        return { ok: false, code: 'not_found', message: 'no finished diagnosis with this runId' };
      const settings = settingsToWrite(report, account);
      if (settings === null)
        return { ok: true, value: { written: false, refusal: 'no_recommended' } };
      const out = await accounts.fixThunderbird(accountId, settings, {
        expectSha256: account.source.prefsSha256,
      });
      return written(sender, out);
    },

    'accounts:undo': async ({ accountId }, { sender }) => {
      if (!shown.get(sender)?.has(accountId))
        return { ok: true, value: { written: false, refusal: 'not_found' } };
      return written(sender, await accounts.undoThunderbirdFix(accountId));
    },

    'diagnosis:check': (req, { sender }) => checkHandler(deps, accounts, req, sender, remember),
  };
}

/** "Check again": the account read again (or the typed settings), then the check as a tracked run. */
async function checkHandler(
  deps: HandlerDeps,
  accounts: AccountDeps,
  req: IpcRequest<'diagnosis:check'>,
  sender: WebContents,
  remember: (sender: WebContents, a: SourcedAccount) => void,
): Promise<IpcResult<CheckResult>> {
  let checked: CheckedSettings;
  let account: SourcedAccount | null = null;
  if (req.accountId !== undefined) {
    account = await accounts.readAccount(req.accountId);
    if (!account) return { ok: false, code: 'not_found', message: 'no account with this id' };
    remember(sender, account);
    checked = checkedOf(account);
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
