import { useTranslation } from 'react-i18next';
import type { Translate } from '../../shared/i18n/messages.js';

/**
 * A translate function for keys built from the engine's ids (evidence, actions, verdicts). Those
 * keys are dynamic, so they go through the untyped form; the catalogue test checks every id has words.
 */
export function useSay(): Translate {
  const { t } = useTranslation();
  return (key, values) => (t as unknown as Translate)(key, values);
}
