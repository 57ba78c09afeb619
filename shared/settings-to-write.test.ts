import { describe, expect, it } from 'vitest';
import { REPORTS } from '../test/fixtures/renderer/reports.js';
import {
  suggestedReport,
  unverifiedReport,
  withVerdict,
} from '../test/fixtures/renderer/suggested.js';
import type { AccountSettings } from './accounts.js';
import type { DiagnosisReport } from './diagnosis.js';
import { fillPlaceholders } from './placeholders.js';
import { compareSettings, planWrite, settingsToWrite } from './settings-to-write.js';

const EMAIL = { ascii: 'Taro.Y@xn--r8jz45g.jp', domainAscii: 'xn--r8jz45g.jp' };

/** The account as a mail program has it now: OCN on port 25, no encryption, no login. */
const NOW: AccountSettings = {
  host: 'smtp.example.jp',
  port: 25,
  security: 'none',
  auth: false,
  username: 'taro@example.jp',
};

/** The OP25B report with the recommended user name as a provider template. */
function withUsername(template: string): DiagnosisReport {
  const r = structuredClone(REPORTS.port25_blocked);
  if (!r.recommended) throw new Error('the fixture recommends settings');
  r.recommended.username = template;
  return r;
}

describe('fillPlaceholders', () => {
  const values = { address: EMAIL.ascii, localPart: 'Taro.Y', domain: EMAIL.domainAscii };
  it.each([
    ['%EMAILADDRESS%', 'Taro.Y@xn--r8jz45g.jp'],
    ['%EMAILLOCALPART%', 'Taro.Y'],
    ['%EMAILLOCALPART%.%EMAILDOMAIN%', 'Taro.Y.xn--r8jz45g.jp'],
    ['fixed-user', 'fixed-user'],
  ])('fills %s', (template, value) => {
    expect(fillPlaceholders(template, values)).toEqual({ known: true, value });
  });

  it('says an ISP user id is not known, unless someone gave it', () => {
    expect(fillPlaceholders('%ISPUSERID%', values)).toEqual({
      known: false,
      missing: 'isp_user_id',
    });
    expect(fillPlaceholders('%ISPUSERID%', { ...values, ispUserId: 'abc123' })).toEqual({
      known: true,
      value: 'abc123',
    });
  });
});

describe('settingsToWrite', () => {
  it('fills the user name from the address, and an ISP user id from the account', () => {
    const rec = withUsername('%EMAILLOCALPART%').recommended;
    if (!rec) throw new Error('fixture');
    expect(settingsToWrite(rec, { email: EMAIL }).username).toEqual({
      known: true,
      value: 'Taro.Y',
    });
    const isp = { ...rec, username: '%ISPUSERID%' };
    expect(settingsToWrite(isp, { email: EMAIL }).username.known).toBe(false);
    expect(settingsToWrite(isp, { email: EMAIL, account: { username: '' } }).username.known).toBe(
      false,
    );
    expect(
      settingsToWrite(isp, { email: EMAIL, account: { username: 'abc123' } }).username,
    ).toEqual({ known: true, value: 'abc123' });
  });
});

describe('compareSettings', () => {
  it('leaves out what is not known now, and marks a value not known as a change', () => {
    const next = {
      host: 'SMTP.example.jp',
      port: 587,
      security: 'starttls',
      auth: true,
      username: { known: false, missing: 'isp_user_id' },
    } as const;
    const typed = { host: 'smtp.example.jp', port: 25, security: null, auth: null, username: null };
    expect(compareSettings(typed, next)).toEqual([
      { field: 'host', from: 'smtp.example.jp', to: 'SMTP.example.jp', changed: false },
      { field: 'port', from: '25', to: '587', changed: true },
    ]);
    expect(compareSettings({ ...NOW, username: '' }, next).at(-1)).toEqual({
      field: 'username',
      from: '',
      to: null,
      changed: true,
    });
  });
});

describe('planWrite: what "Fix it for me" and sendcheck fix would write', () => {
  it('writes the recommendation with its changes', () => {
    const plan = planWrite(REPORTS.port25_blocked, NOW);
    if (!plan.ok) throw new Error(JSON.stringify(plan));
    expect(plan.settings).toMatchObject({ port: 587, security: 'starttls', auth: true });
    expect(plan.changes.filter((c) => c.changed).map((c) => c.field)).toEqual([
      'port',
      'security',
      'auth',
    ]);
  });

  it('never writes %ISPUSERID%: the account`s own user name, or no write at all', () => {
    const isp = withUsername('%ISPUSERID%');
    const kept = planWrite(isp, NOW);
    expect(kept.ok && kept.settings.username).toBe('taro@example.jp');
    expect(planWrite(isp, { ...NOW, username: '' })).toMatchObject({
      ok: false,
      block: 'needs_user_id',
    });
  });

  it('asks the trust gate first, and says when nothing would change', () => {
    expect(planWrite(suggestedReport('srv_other_domain'), NOW)).toEqual({
      ok: false,
      block: 'needs_confirmation',
    });
    expect(planWrite(unverifiedReport(), NOW)).toEqual({ ok: false, block: 'not_verified' });
    expect(planWrite(withVerdict('tls_problem'), NOW)).toEqual({
      ok: false,
      block: 'connection_untrusted',
    });
    expect(planWrite({ ...REPORTS.port25_blocked, recommended: null }, NOW)).toEqual({
      ok: false,
      block: 'no_recommended',
    });
    const plan = planWrite(REPORTS.port25_blocked, NOW);
    if (!plan.ok) throw new Error('the fixture is writable');
    expect(planWrite(REPORTS.port25_blocked, plan.settings)).toMatchObject({
      ok: false,
      block: 'unchanged',
    });
  });
});
