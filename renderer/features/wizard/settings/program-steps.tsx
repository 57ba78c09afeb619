import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { MailProgram } from '../../../../shared/diagnosis.js';
import { programStepTexts, stepValues, type StepValues } from '../../../../shared/program-steps.js';
import type { SettingsToWrite } from '../../../../shared/settings-to-write.js';
import { useSay } from '../../../i18n/use-say.js';

// i18next fills each value in wrapped in these marks, so the step can be split where the values
// stand and each shown as what it is: a value to type (<code>), or a choice in a menu (<strong>).
const MARK = '\u0000';
const MARKED = new RegExp(`${MARK}(\\w+)${MARK}`);

function marked(values: StepValues): StepValues {
  const out = { ...values };
  for (const k of Object.keys(out) as (keyof StepValues)[]) out[k] = `${MARK}${k}${MARK}`;
  return out;
}

/** One step with its values highlighted; `plain` names the values said in words, not typed. */
function stepNodes(text: string, values: StepValues, plain: readonly string[]): ReactNode[] {
  return text.split(MARKED).map((part, i) => {
    // split() with a group: odd places hold the value names.
    if (i % 2 === 0) return <Fragment key={i}>{part}</Fragment>;
    const value = values[part as keyof StepValues];
    if (plain.includes(part)) return <strong key={i}>{value}</strong>;
    return (
      <code key={i} className="value">
        {value}
      </code>
    );
  });
}

/** The numbered steps to enter the recommended settings in one mail program. */
export function ProgramSteps({
  program,
  settings,
}: {
  program: MailProgram;
  settings: SettingsToWrite;
}) {
  const { t } = useTranslation();
  const tr = useSay();
  const values = stepValues(program, settings, tr);
  // A user name SendCheck does not know is a sentence, not a value to type.
  const plain = settings.username.known ? ['security'] : ['security', 'username'];
  return (
    <section className="program-steps" aria-labelledby="steps-heading">
      <h3 id="steps-heading">
        {t('settings.stepsHeading', { program: t(`programs.${program}.name`) })}
      </h3>
      <ol>
        {programStepTexts(program, marked(values), tr).map((step, i) => (
          <li key={i}>{stepNodes(step, values, plain)}</li>
        ))}
      </ol>
    </section>
  );
}
