import { beforeEach, describe, expect, it, vi } from 'vitest';
import { compareSettings } from '../shared/settings-to-write.js';
import { FakeWebContents, fakeDialogs, must } from '../test/support/ipc-fakes.js';

vi.mock(
  'electron',
  async () => (await import('../test/support/ipc-fakes.js')).fakeDialogs.electron,
);

const { confirmFixDialog, fixDialogOptions } = await import('./fix-dialog.js');

const NOW = {
  host: 'smtp.example.jp',
  port: 25,
  security: 'none',
  auth: false,
  username: 'taro@example.jp',
} as const;
const NEXT = {
  ...NOW,
  port: 587,
  security: 'starttls',
  auth: true,
  username: { known: true, value: NOW.username },
} as const;
const WHAT = { account: '自宅のメール', changes: compareSettings(NOW, NEXT) };

beforeEach(() => fakeDialogs.reset());

describe('the confirmation before "Fix it for me" writes', () => {
  it('lists exactly the settings that change, from → to, in Japanese', () => {
    const o = fixDialogOptions(WHAT, 'ja');
    expect(o.message).toBe(
      'Thunderbird のアカウント「自宅のメール」の送信設定を、次のとおり変更しますか？',
    );
    const rows = must(o.detail).split('\n');
    expect(rows.slice(0, 4)).toEqual([
      'ポート：25 → 587',
      '暗号化：なし → STARTTLS',
      '認証：オフ → オン',
      '',
    ]);
    expect(o.detail).not.toContain('送信サーバー');
    expect(o.detail).not.toContain('ユーザー名');
    expect(o.buttons).toEqual(['キャンセル', '変更する']);
  });

  it('speaks English too, and makes Cancel the default and the Escape answer', () => {
    const o = fixDialogOptions(WHAT, 'en');
    expect(o.detail).toContain('Port: 25 → 587');
    expect(o.detail).toContain('Encryption: none → STARTTLS');
    expect(o.detail).toContain('Authentication: off → on');
    expect(o.buttons).toEqual(['Cancel', 'Change']);
    expect(o.defaultId).toBe(0);
    expect(o.cancelId).toBe(0);
    expect(o.buttons?.[o.defaultId ?? -1]).toBe('Cancel');
  });

  it('is shown on the window that asked; only Change answers yes', async () => {
    const wc = new FakeWebContents();
    expect(await confirmFixDialog(wc.asWebContents(), WHAT, 'ja')).toBe(false);
    fakeDialogs.answer(1);
    expect(await confirmFixDialog(wc.asWebContents(), WHAT, 'ja')).toBe(true);
    fakeDialogs.answer(2);
    expect(await confirmFixDialog(wc.asWebContents(), WHAT, 'ja')).toBe(false);
    expect(fakeDialogs.shown).toHaveLength(3);
    expect(fakeDialogs.shown[0]?.window).toBe(fakeDialogs.windowOf(wc));
  });
});
