import { readFile, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DiagnosisReport } from '../../shared/diagnosis.js';
import {
  fixThunderbird,
  listAccounts,
  readAccount,
  undoThunderbirdFix,
  type AccountsEnv,
} from '../accounts/index.js';
import { runCheck, type CheckEngine } from '../engine/check.js';
import { FakeWebContents, invokeEvent, must } from '../../test/support/ipc-fakes.js';
import { installFixture, makeTempHome, type TempHome } from '../../test/support/mail-fixtures.js';
import { REPORTS, withLogin } from '../../test/fixtures/renderer/reports.js';
import { createAccountHandlers, type AccountDeps } from './account-handlers.js';
import { createListener } from './handle.js';
import { createHandlers, type EngineApi } from './handlers.js';
import { RunRegistry } from './run-registry.js';
import { trustWebContents } from './trusted-senders.js';

const RUN = '3b241101-e2bb-4255-8caf-4136c566a962';
const CHECK_RUN = '9f1c7c1e-6b0e-4d7e-9a43-0c1f2e3d4b5a';
const ID = 'thunderbird:q7lab3xz.default-release:smtp1';
const CANARY = 'Canary-Pa55word-a81c';

let home: TempHome;
let env: AccountsEnv;
let profile: string;

beforeEach(async () => {
  home = await makeTempHome();
  await installFixture('thunderbird-lab', join(home.home, '.thunderbird'));
  env = { home: home.home, platform: 'linux' };
  profile = join(home.home, '.thunderbird', 'Profiles', 'q7lab3xz.default-release');
});
afterEach(async () => home.remove());

/** The engine of the lab walk, as golden reports: OP25B for port 25, the fixed settings answer on 587. */
function labEngine(): EngineApi & CheckEngine {
  return {
    runDiagnosis: vi.fn(async () => REPORTS.port25_blocked),
    runLoginTest: vi.fn(async (_r: DiagnosisReport, password: string) =>
      withLogin(REPORTS.port25_blocked, password === CANARY ? 'accepted' : 'rejected'),
    ),
  };
}

function setup() {
  const engine = labEngine();
  const registry = new RunRegistry();
  const logs: string[] = [];
  const deps = {
    engine,
    registry,
    appInfo: () => ({ version: '0.1.0', locale: 'ja-JP', platform: 'linux' }),
    language: {
      current: () => ({ lang: 'ja' as const, source: 'system' as const }),
      choose: async (lang: 'ja' | 'en') => ({ lang, source: 'saved' as const }),
    },
    log: (l: string) => logs.push(l),
  };
  const accounts: AccountDeps = {
    listAccounts: () => listAccounts(env),
    readAccount: (id) => readAccount(id, env),
    fixThunderbird: (id, s, o) => fixThunderbird(id, s, { ...o, env }),
    undoThunderbirdFix: (id) => undoThunderbirdFix(id, { env }),
    runCheck: (input, opts) => runCheck(input, opts, engine),
  };
  const h = { ...createHandlers(deps), ...createAccountHandlers(deps, accounts) };
  const wc = new FakeWebContents();
  trustWebContents(wc.asWebContents());
  const opts = { log: deps.log };
  // Answers are read field by field below; any keeps those reads short in a test.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- see the line above
  const call = async (channel: keyof typeof h, payload: unknown, from = wc): Promise<any> =>
    createListener(channel, h[channel] as never, { ...opts, secret: true })(
      invokeEvent(from),
      payload,
    );
  return { call, engine, logs, wc };
}

describe('accounts:list', () => {
  it('answers the fixture account without its source (no file paths)', async () => {
    const { call } = setup();
    const res = await call('accounts:list', {});
    expect(res.ok).toBe(true);
    expect(res.value.accounts).toEqual([
      expect.objectContaining({
        id: ID,
        program: 'thunderbird',
        account: '自宅のメール',
        email: 'taro@example.jp',
        host: 'smtp.example.jp',
        port: 25,
        security: 'none',
        auth: false,
        fixable: true,
      }),
    ]);
    expect(JSON.stringify(res)).not.toContain(home.home);
  });
});

