import { useTranslation } from 'react-i18next';
import type { MailProgram, RecommendedSettings } from '../../../../shared/diagnosis.js';
import { catalogues } from '../../../../shared/i18n/catalogues.js';
import { useAppStore } from '../../../store/store-context.js';
import { fillTemplate } from './template.js';

/** The numbered steps to enter the recommended settings in one mail program. */
export function ProgramSteps({
  program,
  settings,
}: {
  program: MailProgram;
  settings: RecommendedSettings;
}) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const entry = catalogues[lang].programs[program];
  const values = {
    host: settings.host,
    port: String(settings.port),
    username: settings.username,
    security: entry.security[settings.security],
  };
  return (
    <section className="program-steps" aria-labelledby="steps-heading">
      <h3 id="steps-heading">{t('settings.stepsHeading', { program: entry.name })}</h3>
      <ol>
        {entry.steps.map((step, i) => (
          <li key={i}>{fillTemplate(step, values, ['security'])}</li>
        ))}
      </ol>
    </section>
  );
}
