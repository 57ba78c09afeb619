/**
 * The result screen from the REAL engine in the lab, for the networks whose screens name someone
 * other than the mail server: a hotel sign-in page found by HTTPS (portal_by_https), a company
 * network whose web goes only through a proxy (proxy_only), and this PC's clock two years behind
 * (pc_clock_behind). Each in Japanese and English at 1280x800 and 800x600, with the words that
 * must be on the screen checked, axe run, and a screenshot each (lab-screen-<verdict>-<lang>-<size>).
 */
import { LAB_ACCOUNT } from '../test/lab/topology.js';
import type { ScenarioName } from '../test/lab/scenarios.js';
import type { Lang, VerdictCode } from '../shared/verdict.js';
import { connectEngineHost } from './engine-client.js';
import { expect, LAB, test } from './fixtures.js';
import { checkAddress, saveScreen, seriousA11yViolations, shownVerdict } from './wizard.js';

interface Screen {
  scenario: ScenarioName;
  verdict: VerdictCode;
  /** Where the path picture marks the stop (index 0-3). */
  stopAt: number;
  /** Words the result screen must show, per language. */
  shows: Record<Lang, (string | RegExp)[]>;
}

const SCREENS: Screen[] = [
  {
    scenario: 'portal_by_https',
    verdict: 'captive_portal',
    stopAt: 1,
    shows: {
      ja: ['Wi‑Fi のログイン画面（portal.hotspot.example）のところで止まっています。'],
      en: ['Your email is stopped at the Wi‑Fi sign-in page (portal.hotspot.example).'],
    },
  },
  {
    scenario: 'proxy_only',
    verdict: 'smtp_blocked',
    stopAt: 1,
    shows: {
      ja: ['プロキシー（proxy.corp.example:3128）を通したときだけ届きます。'],
      en: ['web sites can only be reached through its proxy (proxy.corp.example:3128).'],
    },
  },
  {
    scenario: 'pc_clock_behind',
    verdict: 'pc_clock',
    stopAt: 0,
    shows: {
      ja: ['このパソコンの時計がずれているため、このパソコンのところで止まっています。'],
      en: ['Your email is stopped inside this computer: its clock is wrong.'],
    },
  },
];

const SIZES = [
  { name: '1280x800', width: 1280, height: 800 },
  { name: '800x600', width: 800, height: 600 },
] as const;

test.describe('result screens from the real engine in the lab', () => {
  test.skip(!LAB.ok, `the network lab cannot run here: ${LAB.reason}`);

  for (const screen of SCREENS) {
    test(`${screen.scenario} → ${screen.verdict} (ja, en; 1280x800, 800x600)`, async ({
      lab,
      openApp,
    }) => {
      test.setTimeout(480_000);
      await lab.apply(screen.scenario);
      // Started after the scenario, so it has the scenario's environment (its proxy).
      const engine = connectEngineHost(
        lab.spawn(['node', '--import', 'tsx', 'e2e/engine-host.ts'], { env: lab.env }),
      );
      try {
        await engine.ready;
        for (const lang of ['ja', 'en'] as const) {
          for (const size of SIZES) {
            const app = await openApp({ backend: engine, lang, viewport: size });
            const { page } = app;
            // Under load (the machine is shared) a run can take longer than the usual 45 s.
            await checkAddress(page, lang, LAB_ACCOUNT.email, { timeoutMs: 90_000 });
            expect(await shownVerdict(page), engine.stderr()).toBe(screen.verdict);
            const states = await page
              .locator('.path-node')
              .evaluateAll((els) => els.map((e) => e.getAttribute('data-state')));
            expect(states).toEqual(
              [0, 1, 2, 3].map((i) =>
                i < screen.stopAt ? 'ok' : i === screen.stopAt ? 'stopped' : 'unreached',
              ),
            );
            for (const words of screen.shows[lang])
              await expect(page.locator('.path-picture figcaption')).toContainText(words);
            await saveScreen(page, `lab-screen-${screen.verdict}-${lang}-${size.name}`);
            expect(await seriousA11yViolations(page)).toEqual([]);
            expect(app.problems).toEqual([]);
            await page.context().close();
          }
        }
      } finally {
        engine.close();
      }
    });
  }
});
