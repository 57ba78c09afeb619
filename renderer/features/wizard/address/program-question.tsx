import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { MAIL_PROGRAMS, type MailProgram } from '../../../../shared/diagnosis.js';
import { preselectProgram } from '../../../store/preselect-program.js';
import { useAppStore } from '../../../store/store-context.js';
import { ProgramPicture } from './program-pictures.js';

/** One answer: a radio button with the program's picture and its name. */
function Choice({
  value,
  checked,
  onChoose,
  children,
}: {
  value: MailProgram | 'unknown';
  checked: boolean;
  onChoose: () => void;
  children: ReactNode;
}) {
  return (
    <label className="program-choice" data-program={value} data-checked={checked}>
      <input type="radio" name="program" value={value} checked={checked} onChange={onChoose} />
      {children}
    </label>
  );
}

/**
 * The question of its own: which mail program the customer uses, each answer with a picture of
 * that program's main window. Until answered, it starts on the program the accounts found point
 * to, and says so (renderer/store/preselect-program.ts).
 */
export function ProgramQuestion() {
  const { t } = useTranslation();
  const answered = useAppStore((s) => s.programAnswered);
  const answer = useAppStore((s) => s.mailProgram);
  const preselected = useAppStore((s) => preselectProgram(s.accounts, s.email));
  const setMailProgram = useAppStore((s) => s.setMailProgram);
  const chosen = answered ? answer : preselected;
  return (
    <fieldset className="program-question" aria-describedby="program-hint">
      <legend>{t('address.programLabel')}</legend>
      <p id="program-hint" className="hint">
        {t('address.programHint')}
      </p>
      {!answered && preselected !== null && (
        <p className="program-preselected">
          {t('address.programPreselected', { program: t(`programs.${preselected}.name`) })}
        </p>
      )}
      <div className="program-choices">
        {MAIL_PROGRAMS.map((p) => (
          <Choice key={p} value={p} checked={chosen === p} onChoose={() => setMailProgram(p)}>
            <ProgramPicture program={p} />
            <span className="program-name">{t(`programs.${p}.name`)}</span>
          </Choice>
        ))}
        <Choice value="unknown" checked={chosen === null} onChoose={() => setMailProgram(null)}>
          <span className="program-name">{t('address.programUnknown')}</span>
        </Choice>
      </div>
    </fieldset>
  );
}
