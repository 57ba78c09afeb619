import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cliDeps } from '../../test/support/cli-deps.js';
import {
  installThunderbirdAs,
  makeTempHome,
  type TempHome,
} from '../../test/support/mail-fixtures.js';
import { runCli } from './router.js';

let t: TempHome;
beforeEach(async () => {
  t = await makeTempHome();
});
afterEach(async () => {
  await t.remove();
});

describe('sendcheck accounts: which installation', () => {
  it('says which Thunderbird each account belongs to, in Japanese and English', async () => {
    await installThunderbirdAs(t, 'snap-linked');
    const ja = cliDeps({ accounts: { home: t.home, platform: 'linux' } });
    expect(await runCli(['accounts'], ja)).toBe(0);
    expect(ja.stdout()).toContain(
      '  インストールの種類: Snap 版と通常版の Thunderbird が共用しているプロファイル\n',
    );
    const en = cliDeps({ accounts: { home: t.home, platform: 'linux' } });
    expect(await runCli(['accounts', '--lang', 'en'], en)).toBe(0);
    expect(en.stdout()).toContain(
      '  Installation: Profiles shared by the snap Thunderbird and the regular one\n',
    );
    const json = cliDeps({ accounts: { home: t.home, platform: 'linux' } });
    await runCli(['accounts', '--json'], json);
    const out = JSON.parse(json.stdout()) as { accounts: { install?: string }[] };
    expect(out.accounts.map((a) => a.install)).toEqual(Array(4).fill('snap_shared'));
  });
});
