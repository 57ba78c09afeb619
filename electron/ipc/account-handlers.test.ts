import { appendFile, readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DiagnosisReport } from '../../shared/diagnosis.js';
import {
  fixAccount,
  listAccounts,
  readAccount,
  undoAccountFix,
  type AccountsEnv,
} from '../accounts/index.js';
import { runCheck, type CheckEngine } from '../engine/check.js';
import { FakeWebContents, fakeDialogs, invokeEvent, must } from '../../test/support/ipc-fakes.js';
import { installFixture, makeTempHome, type TempHome } from '../../test/support/mail-fixtures.js';
import { REPORTS, withLogin } from '../../test/fixtures/renderer/reports.js';
import {
  suggestedReport,
  unverifiedReport,
  withVerdict,
} from '../../test/fixtures/renderer/suggested.js';
import type { Lang } from '../../shared/verdict.js';
import { createAccountHandlers, type AccountDeps } from './account-handlers.js';
import { createListener } from './handle.js';
import type { EngineApi } from './handler-deps.js';
import { createHandlers } from './handlers.js';
import { RunRegistry } from './run-registry.js';
import { trustWebContents } from './trusted-senders.js';

// The native confirmation before a write: Electron's dialog as a fake that answers as told.
vi.mock(
  'electron',
  async () => (await import('../../test/support/ipc-fakes.js')).fakeDialogs.electron,
);
const { confirmFixDialog } = await import('../fix-dialog.js');
const CHANGE = 1;
const CANCEL = 0;

const RUN = '3b241101-e2bb-4255-8caf-4136c566a962';
const CHECK_RUN = '9f1c7c1e-6b0e-4d7e-9a43-0c1f2e3d4b5a';
const ID = 'thunderbird:q7lab3xz.default-release:smtp1';
const CANARY = 'Canary-Pa55word-a81c';

let home: TempHome;
let env: AccountsEnv;
let profile: string;

beforeEach(async () => {
  fakeDialogs.reset();
  home = await makeTempHome();
  await installFixture('thunderbird-lab', join(home.home, '.thunderbird'));
  env = { home: home.home, platform: 'linux' };
  profile = join(home.home, '.thunderbird', 'Profiles', 'q7lab3xz.default-release');
});
afterEach(async () => home.remove());

/** The engine of the lab walk, as golden reports: OP25B for port 25, the fixed settings answer on 587. */
function labEngine(diagnosis: DiagnosisReport = REPORTS.port25_blocked): EngineApi & CheckEngine {
  return {
    runDiagnosis: vi.fn(async () => diagnosis),
    runLoginTest: vi.fn(async (_r: DiagnosisReport, password: string) =>
      withLogin(REPORTS.port25_blocked, password === CANARY ? 'accepted' : 'rejected'),
    ),
  };
}

