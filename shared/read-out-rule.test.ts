import { describe, expect, it } from 'vitest';
import { publishedSettings } from './published-settings.js';
import { readOutRule } from './read-out-rule.js';
import type { CodeSummary } from './reference-code.js';
import { parseEmail } from './validate.js';

function lookup(address: string) {
  const email = parseEmail(address);
  if (!email.ok) throw new Error(address);
  return publishedSettings(email.value);
}

const OCN = { hash: '00001', matches: [{ id: 'ocn.ne.jp', name: 'OCN' }] };

function code(over: Partial<CodeSummary> = {}): CodeSummary {
  return {
    verdict: 'port25_blocked',
    blockedAt: 'isp',
    ports: { 25: 'blocked_silent', 465: 'open', 587: 'open' },
    recommended: { port: 465, security: 'tls', trust: 'verified' },
    provider: OCN,
    appVersion: '0.1.0',
    current: { port: 25, program: 'outlook_classic' },
    ...over,
  };
}

describe('which source to read out', () => {
  it('says they agree when the look-up lists the code’s port and encryption', () => {
    // OCN publishes 465 with SSL/TLS (shared/providers data).
    expect(lookup('taro@ocn.ne.jp').outgoing.map((s) => [s.port, s.security])).toContainEqual([
      465,
      'tls',
    ]);
    expect(readOutRule(code(), lookup('taro@ocn.ne.jp'))).toEqual({ source: 'agree' });
  });

  it('reads the code’s port and encryption when the customer’s line proved them', () => {
    const proven = code({ recommended: { port: 587, security: 'starttls', trust: 'verified' } });
    expect(readOutRule(proven, lookup('taro@ocn.ne.jp'))).toEqual({
      source: 'code',
      port: 587,
      security: 'starttls',
    });
  });

  it('reads the published settings when the code’s were not seen answering, or there are none', () => {
    for (const trust of ['unverified', 'published'] as const)
      expect(
        readOutRule(
          code({ recommended: { port: 587, security: 'starttls', trust } }),
          lookup('taro@ocn.ne.jp'),
        ),
      ).toEqual({ source: 'lookup', why: 'unverified' });
    expect(readOutRule(code({ recommended: null }), lookup('taro@ocn.ne.jp'))).toEqual({
      source: 'lookup',
      why: 'no_recommendation',
    });
  });

  it('asks for the address again when the look-up is another provider than the code’s', () => {
    const other = lookup('taro@gmail.com');
    expect(other.provider).not.toBeNull();
    expect(readOutRule(code(), other)).toMatchObject({
      source: 'ask_address',
      codeProviders: ['OCN'],
    });
    // A code whose provider this list does not know cannot disagree: the rule goes on.
    expect(
      readOutRule(code({ provider: { hash: '00002', matches: [] } }), lookup('taro@ocn.ne.jp')),
    ).toEqual({ source: 'agree' });
  });

  it('says the look-up knows nothing when the address’s provider is not in the data', () => {
    expect(readOutRule(code(), lookup('taro@unknown.example'))).toEqual({
      source: 'not_in_lookup',
    });
  });
});
