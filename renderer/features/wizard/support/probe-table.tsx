import { useTranslation } from 'react-i18next';
import type { ProbeResult } from '../../../../shared/probe.js';
import { probeTarget } from './support-text.js';

/** Every probe with its outcome and time; scrolls sideways on narrow windows and can be reached by keyboard. */
export function ProbeTable({ probes }: { probes: ProbeResult[] }) {
  const { t } = useTranslation();
  return (
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
              <td>
                <code>{p.role}</code>
                <span className="cell-sub">{p.kind}</span>
              </td>
              <td>
                <code>{probeTarget(p)}</code>
              </td>
              <td>
                <code>{p.outcome}</code>
              </td>
              <td className="num">{t('time.ms', { value: p.ms })}</td>
              <td>{p.detail}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
