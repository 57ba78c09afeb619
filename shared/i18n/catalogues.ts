import type { Lang } from '../verdict.js';
import type { Catalogue } from './catalogue.js';
import { en } from './en/index.js';
import { ja } from './ja/index.js';

/** Both catalogues by language, for texts filled in outside i18next (e.g. steps with highlighted values). */
export const catalogues: Record<Lang, Catalogue> = { ja, en };
