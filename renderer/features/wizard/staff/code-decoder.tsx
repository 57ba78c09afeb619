import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Translate } from '../../../../shared/i18n/messages.js';
import { describeCode, describeCodeError } from '../../../../shared/reference-code-text.js';
import { useSay } from '../../../i18n/use-say.js';
import { LabelledInput } from '../../../app/labelled-input.js';
import { useAppStore } from '../../../store/store-context.js';
import { CodeGroups } from '../fix/code-panel.js';

/** What a decoded code says, line by line, or why the typed code was refused. */
function Decoded() {
  const { t } = useTranslation();
  const tr: Translate = useSay();
  const decoded = useAppStore((s) => s.decoded);
  if (decoded.status === 'decoding') return <p role="status">…</p>;
  if (decoded.status === 'failed')
    return (
      <p role="alert" className="notice notice-error">
        {t(`errors.ipc.${decoded.error.code}`)}
      </p>
    );
  if (decoded.status !== 'decoded') return null;
  const r = decoded.result;
  if (!r.ok) {
    return (
      <p role="alert" className="notice notice-error code-error" data-error={r.error}>
        {describeCodeError(r, tr)}
      </p>
    );
  }
  return (
    <div className="code-summary" role="status">
      <h3>{t('staff.code.summaryHeading', { code: r.code })}</h3>
      <CodeGroups code={r.code} />
      <ul>
        {describeCode(r.summary, tr).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </div>
  );
}

/** Type a reference code read out on the phone: the summary, fully offline. */
export function CodeDecoder() {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const [empty, setEmpty] = useState(false);
  const decodeCode = useAppStore((s) => s.decodeCode);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    setEmpty(code.trim() === '');
    if (code.trim() !== '') void decodeCode(code);
  };
  return (
    <section className="staff-section" aria-labelledby="staff-code-heading">
      <h2 id="staff-code-heading">{t('staff.code.heading')}</h2>
      <form onSubmit={onSubmit} noValidate>
        <LabelledInput
          id="staff-code"
          className="field"
          label={t('staff.code.label')}
          hint={t('staff.code.hint')}
          problem={empty ? t('staff.code.empty') : null}
          input={{
            type: 'text',
            autoComplete: 'off',
            autoCapitalize: 'characters',
            spellCheck: false,
            maxLength: 200,
            value: code,
            onChange: (e) => setCode(e.target.value),
          }}
        />
        <div className="actions actions-start">
          <button type="submit" className="primary">
            {t('staff.code.submit')}
          </button>
        </div>
      </form>
      <Decoded />
    </section>
  );
}
