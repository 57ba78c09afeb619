/**
 * The application menu, in Japanese or English after the OS language: the usual edit and window
 * commands, an About box, and help links that open in the system browser through the one https-only
 * helper. No reload (it would lose the wizard's state) and DevTools only in development.
 */
import { Menu, app, dialog, type MenuItemConstructorOptions } from 'electron';
import { openExternalSafe } from './external-links.js';
import { pickLanguage, type UiLanguage } from './language.js';

/** Help links: the standards the app's advice rests on, at addresses that do not move. */
export const HELP_LINKS = {
  submission: 'https://www.rfc-editor.org/rfc/rfc6409',
  tls: 'https://www.rfc-editor.org/rfc/rfc8314',
} as const;

const TEXT = {
  ja: {
    file: 'ファイル',
    quit: '終了',
    edit: '編集',
    undo: '元に戻す',
    redo: 'やり直す',
    cut: '切り取り',
    copy: 'コピー',
    paste: '貼り付け',
    selectAll: 'すべて選択',
    view: '表示',
    resetZoom: '実際のサイズ',
    zoomIn: '拡大',
    zoomOut: '縮小',
    fullScreen: '全画面表示',
    devTools: '開発者ツール',
    window: 'ウインドウ',
    minimize: '最小化',
    close: '閉じる',
    help: 'ヘルプ',
    about: (name: string) => `${name} について`,
    hide: (name: string) => `${name} を隠す`,
    hideOthers: 'ほかを隠す',
    unhide: 'すべてを表示',
    quitApp: (name: string) => `${name} を終了`,
    services: 'サービス',
    submission: 'メール送信の規格（RFC 6409、ポート 587）',
    tls: 'メール送信の暗号化（RFC 8314、ポート 465）',
    aboutDetail: 'メールが送れない原因を調べて、直し方を案内します。',
    ok: 'OK',
  },
  en: {
    file: 'File',
    quit: 'Quit',
    edit: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select All',
    view: 'View',
    resetZoom: 'Actual Size',
    zoomIn: 'Zoom In',
    zoomOut: 'Zoom Out',
    fullScreen: 'Toggle Full Screen',
    devTools: 'Developer Tools',
    window: 'Window',
    minimize: 'Minimize',
    close: 'Close',
    help: 'Help',
    about: (name: string) => `About ${name}`,
    hide: (name: string) => `Hide ${name}`,
    hideOthers: 'Hide Others',
    unhide: 'Show All',
    quitApp: (name: string) => `Quit ${name}`,
    services: 'Services',
    submission: 'Email submission standard (RFC 6409, port 587)',
    tls: 'Encrypted email submission (RFC 8314, port 465)',
    aboutDetail: 'Finds out why your email won’t send, and tells you what to change.',
    ok: 'OK',
  },
} as const;

/** What the menu's own items do; passed in so the template stays a pure function. */
export interface MenuActions {
  openLink(url: string): void;
  showAbout(): void;
}

/** What the template depends on. */
export interface MenuOptions {
  lang: UiLanguage;
  platform: NodeJS.Platform;
  appName: string;
  devTools: boolean;
}

/** Builds the menu template (pure, so it can be tested without Electron). */
export function buildMenuTemplate(
  options: MenuOptions,
  actions: MenuActions,
): MenuItemConstructorOptions[] {
  const t = TEXT[options.lang];
  const name = options.appName;
  const mac = options.platform === 'darwin';
  const about: MenuItemConstructorOptions = {
    label: t.about(name),
    click: () => actions.showAbout(),
  };

  const appMenu: MenuItemConstructorOptions[] = mac
    ? [
        {
          label: name,
          submenu: [
            about,
            { type: 'separator' },
            { role: 'services', label: t.services },
            { type: 'separator' },
            { role: 'hide', label: t.hide(name) },
            { role: 'hideOthers', label: t.hideOthers },
            { role: 'unhide', label: t.unhide },
            { type: 'separator' },
            { role: 'quit', label: t.quitApp(name) },
          ],
        },
      ]
    : [{ label: t.file, submenu: [{ role: 'quit', label: t.quit }] }];

  const view: MenuItemConstructorOptions[] = [
    { role: 'resetZoom', label: t.resetZoom },
    { role: 'zoomIn', label: t.zoomIn },
    { role: 'zoomOut', label: t.zoomOut },
    { type: 'separator' },
    { role: 'togglefullscreen', label: t.fullScreen },
  ];
  if (options.devTools)
    view.push({ type: 'separator' }, { role: 'toggleDevTools', label: t.devTools });

  const help: MenuItemConstructorOptions[] = [
    { label: t.submission, click: () => actions.openLink(HELP_LINKS.submission) },
    { label: t.tls, click: () => actions.openLink(HELP_LINKS.tls) },
  ];
  if (!mac) help.push({ type: 'separator' }, about);

  return [
    ...appMenu,
    {
      label: t.edit,
      submenu: [
        { role: 'undo', label: t.undo },
        { role: 'redo', label: t.redo },
        { type: 'separator' },
        { role: 'cut', label: t.cut },
        { role: 'copy', label: t.copy },
        { role: 'paste', label: t.paste },
        { role: 'selectAll', label: t.selectAll },
      ],
    },
    { label: t.view, submenu: view },
    {
      label: t.window,
      submenu: [
        { role: 'minimize', label: t.minimize },
        { role: 'close', label: t.close },
      ],
    },
    { label: t.help, role: 'help', submenu: help },
  ];
}

/** Shows the About box in the menu's language. */
function showAbout(lang: UiLanguage): void {
  const t = TEXT[lang];
  void dialog.showMessageBox({
    type: 'info',
    title: t.about(app.getName()),
    message: `${app.getName()} ${app.getVersion()}`,
    detail: t.aboutDetail,
    buttons: [t.ok],
  });
}

/** Sets the application menu; call once the app is ready (the OS language is known then). */
export function setupMenu(devTools: boolean): void {
  const lang = pickLanguage(app.getPreferredSystemLanguages());
  const template = buildMenuTemplate(
    { lang, platform: process.platform, appName: app.getName(), devTools },
    { openLink: (url) => void openExternalSafe(url), showAbout: () => showAbout(lang) },
  );
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
