import { useTranslation } from 'react-i18next';
import type { Action } from '../../../../shared/evidence.js';
import { actionMessage, say } from '../../../../shared/i18n/messages.js';
import { CARD_ACTIONS, type Guidance } from '../../../../shared/result-guidance.js';
import { useSay } from '../../../i18n/use-say.js';

/**
 * What to do with the settings in one sentence ("change them", "do not change them: do this
 * instead", "they are fine"), then the next steps. A step that points at the settings card is left
 * out where the card is not shown.
 */
export function GuidanceSteps({
  guidance,
  actions,
}: {
  guidance: Guidance;
  actions: readonly Action[];
}) {
  const { t } = useTranslation();
  const tr = useSay();
  const shown =
    guidance === 'change_settings' ? actions : actions.filter((a) => !CARD_ACTIONS.has(a.id));
  return (
    <section className="next-steps" aria-labelledby="next-heading">
      <h2 id="next-heading">{t('result.nextHeading')}</h2>
      <div className="guidance" data-guidance={guidance}>
        <p className="guidance-title">{t(`result.guidance.${guidance}.title`)}</p>
        <p className="guidance-lead">{t(`result.guidance.${guidance}.lead`)}</p>
      </div>
      {shown.length > 0 && (
        <ol>
          {shown.map((a) => (
            <li key={a.id}>{say(tr, actionMessage(a))}</li>
          ))}
        </ol>
      )}
    </section>
  );
}
