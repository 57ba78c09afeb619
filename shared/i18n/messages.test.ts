import { describe, expect, it } from 'vitest';
import type { ActionId, ActionParams, EvidenceId, EvidenceParams } from '../evidence.js';
import { evidence } from '../evidence.js';
import { VERDICT_CODES } from '../verdict.js';
import { createTranslator } from './i18next-options.js';
import { actionMessage, evidenceMessage, say, verdictMessages } from './messages.js';

const hosts = ['smtp.example.jp', 'mail.example.jp'];
const cert = {
  host: 'smtp.example.jp',
  port: 587,
  code: 'x',
  validTo: '2026-01-31T00:00:00Z',
  names: hosts,
  issuer: 'Lab CA',
};

/** Sample parameters for every evidence id, one entry per sentence variant. Missing ids do not compile. */
const SAMPLES: { [K in EvidenceId]: EvidenceParams[K][] } = {
  no_route: [{}],
  dns_failed: [{ outcomes: ['timeout', 'servfail'] }],
  dns_ok: [{}],
  nothing_answers: [{}],
  web_ok: [{}],
  web_proxy_only: [{ proxy: 'proxy.corp.example:3128' }],
  proxy_login: [{ proxy: 'proxy.corp.example:3128' }],
  proxy_pac: [{ host: 'wpad.corp.example' }],
  proxy_auto_detect: [{}],
  portal_same_address: [
    { names: ['www.google.com', 'www.apple.com', 'smtp.gmail.com'], address: '192.0.2.200' },
  ],
  portal_certificate: [
    {
      host: 'www.google.com',
      issuer: 'Hotel CA',
      names: ['portal.hotel.example'],
      address: '192.0.2.200',
    },
  ],
  portal_redirect: [
    {
      host: 'captive.apple.com',
      location: 'http://portal.hotel.example/login',
      address: '192.0.2.200',
    },
  ],
  portal_wrong_answer: [{ host: 'captive.apple.com', address: '192.0.2.200' }],
  domain_missing: (['nxdomain', 'nodata', 'null_mx'] as const).map((reason) => ({
    domain: 'example.jp',
    reason,
  })),
  mail_ports_blocked: (['filtered', 'refused', 'prohibited', 'mixed'] as const).map((how) => ({
    how,
  })),
  server_name_not_found: [{ hosts: ['smtp.example.jp'] }, { hosts }],
  submission_silent: [{ hosts }, { hosts: [] }],
  submission_slow: [{ host: 'smtp.example.jp', port: 587, seconds: 4.2 }],
  other_mail_ok: [{}],
  submission_open: (['starttls', 'tls', 'none'] as const).map((security) => ({
    host: 'smtp.example.jp',
    port: 587,
    security,
    mechanisms: ['PLAIN', 'LOGIN'],
    ms: 12,
  })),
  submission_no_auth: [{ host: 'smtp.example.jp', port: 587 }],
  certificate_invalid: (
    ['expired', 'not_yet_valid', 'wrong_host', 'self_signed', 'untrusted', 'other'] as const
  ).map((problem) => ({ ...cert, problem })),
  certificate_other_name: [{ host: 'smtp.example.jp', name: 'host1.hosting.example' }],
  host_suggested: (
    [
      'certificate_other_name',
      'srv_other_domain',
      'mx_other_domain',
      'autoconfig_other_domain',
    ] as const
  ).map((reason) => ({ host: 'host1.hosting.example', reason, namedBy: 'example.jp' })),
  dns_target_refused: (['port', 'ip_literal', 'private_address'] as const).map((reason) => ({
    name: '_submission._tcp.example.jp',
    target: reason === 'port' ? 'smtp.example.jp' : '127.0.0.1',
    port: 25,
    reason,
  })),
  login_withheld: (['needs_confirmation', 'not_verified'] as const).map((reason) => ({
    host: 'smtp.example.jp',
    reason,
  })),
  no_encryption: [{ host: 'smtp.example.jp' }],
  auth_rejected: [{ host: 'smtp.example.jp', detail: '535 5.7.8 authentication failed' }],
  auth_ok: [{ host: 'smtp.example.jp' }],
  auth_oauth_only: [{ provider: 'Outlook.com' }],
  login_unresolved: [{ host: 'smtp.example.jp' }],
  port25_blocked: (['filtered', 'refused', 'prohibited', 'mixed'] as const).map((how) => ({
    hosts,
    how,
  })),
  port25_open: [{}],
  port25_intercepted: (['same_greeting', 'foreign_greeting'] as const).map((reason) => ({
    greeting: 'relay.isp.example ESMTP',
    hosts,
    reason,
  })),
  port25_local_proxy: [
    { ms: 0, how: 'fast' },
    { ms: 0, how: 'silent' },
  ],
  port25_inside_isp: [{ host: 'smtp.isp.example' }],
  port587_blocked: (['filtered', 'refused', 'prohibited', 'mixed'] as const).map((how) => ({
    how,
  })),
  local_refused: [
    { ports: [25], code: 'EACCES' },
    { ports: [25, 587], code: 'EPERM' },
  ],
  tls_inspected: [{ issuer: 'Lab Security Product Root', hosts }],
  user_port_change: [{ from: 25, to: 587 }],
  user_port_ok: [{ port: 587 }],
  unstable: [{ port: 25 }],
  provider_settings: [{ provider: 'OCN' }],
  family_only: [{ family: 4 }, { family: 6 }],
  clock_wrong: (['behind', 'ahead'] as const).map((direction) => ({
    direction,
    hosts,
    validFrom: '2028-12-01T00:00:00.000Z',
    validTo: '2029-03-01T00:00:00.000Z',
  })),
  clock_web_time: [{ webTime: '2028-12-07T03:00:00.000Z', pcTime: '2026-12-07T03:00:00.000Z' }],
  clock_unverified: [{ host: 'smtp.example.jp', port: 587 }],
  ipv6_broken: [{}],
};

