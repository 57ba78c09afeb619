import { useTranslation } from 'react-i18next';
import { MAIL_PORTS } from '../../../../shared/ipc-contract.js';
import { useAppStore } from '../../../store/store-context.js';
import type { FieldError } from '../../../store/types.js';

/** The message next to a field: validate.ts's own words in the current language, or one of ours. */
export function FieldErrorText({ id, error }: { id: string; error: FieldError | undefined }) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  if (!error) return null;
  const text =
    'text' in error ? error.text[lang] : t('address.portNotMail', { ports: MAIL_PORTS.join(', ') });
  return (
    <p id={id} className="field-error">
      {text}
    </p>
  );
}
