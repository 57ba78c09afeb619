import { describe, expect, it } from 'vitest';
import type { ProbeResult } from '../../../shared/probe.js';
import { diagnoseInput, network } from '../../../test/support/probe-builders.js';
import { diagnose } from '../diagnose.js';

describe('internet_unreachable', () => {
  it('holds when names resolve but no web control and no mail server answers', () => {
    const probes = network({
      web: 'filtered',
      port25: 'filtered',
      ref: ['filtered', 'filtered'],
      sub587: 'filtered',
    });
    const r = diagnose(diagnoseInput(probes));
    expect(r).toMatchObject({
      verdict: {
        code: 'internet_unreachable',
        confidence: 'high',
        actions: [{ id: 'open_browser_sign_in' }, { id: 'restart_router_outage' }],
      },
      blockedAt: 'router',
      recommended: null,
    });
    expect(r.evidence.map((e) => e.id)).toEqual(['nothing_answers', 'dns_ok']);
  });
});

describe('internet_unreachable and a proxy the command line did not run', () => {
  const silent = () =>
    network({
      web: 'filtered',
      port25: 'filtered',
      ref: ['filtered', 'filtered'],
      sub587: 'filtered',
    });
  /** The records pac-record.ts makes: 'skipped', nothing sent. */
  const record = (role: 'proxy_pac' | 'proxy_auto_detect', host: string): ProbeResult => ({
    id: `http:${role}:${host}`,
    kind: 'http',
    role,
    host,
    ip: null,
    port: role === 'proxy_pac' ? 80 : null,
    outcome: 'skipped',
    ms: 0,
    detail: 'not evaluated by the command line',
  });

  it('a PAC file named: never "the internet is down"; a managed network at low confidence, the PAC said', () => {
    const r = diagnose(diagnoseInput([record('proxy_pac', 'wpad.corp.example'), ...silent()]));
    expect(r.verdict).toMatchObject({
      code: 'smtp_blocked',
      confidence: 'low',
      actions: [{ id: 'ask_admin_mail_server' }, { id: 'use_webmail' }],
    });
    expect(r.evidence.find((e) => e.id === 'proxy_pac')).toMatchObject({
      severity: 'info',
      params: { host: 'wpad.corp.example' },
    });
  });

  it('automatic detection only: still internet_unreachable (on by default), at medium, and said', () => {
    const r = diagnose(diagnoseInput([record('proxy_auto_detect', 'wpad'), ...silent()]));
    expect(r.verdict).toMatchObject({ code: 'internet_unreachable', confidence: 'medium' });
    expect(r.evidence.map((e) => e.id)).toEqual(['nothing_answers', 'dns_ok', 'proxy_auto_detect']);
  });
});
