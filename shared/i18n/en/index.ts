/** The English catalogue: the same keys as the Japanese one (the compiler and the catalogue test both check). */
import type { Catalogue } from '../catalogue.js';
import { code } from './code.js';
import { ui } from './ui.js';

/** Every English sentence of the app, the CLI and the menu. */
export const en: Catalogue = {
  ...ui,
  code,
};