const ACTION_SAMPLES: { [K in ActionId]: ActionParams[K] } = {
  use_settings: {},
  check_password: {},
  change_outgoing: {},
  turn_on_auth: {},
  change_outgoing_tls: {},
  antivirus_mail_scan: {},
  use_webmail: {},
  other_network: {},
  ask_admin: {},
  compare_server_name: {},
  check_status_later: {},
  type_server_from_guide: {},
  check_server_name: {},
  antivirus_ssl_scan: {},
  report_certificate: {},
  security_mail_shield: {},
  security_ssl_scan: {},
  security_program_exception: {},
  portal_sign_in: {},
  portal_check_again: {},
  retype_password: {},
  app_password: { provider: 'Gmail' },
  oauth_sign_in: { provider: 'Outlook.com' },
  check_spelling: {},
  restart_router: {},
  dns_automatic: {},
  open_browser_sign_in: {},
  restart_router_outage: {},
  check_cable: {},
  run_again: {},
  works_here_only: {},
  confirm_suggested: { host: 'host1.hosting.example' },
  clock_windows: {},
  clock_mac: {},
  clock_check_again: {},
  ask_admin_mail_server: {},
};

/** Signs of a sentence glued from fragments, or of words that never got filled in. */
const GLUE = [
  /）ます/,
  /ずます/,
  /なくます/,
  /てます$/,
  /\{\{|\}\}/,
  /undefined|\bnull\b(?! MX)|\[object/,
  /。。|、。/,
];

function check(text: string, key: string, lang: string): void {
  expect(text, `${lang} ${key}`).not.toBe(key);
  expect(text, `${lang} ${key}`).not.toMatch(/^(evidence|action|verdict)\./);
  for (const g of GLUE) expect(text, `${lang} ${key}: ${text}`).not.toMatch(g);
  if (lang === 'ja') expect(text, `${lang} ${key}: ${text}`).toMatch(/[。）」]$/u);
  else expect(text, `${lang} ${key}: ${text}`).toMatch(/[.)”]$/u);
}

describe('every message id has whole sentences in both languages', () => {
  for (const lang of ['ja', 'en'] as const) {
    const t = createTranslator(lang);
    it(`evidence (${lang})`, () => {
      for (const [id, variants] of Object.entries(SAMPLES)) {
        for (const params of variants) {
          const e = evidence(id as EvidenceId, 'info', params as never);
          const m = evidenceMessage(e);
          check(say(t, m), `${m.key} ${JSON.stringify(params)}`, lang);
        }
      }
    });
    it(`actions (${lang})`, () => {
      for (const [id, params] of Object.entries(ACTION_SAMPLES)) {
        const m = actionMessage({ id, params } as never);
        check(say(t, m), m.key, lang);
      }
    });
    it(`verdicts (${lang})`, () => {
      for (const code of VERDICT_CODES) {
        for (const recommended of [null, { needsConfirmation: {} }]) {
          const m = verdictMessages({
            verdict: { code },
            email: { domain: 'example.jp' },
            recommended,
          });
          expect(say(t, m.title), code).not.toMatch(/^verdict\.|\{\{/);
          check(say(t, m.explanation), m.explanation.key, lang);
        }
      }
    });
    it(`never says a suggested server's settings work (${lang})`, () => {
      const subject = { verdict: { code: 'ok' as const }, email: { domain: 'example.jp' } };
      const plain = say(t, verdictMessages({ ...subject, recommended: null }).explanation);
      const suggested = say(
        t,
        verdictMessages({ ...subject, recommended: { needsConfirmation: {} } }).explanation,
      );
      expect(suggested).not.toBe(plain);
      expect(suggested).toMatch(lang === 'ja' ? /見比べてください/ : /check it against/);
    });
  }

  it('says lists, plurals and dates the way each language does', () => {
    const ja = createTranslator('ja');
    const en = createTranslator('en');
    const one = evidenceMessage(
      evidence('server_name_not_found', 'problem', { hosts: ['a.example'] }),
    );
    const two = evidenceMessage(
      evidence('server_name_not_found', 'problem', { hosts: ['a.example', 'b.example'] }),
    );
    expect(say(en, one)).toBe('The outgoing server name a.example does not exist.');
    expect(say(en, two)).toBe('The outgoing server names a.example and b.example do not exist.');
    expect(say(ja, two)).toBe('送信サーバーの名前（a.example、b.example）が見つかりません。');
    const ports = evidenceMessage(
      evidence('local_refused', 'problem', { ports: [25, 587], code: 'EACCES' }),
    );
    expect(say(ja, ports)).toContain('ポート25、587番への接続が');
    expect(say(en, ports)).toContain('ports 25 and 587 were refused');
    const expired = evidenceMessage(
      evidence('certificate_invalid', 'problem', { ...cert, problem: 'expired' }),
    );
    expect(say(ja, expired)).toContain('2026/1/31に有効期限が切れています');
    expect(say(en, expired)).toContain('expired on 1/31/2026');
  });
});
