import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  describePublishedSettings,
  type PublishedSettings,
} from '../../../../shared/published-settings.js';
import { parseEmail } from '../../../../shared/validate.js';
import { useSay } from '../../../i18n/use-say.js';
import { LabelledInput } from '../../../app/labelled-input.js';
import { useAppStore } from '../../../store/store-context.js';

/** The published servers of the provider found, in the code section's words (the CLI's lines). */
function Found({ result }: { result: PublishedSettings }) {
  const tr = useSay();
  const domain = result.email.slice(result.email.lastIndexOf('@') + 1);
  const [first = '', ...rest] = describePublishedSettings(result, domain, tr);
  if (result.provider === null) return <p role="status">{first}</p>;
  return (
    <div className="lookup-result" role="status">
      <h3>{first}</h3>
      <ul>
        {rest.map((line, i) => (
          <li key={`${i}-${line}`}>{line}</li>
        ))}
      </ul>
    </div>
  );
}

/** A provider's published settings by address, from the bundled data: nothing is probed. */
export function ProviderLookup() {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const lang = useAppStore((s) => s.lang);
  const lookup = useAppStore((s) => s.lookup);
  const lookupProvider = useAppStore((s) => s.lookupProvider);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    // The address is checked here first, so a typo gets the same words as on the address step.
    const parsed = parseEmail(email);
    setProblem(parsed.ok ? null : parsed.message[lang]);
    if (parsed.ok) void lookupProvider(email.trim());
  };
  return (
    <section className="staff-section" aria-labelledby="staff-lookup-heading">
      <h2 id="staff-lookup-heading">{t('staff.lookup.heading')}</h2>
      <p>{t('staff.lookup.lead')}</p>
      <form onSubmit={onSubmit} noValidate>
        <LabelledInput
          id="staff-lookup-email"
          className="field"
          label={t('staff.lookup.label')}
          problem={problem}
          input={{
            type: 'email',
            autoComplete: 'off',
            spellCheck: false,
            value: email,
            onChange: (e) => setEmail(e.target.value),
          }}
        />
        <div className="actions actions-start">
          <button type="submit" className="primary">
            {t('staff.lookup.submit')}
          </button>
        </div>
      </form>
      {problem === null && lookup.status === 'found' && <Found result={lookup.result} />}
      {lookup.status === 'failed' && (
        <p role="alert" className="notice notice-error">
          {t(`errors.ipc.${lookup.error.code}`)}
        </p>
      )}
    </section>
  );
}