describe('accounts:fix and accounts:undo', () => {
  it('writes the recommended settings of the run, then undo puts the old file back byte for byte', async () => {
    const { call } = setup();
    const before = await readFile(join(profile, 'prefs.js'));
    await call('accounts:list', {});
    await call('diagnosis:start', {
      runId: RUN,
      email: 'taro@example.jp',
      server: 'smtp.example.jp',
      port: 25,
    });
    const fixed = await call('accounts:fix', { accountId: ID, runId: RUN });
    expect(fixed.value).toMatchObject({
      written: true,
      account: { host: 'smtp.example.jp', port: 587, security: 'starttls', auth: true },
    });
    expect(fixed.value.backupName).toMatch(/^prefs\.js\.sendcheck-\d{8}-\d{6}\.bak$/);
    const undone = await call('accounts:undo', { accountId: ID });
    expect(undone.value).toMatchObject({ written: true, account: { port: 25, auth: false } });
    expect(await readFile(join(profile, 'prefs.js'))).toEqual(before);
  });

  it('refuses while Thunderbird runs (its lock is there), and writes nothing', async () => {
    const { call } = setup();
    const before = await readFile(join(profile, 'prefs.js'));
    await call('accounts:list', {});
    await call('diagnosis:start', { runId: RUN, email: 'taro@example.jp' });
    await symlink('127.0.1.1:+4242', join(profile, 'lock'));
    const res = await call('accounts:fix', { accountId: ID, runId: RUN });
    expect(res).toEqual({ ok: true, value: { written: false, refusal: 'running' } });
    expect(await readFile(join(profile, 'prefs.js'))).toEqual(before);
  });

  it('refuses when prefs.js changed after the list was shown', async () => {
    const { call } = setup();
    await call('accounts:list', {});
    await call('diagnosis:start', { runId: RUN, email: 'taro@example.jp' });
    const { appendFile } = await import('node:fs/promises');
    await appendFile(join(profile, 'prefs.js'), 'user_pref("mail.smtpserver.smtp1.port", 2525);\n');
    const res = await call('accounts:fix', { accountId: ID, runId: RUN });
    expect(res.value).toEqual({ written: false, refusal: 'changed' });
  });

  it('refuses an account this window was not shown, and a run it does not know', async () => {
    const { call } = setup();
    expect((await call('accounts:fix', { accountId: ID, runId: RUN })).value).toEqual({
      written: false,
      refusal: 'not_found',
    });
    await call('accounts:list', {});
    expect(await call('accounts:fix', { accountId: ID, runId: RUN })).toMatchObject({
      ok: false,
      code: 'not_found',
    });
    const other = new FakeWebContents();
    trustWebContents(other.asWebContents());
    expect((await call('accounts:undo', { accountId: ID }, other)).value).toEqual({
      written: false,
      refusal: 'not_found',
    });
  });
});

describe('diagnosis:check', () => {
  it('re-reads the account: the old settings are still wrong, the fixed ones work with the login', async () => {
    const { call, engine, logs, wc } = setup();
    await call('accounts:list', {});
    await call('diagnosis:start', { runId: RUN, email: 'taro@example.jp' });
    const before = await call('diagnosis:check', {
      runId: CHECK_RUN,
      email: 'taro@example.jp',
      accountId: ID,
    });
    expect(before.value).toMatchObject({ works: false, login: 'not_tried', checked: { port: 25 } });
    expect(engine.runDiagnosis).toHaveBeenLastCalledWith(
      { email: 'taro@example.jp', server: 'smtp.example.jp', port: 25 },
      expect.objectContaining({ signal: expect.any(AbortSignal) }),
    );
    await call('accounts:fix', { accountId: ID, runId: RUN });
    const after = await call('diagnosis:check', {
      runId: CHECK_RUN,
      email: 'taro@example.jp',
      accountId: ID,
      password: CANARY,
    });
    expect(after.value).toMatchObject({
      works: true,
      login: 'accepted',
      checked: { host: 'smtp.example.jp', port: 587, security: 'starttls', auth: true },
      account: { id: ID, port: 587 },
    });
    expect(JSON.stringify({ after, logs, sent: wc.sent })).not.toContain(CANARY);
  });

  it('checks typed settings as typed', async () => {
    const { call, engine } = setup();
    const res = await call('diagnosis:check', {
      runId: CHECK_RUN,
      email: 'taro@example.jp',
      server: 'smtp.example.jp',
      port: 587,
    });
    expect(res.value).toMatchObject({ works: true, checked: { security: null, auth: null } });
    expect(must(vi.mocked(engine.runDiagnosis).mock.calls[0])[0]).toEqual({
      email: 'taro@example.jp',
      server: 'smtp.example.jp',
      port: 587,
    });
  });

  it('refuses a check without an account or typed settings before probing', async () => {
    const { call, engine } = setup();
    const res = await call('diagnosis:check', { runId: CHECK_RUN, email: 'taro@example.jp' });
    expect(res).toMatchObject({ ok: false, code: 'bad_request' });
    expect(engine.runDiagnosis).not.toHaveBeenCalled();
  });
});
