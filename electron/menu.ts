/**
 * The application menu, in the app's language (the user's choice, else the OS's): the usual edit
 * and window commands, an About box, and help links that open in the system browser through the
 * one https-only helper. Words from the catalogue's `menu` section. No reload (it would lose the
 * wizard's state) and DevTools only in development.
 */
import { Menu, app, type MenuItemConstructorOptions } from 'electron';
import type { Lang } from '../shared/verdict.js';
import { showAbout } from './about.js';
import { openExternalSafe } from './external-links.js';
import { createTranslator } from '../shared/i18n/i18next-options.js';

/** Help links: the standards the app's advice rests on, at addresses that do not move. */
export const HELP_LINKS = {
  submission: 'https://www.rfc-editor.org/rfc/rfc6409',
  tls: 'https://www.rfc-editor.org/rfc/rfc8314',
} as const;

/** What the menu's own items do; passed in so the template stays a pure function. */
export interface MenuActions {
  openLink(url: string): void;
  showAbout(): void;
  /** Opens the support staff console in the window (the way in for helpdesk operators). */
  openStaff(): void;
}

/**
 * The staff console's shortcut. The window listens for the same keys (renderer/app/staff-route.ts),
 * so it works where the menu is hidden and in a plain browser (e2e).
 */
export const STAFF_ACCELERATOR = 'CmdOrCtrl+Shift+H';

/** What the template depends on. */
export interface MenuOptions {
  lang: Lang;
  platform: NodeJS.Platform;
  appName: string;
  devTools: boolean;
}

/** Builds the menu template (pure, so it can be tested without Electron). */
export function buildMenuTemplate(
  options: MenuOptions,
  actions: MenuActions,
): MenuItemConstructorOptions[] {
  const w = createTranslator(options.lang);
  const name = options.appName;
  const t = (key: string) => w(`menu.${key}`, { name });
  const mac = options.platform === 'darwin';
  const about: MenuItemConstructorOptions = {
    label: t('about'),
    click: () => actions.showAbout(),
  };

  const appMenu: MenuItemConstructorOptions[] = mac
    ? [
        {
          label: name,
          submenu: [
            about,
            { type: 'separator' },
            { role: 'services', label: t('services') },
            { type: 'separator' },
            { role: 'hide', label: t('hide') },
            { role: 'hideOthers', label: t('hideOthers') },
            { role: 'unhide', label: t('unhide') },
            { type: 'separator' },
            { role: 'quit', label: t('quitApp') },
          ],
        },
      ]
    : [{ label: t('file'), submenu: [{ role: 'quit', label: t('quit') }] }];

  const view: MenuItemConstructorOptions[] = [
    { role: 'resetZoom', label: t('resetZoom') },
    { role: 'zoomIn', label: t('zoomIn') },
    { role: 'zoomOut', label: t('zoomOut') },
    { type: 'separator' },
    { role: 'togglefullscreen', label: t('fullScreen') },
  ];
  if (options.devTools)
    view.push({ type: 'separator' }, { role: 'toggleDevTools', label: t('devTools') });

  const help: MenuItemConstructorOptions[] = [
    // Kept out of the customer's way (not in the window), yet one click for an operator mid-call.
    { label: t('staff'), accelerator: STAFF_ACCELERATOR, click: () => actions.openStaff() },
    { type: 'separator' },
    { label: t('submission'), click: () => actions.openLink(HELP_LINKS.submission) },
    { label: t('tls'), click: () => actions.openLink(HELP_LINKS.tls) },
  ];
  if (!mac) help.push({ type: 'separator' }, about);

  return [
    ...appMenu,
    {
      label: t('edit'),
      submenu: [
        { role: 'undo', label: t('undo') },
        { role: 'redo', label: t('redo') },
        { type: 'separator' },
        { role: 'cut', label: t('cut') },
        { role: 'copy', label: t('copy') },
        { role: 'paste', label: t('paste') },
        { role: 'selectAll', label: t('selectAll') },
      ],
    },
    { label: t('view'), submenu: view },
    {
      label: t('window'),
      submenu: [
        { role: 'minimize', label: t('minimize') },
        { role: 'close', label: t('close') },
      ],
    },
    { label: t('help'), role: 'help', submenu: help },
  ];
}

/**
 * Sets (or replaces) the application menu in lang; call once the app is ready, and again on a
 * change. openStaff: what "support staff console" does (main.ts tells the window).
 */
export function setupMenu(lang: Lang, devTools: boolean, openStaff: () => void): void {
  const template = buildMenuTemplate(
    { lang, platform: process.platform, appName: app.getName(), devTools },
    {
      openLink: (url) => void openExternalSafe(url),
      showAbout: () => showAbout(lang),
      openStaff,
    },
  );
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
