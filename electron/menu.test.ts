import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { must } from '../test/support/ipc-fakes.js';

const electron = vi.hoisted(() => ({
  Menu: {
    setApplicationMenu: vi.fn(),
    buildFromTemplate: vi.fn((t: unknown) => ({ template: t })),
  },
  app: {
    getName: () => 'SendCheck',
    getVersion: () => '0.1.0',
  },
  dialog: { showMessageBox: vi.fn(async () => ({ response: 0 })) },
  shell: { openExternal: vi.fn(async () => {}) },
}));
vi.mock('electron', () => electron);

const { HELP_LINKS, STAFF_ACCELERATOR, buildMenuTemplate, setupMenu } = await import('./menu.js');
const { isSafeExternalUrl } = await import('./external-links.js');

type Item = MenuItemConstructorOptions;
const flatten = (items: Item[]): Item[] =>
  items.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? flatten(i.submenu) : [])]);
const labels = (items: Item[]) => flatten(items).flatMap((i) => (i.label ? [i.label] : []));
const actions = () => ({ openLink: vi.fn(), showAbout: vi.fn(), openStaff: vi.fn() });

describe('buildMenuTemplate', () => {
  it('speaks Japanese and English with the same structure', () => {
    const ja = buildMenuTemplate(
      { lang: 'ja', platform: 'win32', appName: 'SendCheck', devTools: false },
      actions(),
    );
    const en = buildMenuTemplate(
      { lang: 'en', platform: 'win32', appName: 'SendCheck', devTools: false },
      actions(),
    );
    expect(labels(ja)).toContain('ヘルプ');
    expect(labels(ja)).toContain('SendCheck について');
    expect(labels(en)).toContain('Help');
    expect(labels(en)).toContain('About SendCheck');
    expect(labels(ja)).toHaveLength(labels(en).length);
    expect(flatten(ja).map((i) => i.role ?? i.type ?? 'item')).toEqual(
      flatten(en).map((i) => i.role ?? i.type ?? 'item'),
    );
  });

  it('has an About item that shows the About box', () => {
    const a = actions();
    const items = flatten(
      buildMenuTemplate(
        { lang: 'en', platform: 'win32', appName: 'SendCheck', devTools: false },
        a,
      ),
    );
    const about = items.find((i) => i.label === 'About SendCheck');
    (must(about).click as () => void)();
    expect(a.showAbout).toHaveBeenCalledOnce();
  });

  it('puts About in the app menu on macOS, with the usual app commands', () => {
    const t = buildMenuTemplate(
      { lang: 'ja', platform: 'darwin', appName: 'SendCheck', devTools: false },
      actions(),
    );
    expect(must(t[0]).label).toBe('SendCheck');
    const first = (must(t[0]).submenu as Item[]).map((i) => i.label ?? i.type);
    expect(first).toEqual([
      'SendCheck について',
      'separator',
      'サービス',
      'separator',
      'SendCheck を隠す',
      'ほかを隠す',
      'すべてを表示',
      'separator',
      'SendCheck を終了',
    ]);
  });

  it('opens help links through the https-only helper, and every link is https', () => {
    const a = actions();
    const items = flatten(
      buildMenuTemplate(
        { lang: 'ja', platform: 'linux', appName: 'SendCheck', devTools: false },
        a,
      ),
    );
    for (const i of items)
      if (i.click && !i.label?.includes('について') && !i.label?.includes('サポート担当者'))
        (i.click as () => void)();
    expect(a.openLink.mock.calls.map((c) => c[0])).toEqual([HELP_LINKS.submission, HELP_LINKS.tls]);
    for (const url of Object.values(HELP_LINKS)) expect(isSafeExternalUrl(url)).toBe(true);
  });

  it('has no reload, and DevTools only in development', () => {
    const prod = flatten(
      buildMenuTemplate(
        { lang: 'en', platform: 'win32', appName: 'SendCheck', devTools: false },
        actions(),
      ),
    );
    expect(prod.map((i) => i.role)).not.toContain('reload');
    expect(prod.map((i) => i.role)).not.toContain('forceReload');
    expect(prod.map((i) => i.role)).not.toContain('toggleDevTools');
    const dev = flatten(
      buildMenuTemplate(
        { lang: 'en', platform: 'win32', appName: 'SendCheck', devTools: true },
        actions(),
      ),
    );
    expect(dev.map((i) => i.role)).toContain('toggleDevTools');
  });
});

describe('the way in for support staff', () => {
  it('is the first item of the Help menu, with a shortcut, in both languages and on macOS', () => {
    for (const [lang, label] of [
      ['ja', 'サポート担当者向けの画面'],
      ['en', 'Support staff console'],
    ] as const) {
      for (const platform of ['win32', 'darwin', 'linux'] as const) {
        const a = actions();
        const t = buildMenuTemplate({ lang, platform, appName: 'SendCheck', devTools: false }, a);
        const help = must(t.find((i) => i.role === 'help'));
        const first = must((help.submenu as Item[])[0]);
        expect(first.label).toBe(label);
        expect(first.accelerator).toBe(STAFF_ACCELERATOR);
        (first.click as () => void)();
        expect(a.openStaff).toHaveBeenCalledOnce();
        expect(a.openLink).not.toHaveBeenCalled();
      }
    }
  });
});

describe('setupMenu', () => {
  it('sets the application menu in the language it is given, About box included', async () => {
    const openStaff = vi.fn();
    setupMenu('ja', false, openStaff);
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalledOnce();
    const template = must(electron.Menu.buildFromTemplate.mock.calls[0])[0] as Item[];
    expect(labels(template)).toContain('編集');
    // The About item opens a message box in the same language, with the About facts.
    const about = must(flatten(template).find((i) => i.label === 'SendCheck について'));
    (about.click as () => void)();
    expect(electron.dialog.showMessageBox).toHaveBeenCalledWith(
      expect.objectContaining({ message: 'SendCheck 0.1.0', title: 'SendCheck について' }),
    );
    // A help link reaches the OS only through openExternalSafe.
    const link = must(flatten(template).find((i) => i.label?.includes('RFC 6409')));
    (link.click as () => void)();
    await new Promise((r) => setTimeout(r, 0));
    expect(electron.shell.openExternal).toHaveBeenCalledWith(HELP_LINKS.submission);
    // The staff console item calls what main.ts gave it, and nothing else.
    const staff = must(flatten(template).find((i) => i.label === 'サポート担当者向けの画面'));
    (staff.click as () => void)();
    expect(openStaff).toHaveBeenCalledOnce();
  });

  it('is rebuilt in English when the language changes', () => {
    setupMenu('en', false, vi.fn());
    const template = must(electron.Menu.buildFromTemplate.mock.calls.at(-1))[0] as Item[];
    expect(labels(template)).toContain('Edit');
    expect(labels(template)).not.toContain('編集');
  });
});

describe('the menu’s words', () => {
  it('come from the catalogue’s menu section, every one of them filled in', () => {
    for (const lang of ['ja', 'en'] as const) {
      for (const platform of ['darwin', 'win32'] as const) {
        const all = labels(
          buildMenuTemplate({ lang, platform, appName: 'SendCheck', devTools: true }, actions()),
        );
        for (const label of all) {
          expect(label).not.toMatch(/\{\{|\}\}|^menu\./);
        }
      }
    }
  });
});
