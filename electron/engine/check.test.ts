import { describe, expect, it, vi } from 'vitest';
import type { DiagnosisReport } from '../../shared/diagnosis.js';
import { REPORTS, withLogin } from '../../test/fixtures/renderer/reports.js';
import {
  isRecommended,
  loginOutcome,
  runCheck,
  settingsWork,
  type CheckEngine,
  type SettingsInUse,
} from './check.js';

const FIXED: SettingsInUse = {
  host: 'smtp.example.jp',
  port: 587,
  security: 'starttls',
  auth: true,
  username: 'taro@example.jp',
};
const OLD: SettingsInUse = { ...FIXED, port: 25, security: 'none', auth: false };
const CANARY = 'Canary-check-9d2f';

/** An engine answering golden reports (diagnose() made them from recorded probes). */
function engineFor(report: DiagnosisReport, login?: 'accepted' | 'rejected'): CheckEngine {
  return {
    runDiagnosis: vi.fn(async () => report),
    runLoginTest: vi.fn(async () => withLogin(REPORTS.port25_blocked, login ?? 'accepted')),
  };
}

describe('settingsWork', () => {
  it('holds for the recommended settings that a probe saw answering, even with port 25 still blocked', () => {
    expect(settingsWork(REPORTS.port25_blocked, FIXED)).toBe(true);
  });

  it('does not hold for the old port-25 settings behind OP25B', () => {
    expect(settingsWork(REPORTS.port25_blocked, OLD)).toBe(false);
  });

  it('does not hold with authentication off where the server needs it', () => {
    expect(settingsWork(REPORTS.ok, { ...FIXED, auth: false })).toBe(false);
  });

  it('does not hold for published settings nothing could check', () => {
    expect(settingsWork(REPORTS.offline, FIXED)).toBe(false);
    expect(settingsWork(REPORTS.smtp_blocked, FIXED)).toBe(false);
  });

  it('holds on an ok verdict for another port of the same server that answered', () => {
    expect(settingsWork(REPORTS.ok, { ...FIXED, port: 465, security: 'tls' })).toBe(true);
  });

  it('takes typed settings (security, auth and user name unknown) as they are', () => {
    const typed = {
      host: 'SMTP.example.jp',
      port: 587,
      security: null,
      auth: null,
      username: null,
    };
    expect(isRecommended(typed, REPORTS.port25_blocked.recommended)).toBe(true);
    expect(settingsWork(REPORTS.port25_blocked, typed)).toBe(true);
  });
});

describe('runCheck', () => {
  it('diagnoses exactly the server and port in use', async () => {
    const engine = engineFor(REPORTS.port25_blocked);
    await runCheck({ email: 'taro@example.jp', settings: OLD }, {}, engine);
    expect(engine.runDiagnosis).toHaveBeenCalledWith(
      { email: 'taro@example.jp', server: 'smtp.example.jp', port: 25 },
      {},
    );
  });

  it('works without a password when the settings answer, and says the login was not tried', async () => {
    const out = await runCheck(
      { email: 'taro@example.jp', settings: FIXED },
      {},
      engineFor(REPORTS.port25_blocked),
    );
    expect(out).toMatchObject({ works: true, login: 'not_tried' });
  });

  it('needs an accepted login when a password is given', async () => {
    const ok = await runCheck(
      { email: 'taro@example.jp', settings: FIXED, password: CANARY },
      {},
      engineFor(REPORTS.port25_blocked, 'accepted'),
    );
    expect(ok).toMatchObject({ works: true, login: 'accepted' });
    const refused = await runCheck(
      { email: 'taro@example.jp', settings: FIXED, password: CANARY },
      {},
      engineFor(REPORTS.port25_blocked, 'rejected'),
    );
    expect(refused.works).toBe(false);
    expect(refused.login).toBe('rejected');
    expect(refused.report.verdict.code).toBe('auth_failed');
    expect(JSON.stringify(refused)).not.toContain(CANARY);
  });

  it('sends no password to settings that do not answer, and returns what is still wrong', async () => {
    const engine = engineFor(REPORTS.port25_blocked);
    const out = await runCheck(
      { email: 'taro@example.jp', settings: OLD, password: CANARY },
      {},
      engine,
    );
    expect(out).toMatchObject({ works: false, login: 'not_tried' });
    expect(out.report.verdict.code).toBe('port25_blocked');
    expect(engine.runLoginTest).not.toHaveBeenCalled();
  });

  it('logs in with the user name in use, on the settings in use', async () => {
    const engine = engineFor(REPORTS.port25_blocked);
    await runCheck(
      { email: 'taro@example.jp', settings: { ...FIXED, username: 'taro' }, password: CANARY },
      {},
      engine,
    );
    const [aimed, password] = vi.mocked(engine.runLoginTest).mock.calls[0] ?? [];
    expect(aimed?.recommended).toMatchObject({
      host: 'smtp.example.jp',
      port: 587,
      username: 'taro',
    });
    expect(password).toBe(CANARY);
  });
});

describe('loginOutcome', () => {
  it('reads the login probe of a report', () => {
    expect(loginOutcome(withLogin(REPORTS.port25_blocked, 'accepted'))).toBe('accepted');
    expect(loginOutcome(withLogin(REPORTS.port25_blocked, 'rejected'))).toBe('rejected');
    expect(loginOutcome(REPORTS.ok)).toBe('error');
  });
});
