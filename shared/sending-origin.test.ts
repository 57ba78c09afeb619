import { describe, expect, it } from 'vitest';
import { MAIL_PROGRAMS } from './diagnosis.js';
import {
  insideIspOnly,
  NETWORK_PORT_VERDICTS,
  portFindingApplies,
  recommendableFor,
  SENDING_ORIGIN,
  sendingOrigin,
} from './sending-origin.js';
import { VERDICT_CODES } from './verdict.js';

const SUBMISSION = { host: 'smtp.example.jp', port: 587, security: 'starttls' as const };
const ISP_RELAY = { host: 'mail.isp.example', port: 25, security: 'none' as const };

describe('where a program’s mail leaves from', () => {
  it('names every program: the new Outlook sends from Microsoft’s cloud, iPhone mail from the phone', () => {
    expect(Object.keys(SENDING_ORIGIN).sort()).toEqual([...MAIL_PROGRAMS].sort());
    expect(SENDING_ORIGIN.outlook_new).toBe('microsoft_cloud');
    expect(SENDING_ORIGIN.ios_mail).toBe('other_device');
    for (const p of ['outlook_classic', 'thunderbird', 'apple_mail', 'becky', 'other'] as const)
      expect(SENDING_ORIGIN[p]).toBe('this_pc');
    expect(sendingOrigin(null)).toBe('this_pc');
    expect(sendingOrigin(undefined)).toBe('this_pc');
  });

  it('a port finding of this network is not what mail sent from elsewhere meets', () => {
    for (const verdict of VERDICT_CODES) {
      const portFinding = NETWORK_PORT_VERDICTS.has(verdict);
      expect(portFindingApplies(verdict, 'outlook_new')).toBe(!portFinding);
      expect(portFindingApplies(verdict, 'ios_mail')).toBe(!portFinding);
      expect(portFindingApplies(verdict, 'thunderbird')).toBe(true);
      expect(portFindingApplies(verdict, null)).toBe(true);
    }
    expect(portFindingApplies('port25_blocked', 'outlook_new')).toBe(false);
    expect(portFindingApplies('auth_failed', 'outlook_new')).toBe(true);
  });

  it('knows a server that works only inside the provider’s lines: port 25, no encryption, or listed so', () => {
    expect(insideIspOnly(ISP_RELAY, [])).toBe(true);
    expect(insideIspOnly({ ...SUBMISSION, security: 'none' }, [])).toBe(true);
    expect(insideIspOnly(SUBMISSION, [])).toBe(false);
    const listed = [{ host: 'SMTP.example.jp', port: 587, insideIspOnly: true }];
    expect(insideIspOnly(SUBMISSION, listed)).toBe(true);
    // The same host on another port is another entrance.
    expect(insideIspOnly({ ...SUBMISSION, port: 465, security: 'tls' }, listed)).toBe(false);
  });

  it('never recommends such a server to a program that does not send from this PC', () => {
    expect(recommendableFor('outlook_new', ISP_RELAY, [])).toBe(false);
    expect(recommendableFor('ios_mail', ISP_RELAY, [])).toBe(false);
    expect(recommendableFor('outlook_new', SUBMISSION, [])).toBe(true);
    expect(recommendableFor('outlook_classic', ISP_RELAY, [])).toBe(true);
    expect(recommendableFor(null, ISP_RELAY, [])).toBe(true);
  });
});
