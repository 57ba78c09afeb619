import { useTranslation } from 'react-i18next';
import { TextField } from './text-field.js';

/** The folded-away inputs: the server and port in use now (the program is a question of its own). */
export function OptionalFields({ hidden }: { hidden: boolean }) {
  const { t } = useTranslation();
  return (
    <div id="optional-fields" className="optional-fields" hidden={hidden}>
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