function setup(given: { report?: DiagnosisReport; lang?: Lang } = {}) {
  const engine = labEngine(given.report);
  const registry = new RunRegistry();
  const logs: string[] = [];
  const deps = {
    engine,
    registry,
    appInfo: () => ({ version: '0.1.0', locale: 'ja-JP', platform: 'linux' }),
    language: {
      current: () => ({ lang: given.lang ?? ('ja' as const), source: 'system' as const }),
      choose: async (lang: 'ja' | 'en') => ({ lang, source: 'saved' as const }),
    },
    log: (l: string) => logs.push(l),
  };
  const accounts: AccountDeps = {
    listAccounts: () => listAccounts(env),
    readAccount: (id) => readAccount(id, env),
    fixAccount: (id, s, o) => fixAccount(id, s, { ...o, env }),
    undoAccountFix: (id, fix) => undoAccountFix(id, { env, ...(fix !== undefined ? { fix } : {}) }),
    runCheck: (input, opts) => runCheck(input, opts, engine),
    confirmWrite: confirmFixDialog,
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

describe('accounts:fix and a provider that hands out its own user ids', () => {
  /** The OP25B report, with the user name as ASAHIネット's data gives it: its own user id. */
  const ispId = (): DiagnosisReport => {
    const r = structuredClone(REPORTS.port25_blocked);
    if (r.recommended) r.recommended.username = '%ISPUSERID%';
    return r;
  };

  it('keeps the account`s own user name in its place, never the placeholder', async () => {
    const { call } = setup({ report: ispId() });
    await call('accounts:list', {});
    await call('diagnosis:start', { runId: RUN, email: 'taro@example.jp' });
    fakeDialogs.answer(CHANGE);
    const fixed = await call('accounts:fix', { accountId: ID, runId: RUN });
    expect(fixed.value).toMatchObject({ written: true, account: { username: 'taro@example.jp' } });
    expect(String(await readFile(join(profile, 'prefs.js')))).not.toContain('%ISPUSERID%');
  });

  it('refuses without asking when the account has no user name to put there', async () => {
    const prefs = join(profile, 'prefs.js');
    const text = String(await readFile(prefs)).replace(
      'user_pref("mail.smtpserver.smtp1.username", "taro@example.jp");\n',
      '',
    );
    await writeFile(prefs, text);
    const { call } = setup({ report: ispId() });
    await call('accounts:list', {});
    await call('diagnosis:start', { runId: RUN, email: 'taro@example.jp' });
    const res = await call('accounts:fix', { accountId: ID, runId: RUN });
    expect(res.value).toEqual({ written: false, refusal: 'needs_user_id' });
    expect(fakeDialogs.shown).toHaveLength(0);
    expect(String(await readFile(prefs))).toBe(text);
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
    fakeDialogs.answer(CHANGE);
    const fixed = await call('accounts:fix', { accountId: ID, runId: RUN });
    expect(fixed.value).toMatchObject({
      written: true,
      account: { host: 'smtp.example.jp', port: 587, security: 'starttls', auth: true },
    });
    expect(fixed.value.backupName).toMatch(/^prefs\.js\.sendcheck-\d{8}-\d{6}\.bak$/);
    const undone = await call('accounts:undo', { accountId: ID });
    expect(undone.value).toMatchObject({
      written: true,
      account: { port: 25, auth: false },
      kept: [],
    });
    expect(await readFile(join(profile, 'prefs.js'))).toEqual(before);
    // The window's Undo is for the fix it made: a second press says it was already undone.
    expect((await call('accounts:undo', { accountId: ID })).value).toEqual({
      written: false,
      refusal: 'already_undone',
    });
    expect(await readFile(join(profile, 'prefs.js'))).toEqual(before);
  });

  it('refuses while Thunderbird runs (its lock is there), and writes nothing', async () => {
    const { call } = setup();
    const before = await readFile(join(profile, 'prefs.js'));
    await call('accounts:list', {});
    await call('diagnosis:start', { runId: RUN, email: 'taro@example.jp' });
    await symlink(`127.0.1.1:+${process.pid}`, join(profile, 'lock'));
    fakeDialogs.answer(CHANGE);
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
    fakeDialogs.answer(CHANGE);
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

describe('accounts:fix asks the main process, not the renderer', () => {
  it('shows the from → to table in a native dialog on the sender’s window; Cancel writes nothing', async () => {
    const { call, wc } = setup();
    const before = await readFile(join(profile, 'prefs.js'));
    await call('accounts:list', {});
    await call('diagnosis:start', { runId: RUN, email: 'taro@example.jp' });
    fakeDialogs.answer(CANCEL);
    const res = await call('accounts:fix', { accountId: ID, runId: RUN });
    expect(res).toEqual({ ok: true, value: { written: false, refusal: 'declined' } });
    expect(await readFile(join(profile, 'prefs.js'))).toEqual(before);
    expect(fakeDialogs.shown).toHaveLength(1);
    const box = must(fakeDialogs.shown[0]);
    expect(box.window).toBe(fakeDialogs.windowOf(wc));
    expect(box.options.message).toContain('自宅のメール');
    expect(box.options.detail).toContain('ポート：25 → 587');
    expect(box.options.detail).toContain('暗号化：なし → STARTTLS');
    expect(box.options.detail).toContain('認証：オフ → オン');
    // Only the keys that change: the server and the user name stay as they are.
    expect(box.options.detail).not.toContain('送信サーバー：');
    expect(box.options.buttons?.[box.options.cancelId ?? -1]).toBe('キャンセル');
    expect(box.options.defaultId).toBe(box.options.cancelId);
  });

  it('writes when the dialog answers Change, in the language of the app’s one policy', async () => {
    const { call } = setup({ lang: 'en' });
    await call('accounts:list', {});
    await call('diagnosis:start', { runId: RUN, email: 'taro@example.jp' });
    fakeDialogs.answer(CHANGE);
    const res = await call('accounts:fix', { accountId: ID, runId: RUN });
    expect(res.value).toMatchObject({ written: true, account: { port: 587 } });
    expect(must(fakeDialogs.shown[0]).options.detail).toContain('Port: 25 → 587');
    expect(must(fakeDialogs.shown[0]).options.buttons).toEqual(['Cancel', 'Change']);
    // Written once, nothing left to change: no second dialog, nothing written again.
    const again = await call('accounts:fix', { accountId: ID, runId: RUN });
    expect(again.value).toEqual({ written: false, refusal: 'unchanged' });
    expect(fakeDialogs.shown).toHaveLength(1);
  });

  const blocked: Array<[string, DiagnosisReport, string]> = [
    [
      'a certificate’s other name not confirmed',
      suggestedReport('certificate_other_name'),
      'needs_confirmation',
    ],
    ['a spoofed SRV target', suggestedReport('srv_other_domain'), 'needs_confirmation'],
    ['an MX-derived guess', suggestedReport('mx_other_domain'), 'needs_confirmation'],
    [
      'an autoconfig server outside the domain',
      suggestedReport('autoconfig_other_domain'),
      'needs_confirmation',
    ],
    ['settings not fully verified', unverifiedReport(), 'not_verified'],
    ['the provider’s published settings only', REPORTS.offline, 'published_only'],
    ['a TLS problem verdict', withVerdict('tls_problem'), 'connection_untrusted'],
    ['a security software verdict', withVerdict('security_software'), 'connection_untrusted'],
  ];
  for (const [what, report, refusal] of blocked) {
    it(`refuses ${what} before any dialog, even when Change would be pressed`, async () => {
      const { call } = setup({ report });
      const before = await readFile(join(profile, 'prefs.js'));
      await call('accounts:list', {});
      await call('diagnosis:start', { runId: RUN, email: 'taro@example.jp' });
      fakeDialogs.answer(CHANGE);
      const res = await call('accounts:fix', { accountId: ID, runId: RUN });
      expect(res).toEqual({ ok: true, value: { written: false, refusal } });
      expect(fakeDialogs.shown).toEqual([]);
      expect(await readFile(join(profile, 'prefs.js'))).toEqual(before);
    });
  }
});

describe('diagnosis:check', () => {
  it('refuses an account id this window was not shown, and does not make it fixable', async () => {
    const { call, engine } = setup();
    await call('diagnosis:start', { runId: RUN, email: 'taro@example.jp' });
    const checked = await call('diagnosis:check', {
      runId: CHECK_RUN,
      email: 'taro@example.jp',
      accountId: ID,
    });
    expect(checked).toMatchObject({ ok: false, code: 'not_found' });
    expect(engine.runDiagnosis).toHaveBeenCalledTimes(1);
    fakeDialogs.answer(CHANGE);
    expect((await call('accounts:fix', { accountId: ID, runId: RUN })).value).toEqual({
      written: false,
      refusal: 'not_found',
    });
    expect(fakeDialogs.shown).toEqual([]);
    // Listed to another window is not listed to this one.
    const other = new FakeWebContents();
    trustWebContents(other.asWebContents());
    await call('accounts:list', {}, other);
    const fromThis = await call('diagnosis:check', {
      runId: CHECK_RUN,
      email: 'taro@example.jp',
      accountId: ID,
    });
    expect(fromThis).toMatchObject({ ok: false, code: 'not_found' });
  });

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
    fakeDialogs.answer(CHANGE);
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

describe('accounts:fix for a Becky! mailbox', () => {
  const BOX = 'becky:4b7c9e2a.mb';
  let ini: string;
  beforeEach(async () => {
    await installFixture('becky/Becky!', join(home.systemDrive, 'Becky!'));
    ini = join(home.systemDrive, 'Becky!', 'taro', '4b7c9e2a.mb', 'Mailbox.ini');
    env = {
      home: home.home,
      platform: 'win32',
      systemDrive: home.systemDrive,
      ownedByUser: async (paths) => new Set(paths),
      runTasklist: async () => ({ code: 0, stdout: 'INFO: No tasks are running.\r\n' }),
    };
  });

  it('asks in Becky!’s words, writes, answers STARTTLS and the user ID as steps by hand, and refuses a file changed since the list', async () => {
    const { call } = setup();
    await call('accounts:list', {});
    await call('diagnosis:start', { runId: RUN, email: 'taro@example.jp' });
    fakeDialogs.answer(CHANGE);
    const fixed = await call('accounts:fix', { accountId: BOX, runId: RUN });
    expect(fixed.value).toMatchObject({
      written: true,
      account: { host: 'smtp.example.jp', port: 587, auth: true },
      // The report's user name is not the mailbox's UserID, which SendCheck never writes.
      handSteps: ['starttls', 'username'],
    });
    expect(fixed.value.backupName).toMatch(/^Mailbox\.ini\.sendcheck-/);
    expect(JSON.stringify(fakeDialogs.shown.at(-1))).toContain(
      'Becky! のアカウント「山田太郎（OCN）」の送信設定を、次のとおり変更しますか？',
    );
    const undone = await call('accounts:undo', { accountId: BOX });
    expect(undone.value).toMatchObject({ written: true, account: { port: 25 } });
    // Listed again, then changed in Becky!: the fix compares with the file as listed.
    await call('accounts:list', {});
    await appendFile(ini, 'CheckMode=2\r\n');
    fakeDialogs.answer(CHANGE);
    const refused = await call('accounts:fix', { accountId: BOX, runId: RUN });
    expect(refused.value).toEqual({ written: false, refusal: 'changed' });
  });
});
