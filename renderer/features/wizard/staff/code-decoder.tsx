import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LabelledInput } from '../../../app/labelled-input.js';
import { useAppStore } from '../../../store/store-context.js';
import { DecodedCode } from './decoded-code.js';

const FIELD_ID = 'staff-code';

/** Type a reference code read out on the phone and press Enter: the summary, fully offline. */
export function CodeDecoder() {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const [empty, setEmpty] = useState(false);
  const decodeCode = useAppStore((s) => s.decodeCode);
  // The operator is on the phone: the field takes the digits as soon as the console opens.
  useEffect(() => {
    document.getElementById(FIELD_ID)?.focus();
  }, []);
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
          id={FIELD_ID}
          className="field"
          label={t('staff.code.label')}
          hint={t('staff.code.hint')}
          problem={empty ? t('staff.code.empty') : null}
          input={{
            type: 'text',
            inputMode: 'numeric',
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
      <DecodedCode />
    </section>
  );
}
