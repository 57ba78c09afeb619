import { useTranslation } from 'react-i18next';
import { MAIL_PORTS } from '../../../../shared/ipc-contract.js';
import { useAppStore } from '../../../store/store-context.js';
import type { FieldError } from '../../../store/types.js';

/** The sentence for a field's problem: validate.ts's own words in the current language, or one of ours. */
export function useFieldProblem(error: FieldError | undefined): string | null {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  if (!error) return null;
  return 'text' in error
    ? error.text[lang]
    : t('address.portNotMail', { ports: MAIL_PORTS.join(', ') });
}
