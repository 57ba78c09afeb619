import { useTranslation } from 'react-i18next';
import { useFocusOnMount } from '../../../app/use-focus-on-mount.js';
import { useAppStore } from '../../../store/store-context.js';
import { AccountPicker } from '../accounts/account-picker.js';

/** Step 1: what SendCheck does, in one sentence, and the way in. */
export function StartStep() {
  const { t } = useTranslation();
  const begin = useAppStore((s) => s.begin);
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const points = t('start.points', { returnObjects: true });
  return (
    <section className="step step-start" aria-labelledby="start-heading">
      <h1 id="start-heading" ref={heading} tabIndex={-1}>
        {t('start.heading')}
      </h1>
      <p className="lead">{t('start.lead')}</p>
      <ul className="points">
        {points.map((p) => (
          <li key={p}>{p}</li>
        ))}
      </ul>
      <div className="actions">
        <button type="button" className="primary" onClick={begin}>
          {t('start.begin')}
        </button>
      </div>
      <AccountPicker />
    </section>
  );
}
