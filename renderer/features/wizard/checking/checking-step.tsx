import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFocusOnMount } from '../../../app/use-focus-on-mount.js';
import { useNow } from '../../../app/use-now.js';
import type { LiveProbe } from '../../../store/run-state.js';
import { useAppStore } from '../../../store/store-context.js';
import { ProgressIcon } from './progress-icon.js';
import { progressRows } from './progress-rows.js';

// One empty list for every render before the first probe, so useMemo sees no change.
const NO_PROBES: LiveProbe[] = [];

/** Step 3: the live list of what is being checked, elapsed time, and a way to stop. */
export function CheckingStep() {
  const { t } = useTranslation();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const run = useAppStore((s) => s.run);
  const live = run.status === 'running' || run.status === 'cancelling' ? run : null;
  const probes = live?.probes ?? NO_PROBES;
  const cancelDiagnosis = useAppStore((s) => s.cancelDiagnosis);
  const now = useNow(100);
  const rows = useMemo(() => progressRows(probes), [probes]);
  const elapsedMs = live === null ? 0 : Math.max(0, now - live.startedAt);
  const seconds = (ms: number) => t('time.seconds', { value: ms / 1000 });
  // A probe that took a few ms would read "0.0 s", which looks like it did not run.
  const rowTime = (ms: number) => (ms < 100 ? t('time.underTenth') : seconds(ms));

  return (
    <section className="step step-checking" aria-labelledby="checking-heading">
      <h1 id="checking-heading" ref={heading} tabIndex={-1}>
        {t('checking.heading')}
      </h1>
      <p className="lead">{t('checking.lead')}</p>
      <p className="elapsed">
        <span>{t('checking.elapsed')}</span>{' '}
        <span className="elapsed-value">{seconds(elapsedMs)}</span>
      </p>
      <ol className="progress-list" aria-label={t('checking.listLabel')} aria-busy={live !== null}>
        {rows.length === 0 && (
          <li className="progress-row" data-state="running">
            <ProgressIcon state="running" />
            <span className="progress-label">{t('checking.waitingFirst')}</span>
          </li>
        )}
        {rows.map((row) => {
          const ms =
            row.finishedAt !== null
              ? row.finishedAt - row.startedAt
              : Math.max(0, now - row.seenAt);
          return (
            <li key={row.role} className="progress-row" data-state={row.state} data-role={row.role}>
              <ProgressIcon state={row.state} />
              <span className="progress-label">{t(`checking.roles.${row.role}`)}</span>
              <span className="progress-state">{t(`checking.state.${row.state}`)}</span>
              <span className="progress-time">{rowTime(ms)}</span>
            </li>
          );
        })}
      </ol>
      <div className="sr-only" role="log" aria-live="polite">
        <p>{t('checking.announce.started')}</p>
        {rows
          .filter((r) => r.state !== 'running')
          .map((r) => (
            <p key={r.role}>
              {t('checking.announce.finished', {
                label: t(`checking.roles.${r.role}`),
                state: t(`checking.state.${r.state}`),
              })}
            </p>
          ))}
      </div>
      <div className="actions">
        <button
          type="button"
          className="secondary"
          onClick={() => void cancelDiagnosis()}
          disabled={run.status !== 'running'}
        >
          {run.status === 'cancelling' ? t('checking.cancelling') : t('checking.cancel')}
        </button>
      </div>
    </section>
  );
}
