/**
 * The fix walk for Becky! Internet Mail, in Chromium against the REAL engine inside the lab (OP25B):
 * a fixture Becky! mailbox (Shift_JIS, CRLF) in a stand-in for C:\Becky!, read as on Windows by
 * the real accounts back end (tasklist's answer given: only Windows has it), "Fix it for me"
 * writing only SMTPPort and SMTPAUTH, the STARTTLS step by hand on the success page, and "Undo"
 * putting Mailbox.ini back byte for byte. Screenshots of each step in Japanese and English.
 */
import { cp, mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { MAIL_FIXTURES } from '../test/support/mail-fixtures.js';
import { makeTempDirAsync } from '../test/support/temp-dir.js';
import type { Lang } from '../shared/verdict.js';
import { connectEngineHost, type EngineClient } from './engine-client.js';
import { expect, LAB, test as base } from './fixtures.js';
import { saveScreen, seriousA11yViolations, shownVerdict } from './wizard.js';

interface BeckyHost {
  client: EngineClient;
  drive: string;
}

const test = base.extend<object, { beckyHost: BeckyHost }>({
  beckyHost: [
    async ({ lab }, use) => {
      const root = await makeTempDirAsync('sendcheck-e2e-becky-');
      const home = join(root, 'home');
      const drive = join(root, 'c-drive');
      const reports = join(root, 'reports');
      for (const d of [home, drive, reports]) await mkdir(d, { recursive: true });
      const child = lab.spawn(['node', '--import', 'tsx', 'e2e/fix-engine-host.ts'], {
        env: {
          ...lab.env,
          HOME: home,
          SENDCHECK_E2E_REPORTS: reports,
          SENDCHECK_E2E_BECKY_DRIVE: drive,
        },
      });
      const client = connectEngineHost(child);
      try {
        await client.ready;
        await use({ client, drive });
      } finally {
        client.close();
        await rm(root, { recursive: true, force: true });
      }
    },
    { scope: 'worker', timeout: 60_000 },
  ],
});

const WORDS = {
  ja: {
    yes: '読み取ってよい',
    fix: '設定を直してもらう',
    confirm: 'Becky! を終了してください',
    write: '書き込む',
    fixed: 'Becky! Internet Mail の送信設定を直しました',
    handStep: /Becky! の STARTTLS の設定は SendCheck では書き換えません。/,
    undo: '元に戻す',
  },
  en: {
    yes: 'Yes, look',
    fix: 'Fix it for me',
    confirm: 'Please close Becky!',
    write: 'Write the settings',
    fixed: 'Becky! Internet Mail’s outgoing settings are fixed',
    handStep: /SendCheck does not change Becky!’s STARTTLS setting\./,
    undo: 'Undo',
  },
} as const;

const INI = join('Becky!', 'taro', '1ab0c4d5.mb', 'Mailbox.ini');

/** A fresh copy of the lab's Becky! data folder on the stand-in C:\; its Mailbox.ini as written. */
async function installMailbox(drive: string): Promise<Buffer> {
  await rm(join(drive, 'Becky!'), { recursive: true, force: true });
  await cp(join(MAIL_FIXTURES, 'becky-lab', 'Becky!'), join(drive, 'Becky!'), { recursive: true });
  return readFile(join(drive, INI));
}

/** One step's screenshots, at the window size of the walk and at 800x600. */
async function screens(page: Page, name: string): Promise<void> {
  await saveScreen(page, `${name}-1280`);
  await page.setViewportSize({ width: 800, height: 600 });
  await saveScreen(page, `${name}-800`);
  await page.setViewportSize({ width: 1280, height: 800 });
}

const LANGS: Lang[] = ['ja', 'en'];

test.describe('from the diagnosis to a working Becky! (real engine, lab, fixture mailbox)', () => {
  test.skip(!LAB.ok, `the network lab cannot run here: ${LAB.reason}`);

  for (const lang of LANGS) {
    test(`mailbox → OP25B → fix → STARTTLS by hand → undo (${lang})`, async ({
      lab,
      beckyHost,
      openApp,
    }) => {
      test.setTimeout(150_000);
      const w = WORDS[lang];
      const original = await installMailbox(beckyHost.drive);
      await lab.apply('op25b_drop');
      const { page } = await openApp({ backend: beckyHost.client, lang });

      await page.getByRole('button', { name: w.yes, exact: true }).click();
      const account = page.getByRole('button', { name: /taro@example\.jp/ });
      await expect(account).toBeVisible();
      await screens(page, `becky-1-accounts-${lang}`);
      await account.click();
      await expect(page.locator('section[data-verdict]')).toBeVisible({ timeout: 45_000 });
      expect(await shownVerdict(page), beckyHost.client.stderr()).toBe('port25_blocked');
      await screens(page, `becky-2-differences-${lang}`);

      await page.getByRole('button', { name: w.fix, exact: true }).click();
      await expect(page.getByRole('heading', { name: w.confirm })).toBeVisible();
      await screens(page, `becky-3-confirm-${lang}`);
      await page.getByRole('button', { name: w.write, exact: true }).click();
      await expect(page.locator('section[data-fixed="true"]')).toBeVisible();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(w.fixed);
      await expect(page.locator('.fixed-hand-steps li').first()).toHaveText(w.handStep);
      // What was written is said as changed; STARTTLS, left to the user, is not.
      await expect(page.locator('.fixed-changes li')).toHaveCount(2);
      const written = (await readFile(join(beckyHost.drive, INI))).toString('latin1');
      expect(written).toContain('SMTPPort=587\r\n');
      expect(written).toContain('SMTPAUTH=1\r\n');
      // Only those two lines changed: every other byte (the Shift_JIS name too) is as it was.
      const lines = (b: string) => b.split('\n');
      const before = lines(original.toString('latin1'));
      const diff = lines(written).filter((l, i) => l !== before[i]);
      expect(diff).toEqual(['SMTPPort=587\r', 'SMTPAUTH=1\r']);
      await screens(page, `becky-4-fixed-${lang}`);
      expect(await seriousA11yViolations(page)).toEqual([]);

      await page.getByRole('button', { name: w.undo, exact: true }).click();
      await expect(page.locator('.fix-outcome')).toHaveAttribute('data-status', 'undone');
      expect(await readFile(join(beckyHost.drive, INI))).toEqual(original);
      await screens(page, `becky-5-undone-${lang}`);
    });
  }
});
