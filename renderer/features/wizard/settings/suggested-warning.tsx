import { useTranslation } from 'react-i18next';
import type { RecommendedSettings } from '../../../../shared/diagnosis.js';
import { useAppStore } from '../../../store/store-context.js';

type Suggestion = NonNullable<RecommendedSettings['needsConfirmation']>;

/**
 * The plain warning on a server the network suggested: who pointed SendCheck at it and why, that
 * nothing was sent to it or written, and what to compare it with. The one button runs the same
 * diagnosis again with this host confirmed; only then may it be verified, logged in to or written.
 */
export function SuggestedWarning({
  settings,
  suggestion,
  canConfirm,
}: {
  settings: RecommendedSettings;
  suggestion: Suggestion;
  /** False on a saved report shown to support staff: nothing is run from there. */
  canConfirm: boolean;
}) {
  const { t } = useTranslation();
  const acceptSuggestion = useAppStore((s) => s.acceptSuggestion);
  const host = settings.hostUnicode ?? settings.host;
  const values = { host, namedBy: suggestion.namedBy };
  return (
    <div
      className="suggested-warning"
      role="group"
      aria-labelledby="suggested-heading"
      data-reason={suggestion.reason}
    >
      <h3 id="suggested-heading">{t('settings.suggested.heading')}</h3>
      <p>{t('settings.suggested.lead', values)}</p>
      <p className="suggested-reason">
        {t(`settings.suggested.reason.${suggestion.reason}`, values)}
      </p>
      <p>{t('settings.suggested.risk')}</p>
      <p>{t('settings.suggested.compare', values)}</p>
      {canConfirm && (
        <div className="actions actions-start">
          <button
            type="button"
            className="secondary"
            onClick={() => acceptSuggestion(settings.host)}
          >
            {t('settings.suggested.confirm')}
          </button>
        </div>
      )}
    </div>
  );
}
