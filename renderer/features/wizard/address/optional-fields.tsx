import { useTranslation } from 'react-i18next';
import type { MailProgram } from '../../../../shared/diagnosis.js';
import { useAppStore } from '../../../store/store-context.js';
import { ProgramOptions } from '../settings/program-options.js';
import { TextField } from './text-field.js';

/** The folded-away inputs: the server and port in use now, and the mail program. */
export function OptionalFields({ hidden }: { hidden: boolean }) {
  const { t } = useTranslation();
  const mailProgram = useAppStore((s) => s.mailProgram);
  const setMailProgram = useAppStore((s) => s.setMailProgram);
  return (
    <div id="optional-fields" className="optional-fields" hidden={hidden}>
      <div className="field">
        <label htmlFor="program">{t('address.programLabel')}</label>
        <p id="program-hint" className="hint">
          {t('address.programHint')}
        </p>
        <select
          id="program"
          aria-describedby="program-hint"
          value={mailProgram ?? ''}
          onChange={(e) =>
            setMailProgram(e.target.value === '' ? null : (e.target.value as MailProgram))
          }
        >
          <option value="">{t('address.programUnknown')}</option>
          <ProgramOptions />
        </select>
      </div>
      <TextField
        field="server"
        label={t('address.serverLabel')}
        hint={t('address.serverHint')}
        input={{
          type: 'text',
          inputMode: 'url',
          autoComplete: 'off',
          autoCapitalize: 'off',
          spellCheck: false,
        }}
      />
      <TextField
        field="port"
        className="field field-short"
        label={t('address.portLabel')}
        hint={t('address.portHint')}
        input={{ type: 'text', inputMode: 'numeric', autoComplete: 'off' }}
      />
    </div>
  );
}
