import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  describePublishedSettings,
  type PublishedSettings,
} from '../../../../shared/published-settings.js';
import type { Translate } from '../../../../shared/i18n/messages.js';
import { readOutRule } from '../../../../shared/read-out-rule.js';
import type { CodeSummary } from '../../../../shared/reference-code.js';
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

/** The rule's sentence for a decoded code and a look-up (shared/read-out-rule.ts). */
function ruleSentence(summary: CodeSummary, result: PublishedSettings, t: Translate): string {
  const r = readOutRule(summary, result);
  switch (r.source) {
    case 'agree':
      return t('staff.rule.agree');
    case 'not_in_lookup':
      return t('staff.rule.notInLookup');
    case 'ask_address':
      return t('staff.rule.askAddress', { lookup: r.lookupProvider, code: r.codeProviders });
    case 'code':
      return r.port === null
        ? t('staff.rule.codeOtherPort')
        : t('staff.rule.code', { port: r.port, security: t(`code.security.${r.security}`) });
    case 'lookup':
      return r.why === 'unverified'
        ? t('staff.rule.lookupUnverified')
        : t('staff.rule.lookupNoRecommendation');
  }
}

/**
 * Which to read out when the decoded code and the look-up differ: the rule in general, always on
 * screen, and what it says for the code and the look-up on screen once both are there.
 */
function ReadOutRule() {
  const { t } = useTranslation();
  const tr: Translate = useSay();
  const decoded = useAppStore((s) => s.decoded);
  const lookup = useAppStore((s) => s.lookup);
  const summary = decoded.status === 'decoded' && decoded.result.ok ? decoded.result.summary : null;
  const found = lookup.status === 'found' ? lookup.result : null;
  return (
    <div className="read-out-rule">
      <h3>{t('staff.rule.heading')}</h3>
      <p>{t('staff.rule.general')}</p>
      {summary === null && <p className="hint">{t('staff.rule.needCode')}</p>}
      {summary !== null && found !== null && (
        <p className="rule-verdict" role="status" data-source={readOutRule(summary, found).source}>
          {ruleSentence(summary, found, tr)}
        </p>
      )}
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
      <ReadOutRule />
      {lookup.status === 'failed' && (
        <p role="alert" className="notice notice-error">
          {t(`errors.ipc.${lookup.error.code}`)}
        </p>
      )}
    </section>
  );
}
