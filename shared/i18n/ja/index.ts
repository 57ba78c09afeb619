/** The Japanese catalogue, the reference for every key: one section per area, merged here. */
import { code } from './code.js';
import { ui } from './ui.js';

/** Every Japanese sentence of the app, the CLI and the menu. */
export const ja = {
  ...ui,
  code,
} as const;
