import { useTranslation } from 'react-i18next';
import { MAIL_PROGRAMS } from '../../../../shared/diagnosis.js';

/** Every mail program the settings card knows, as the options of a select, by its own name. */
export function ProgramOptions() {
  const { t } = useTranslation();
  return (
    <>
      {MAIL_PROGRAMS.map((p) => (
        <option key={p} value={p}>
          {t(`programs.${p}.name`)}
        </option>
      ))}
    </>
  );
}
