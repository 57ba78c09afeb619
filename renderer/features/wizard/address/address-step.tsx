import { useRef, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useFocusOnMount } from '../../../app/use-focus-on-mount.js';
import { useAppStore } from '../../../store/store-context.js';
import type { FormField } from '../../../store/types.js';
import { DisclosureButton } from '../../../app/disclosure-button.js';
import { TextField } from './text-field.js';
import { OptionalFields } from './optional-fields.js';
import { ProgramQuestion } from './program-question.js';

const FIELD_ORDER: FormField[] = ['email', 'server', 'port'];

/**
 * Step 2: the email address (the only required input), the mail program as a question of its own
 * (pre-selected from the accounts found), and the server and port in use folded away.
 */
export function AddressStep() {
  const { t } = useTranslation();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const formRef = useRef<HTMLFormElement>(null);
  const moreOpen = useAppStore((s) => s.moreOpen);
  const cancelled = useAppStore((s) => s.run.status === 'cancelled');
  const runError = useAppStore((s) => (s.run.status === 'failed' ? s.run.error : null));
  const setMoreOpen = useAppStore((s) => s.setMoreOpen);
  const submit = useAppStore((s) => s.submit);
  const backToStart = useAppStore((s) => s.backToStart);

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (submit()) return;
    // After React has shown the messages, put the cursor in the first field that needs fixing.
    requestAnimationFrame(() => {
      const form = formRef.current;
      for (const f of FIELD_ORDER) {
        const el = form?.querySelector<HTMLElement>(`#${f}[aria-invalid="true"]`);
        if (el) {
          el.focus();
          return;
        }
      }
    });
  };

  return (
    <section className="step step-address" aria-labelledby="address-heading">
      <h1 id="address-heading" ref={heading} tabIndex={-1}>
        {t('address.heading')}
      </h1>
      {cancelled && (
        <p className="notice" role="status">
          {t('address.cancelled')}
        </p>
      )}
      {runError && (
        <p className="notice notice-error" role="alert">
          {t('address.failed', { message: t(`errors.ipc.${runError.code}`) })} {t('errors.retry')}
        </p>
      )}
      <form ref={formRef} noValidate onSubmit={onSubmit}>
        <TextField
          field="email"
          label={t('address.emailLabel')}
          hint={t('address.emailHint')}
          input={{
            type: 'email',
            inputMode: 'email',
            autoComplete: 'email',
            autoCapitalize: 'off',
            spellCheck: false,
            required: true,
          }}
        />
        <ProgramQuestion />
        <DisclosureButton open={moreOpen} controls="optional-fields" onToggle={setMoreOpen}>
          {t('address.moreToggle')}
        </DisclosureButton>
        <OptionalFields hidden={!moreOpen} />
        <div className="actions">
          <button type="button" className="secondary" onClick={backToStart}>
            {t('address.back')}
          </button>
          <button type="submit" className="primary">
            {t('address.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
