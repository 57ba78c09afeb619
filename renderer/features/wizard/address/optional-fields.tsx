import { useTranslation } from 'react-i18next';
import { MAIL_PROGRAMS, type MailProgram } from '../../../../shared/diagnosis.js';
import { useAppStore } from '../../../store/store-context.js';
import { FieldErrorText } from './field-error.js';

/** The folded-away inputs: the server and port in use now, and the mail program. */
export function OptionalFields({ hidden }: { hidden: boolean }) {
  const { t } = useTranslation();
  const server = useAppStore((s) => s.server);
  const port = useAppStore((s) => s.port);
  const mailProgram = useAppStore((s) => s.mailProgram);
  const serverError = useAppStore((s) => s.fieldErrors.server);
  const portError = useAppStore((s) => s.fieldErrors.port);
  const setField = useAppStore((s) => s.setField);
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
          {MAIL_PROGRAMS.map((p) => (
            <option key={p} value={p}>
              {t(`programs.${p}.name`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="server">{t('address.serverLabel')}</label>
        <p id="server-hint" className="hint">
          {t('address.serverHint')}
        </p>
        <input
          id="server"
          type="text"
          inputMode="url"
          autoComplete="off"
          autoCapitalize="off"
          spellCheck={false}
          value={server}
          aria-invalid={serverError ? true : undefined}
          aria-describedby={serverError ? 'server-error server-hint' : 'server-hint'}
          onChange={(e) => setField('server', e.target.value)}
        />
        <FieldErrorText id="server-error" error={serverError} />
      </div>
      <div className="field field-short">
        <label htmlFor="port">{t('address.portLabel')}</label>
        <p id="port-hint" className="hint">
          {t('address.portHint')}
        </p>
        <input
          id="port"
          type="text"
          inputMode="numeric"
          autoComplete="off"
          value={port}
          aria-invalid={portError ? true : undefined}
          aria-describedby={portError ? 'port-error port-hint' : 'port-hint'}
          onChange={(e) => setField('port', e.target.value)}
        />
        <FieldErrorText id="port-error" error={portError} />
      </div>
    </div>
  );
}
