import type { Widen } from '../catalogue.js';
import type { menu as jaMenu } from '../ja/menu.js';

/** The application menu's words in English: the same keys as ja/menu.ts. */
export const menu: Widen<typeof jaMenu> = {
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
  about: 'About {{name}}',
  hide: 'Hide {{name}}',
  hideOthers: 'Hide Others',
  unhide: 'Show All',
  quitApp: 'Quit {{name}}',
  services: 'Services',
  staff: 'Support staff console',
  submission: 'Email submission standard (RFC 6409, port 587)',
  tls: 'Encrypted email submission (RFC 8314, port 465)',
};
