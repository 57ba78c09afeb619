import { useTranslation } from 'react-i18next';
import type { ProbeResult } from '../../../../shared/probe.js';
import { probeTarget } from './support-text.js';

/**
 * Every probe with its outcome and time, in words; scrolls sideways on narrow windows and can be
 * reached by keyboard. The engine's own detail is English: shown as it is in English only (it is
 * in "copy all details" for both).
 */
export function ProbeTable({ probes }: { probes: ProbeResult[] }) {
  const { t, i18n } = useTranslation();
  const english = i18n.language === 'en';
  const note = !english && probes.some((p) => p.detail !== '');
  return (
    <>
      <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="probes-heading">
        <table className="probe-table">
          <thead>
            <tr>
              <th scope="col">{t('support.columns.role')}</th>
              <th scope="col">{t('support.columns.target')}</th>
              <th scope="col">{t('support.columns.outcome')}</th>
              <th scope="col">{t('support.columns.time')}</th>
              <th scope="col">{t('support.columns.detail')}</th>
            </tr>
          </thead>
          <tbody>
            {probes.map((p) => (
              <tr key={p.id} data-outcome={p.outcome}>
                <td>{t(`support.role.${p.role}`)}</td>
                <td>
                  <code>{probeTarget(p)}</code>
                </td>
                <td>{t(`support.outcome.${p.outcome}`)}</td>
                <td className="num">{t('time.ms', { value: p.ms })}</td>
                <td>{english ? p.detail : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {note && <p className="hint">{t('support.detailEnglish')}</p>}
    </>
  );
}
