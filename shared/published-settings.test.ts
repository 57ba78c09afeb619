import { describe, expect, it } from 'vitest';
import { createTranslator } from './i18n/i18next-options.js';
import { describePublishedSettings, publishedSettings } from './published-settings.js';
import { parseEmail, type ParsedEmail } from './validate.js';

function email(address: string): ParsedEmail {
  const r = parseEmail(address);
  if (!r.ok) throw new Error(`test address ${address} is invalid`);
  return r.value;
}

const en = createTranslator('en');
const ja = createTranslator('ja');

describe('published settings, looked up without probing', () => {
  it('finds the provider of a sub-domain through its parent, with the address filled in', () => {
    const r = publishedSettings(email('taro@bird.ocn.ne.jp'));
    expect(r).toMatchObject({
      provider: { id: 'ocn.ne.jp', name: 'OCN' },
      match: 'parent',
      matchedDomain: 'ocn.ne.jp',
      outgoing: [
        { host: 'smtp.ocn.ne.jp', port: 465, security: 'tls', username: 'taro@bird.ocn.ne.jp' },
      ],
      checked: false,
    });
    const lines = describePublishedSettings(r, 'bird.ocn.ne.jp', en);
    expect(lines).toContain('These are the settings listed for ocn.ne.jp.');
    expect(lines.at(-1)).toMatch(/Nothing was sent over the network/);
  });

  it('leaves a provider-issued user id to the user, and marks servers only for the ISP’s own line', () => {
    const r = publishedSettings(email('taro@asahi-net.or.jp'));
    expect(r.outgoing.some((s) => s.username === null)).toBe(true);
    const lines = describePublishedSettings(r, 'asahi-net.or.jp', ja);
    expect(lines.join('\n')).toContain('プロバイダーから案内されたユーザーID');
    expect(lines).toContain('このサーバーは、そのプロバイダーの回線から接続したときだけ使えます。');
  });

  it('says what the data knows about OAuth and app passwords', () => {
    const hotmail = publishedSettings(email('taro@hotmail.com'));
    expect(hotmail.oauthOnly).toBe(true);
    expect(describePublishedSettings(hotmail, 'hotmail.com', en).join('\n')).toContain('(OAuth)');
    const docomo = publishedSettings(email('taro@docomo.ne.jp'));
    expect(docomo.appPassword).toBe('required');
    const lines = describePublishedSettings(docomo, 'docomo.ne.jp', en);
    expect(lines).toContain('This service requires an app password for mail programs.');
    expect(lines).toContain('This provider publishes no outgoing server settings.');
  });

  it('says so when the data does not know the provider', () => {
    const r = publishedSettings(email('taro@例え.jp'));
    expect(r).toMatchObject({ provider: null, outgoing: [], match: null });
    expect(describePublishedSettings(r, '例え.jp', ja)).toEqual([
      '例え.jp のプロバイダーは、内蔵のデータにありません。',
    ]);
  });
});
