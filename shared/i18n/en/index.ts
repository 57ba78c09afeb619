/** The English catalogue: the same keys as the Japanese one (the compiler and the catalogue test both check). */
import type { Catalogue } from '../catalogue.js';
import { accounts } from './accounts.js';
import { about } from './about.js';
import { cli } from './cli.js';
import { code } from './code.js';
import { fix } from './fix.js';
import { help } from './help.js';
import { input } from './input.js';
import { menu } from './menu.js';
import { staff } from './staff.js';
import { startup } from './startup.js';
import { programs } from './programs.js';
import { ui } from './ui.js';
import { action, evidence, verdict } from './verdicts.js';

/** Every English sentence of the app, the CLI and the menu. */
export const en: Catalogue = {
  ...ui,
  programs,
  verdict,
  action,
  evidence,
  cli,
  input,
  code,
  menu,
  about,
  accounts,
  fix,
  help,
  staff,
  startup,
};
