import type { Lang } from '../../shared/verdict.js';
import type { Catalogue } from './catalogue.js';
import { en } from './en.js';
import { ja } from './ja.js';

/** Both catalogues by language, for texts the app fills in itself (e.g. steps with highlighted values). */
export const catalogues: Record<Lang, Catalogue> = { ja, en };
