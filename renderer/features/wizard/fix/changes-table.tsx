import { useTranslation } from 'react-i18next';
import type { RecommendedSettings } from '../../../../shared/diagnosis.js';
import type { SettingChange } from '../../../../shared/settings-to-write.js';

/** A value as the settings card writes it: STARTTLS, "On (needed)", the host in Unicode. */
export function useValueText(): (
  row: SettingChange,
  value: string | null,
  rec: RecommendedSettings,
) => string {
  const { t } = useTranslation();
  return (row, value, rec) => {
    if (value === null) return t('settings.values.ispUserId');
    if (row.field === 'security')
      return t(`settings.values.${value as 'starttls' | 'tls' | 'none'}`);
    if (row.field === 'auth')
      return value === 'on' ? t('settings.values.authOn') : t('settings.values.authOff');
    if (row.field === 'host' && value === rec.host && rec.hostUnicode) return rec.hostUnicode;
    return value;
  };
}

/** The table of current against recommended settings (shared/settings-to-write.ts), each value to change marked. */
export function ChangesTable({
  rows,
  recommended,
  headingLevel = 2,
}: {
  rows: SettingChange[];
  recommended: RecommendedSettings;
  headingLevel?: 2 | 3;
}) {
  const { t } = useTranslation();
  const text = useValueText();
  const changed = rows.filter((r) => r.changed);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className="changes" aria-labelledby={`changes-heading-${headingLevel}`}>
      <Heading id={`changes-heading-${headingLevel}`}>{t('fix.changes.heading')}</Heading>
      <p className="changes-lead" data-same={changed.length === 0}>
        {changed.length === 0 ? t('fix.changes.same') : t('fix.changes.lead')}
      </p>
      <table className="changes-table">
        <thead>
          <tr>
            <th scope="col">{t('fix.changes.columns.field')}</th>
            <th scope="col">{t('fix.changes.columns.current')}</th>
            <th scope="col">{t('fix.changes.columns.recommended')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.field} data-field={r.field} data-changed={r.changed}>
              <th scope="row">{t(`settings.fields.${r.field}`)}</th>
              <td className="changes-from">{text(r, r.from, recommended)}</td>
              <td className="changes-to">
                <span className="changes-value">{text(r, r.to, recommended)}</span>{' '}
                <span className="badge" data-changed={r.changed}>
                  {r.changed ? t('fix.changes.change') : t('fix.changes.keep')}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {changed.length > 0 && (
        <ul className="changes-summary">
          {changed.map((r) => (
            <li key={r.field}>
              {t('fix.changes.rowChanged', {
                label: t(`settings.fields.${r.field}`),
                from: text(r, r.from, recommended),
                to: text(r, r.to, recommended),
              })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
