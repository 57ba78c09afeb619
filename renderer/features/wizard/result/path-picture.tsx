import { useTranslation } from 'react-i18next';
import type { DiagnosisReport } from '../../../../shared/diagnosis.js';
import type { Evidence } from '../../../../shared/evidence.js';
import type { VerdictCode } from '../../../../shared/verdict.js';
import { pathCaption } from './path-caption.js';
import { PathIcon, type PathNode } from './path-icons.js';

const NODES: PathNode[] = ['pc', 'router', 'internet', 'server'];

const STOP_INDEX: Record<NonNullable<DiagnosisReport['blockedAt']>, number> = {
  pc: 0,
  router: 1,
  isp: 1,
  server: 3,
};

/** How far mail gets: 'ok' up to the stop, 'stopped' there, 'unreached' after it. */
export function nodeStates(
  blockedAt: DiagnosisReport['blockedAt'],
): ('ok' | 'stopped' | 'unreached')[] {
  const stop = blockedAt === null ? -1 : STOP_INDEX[blockedAt];
  return NODES.map((_, i) => (stop < 0 || i < stop ? 'ok' : i === stop ? 'stopped' : 'unreached'));
}

/** The path picture: your PC, router / provider, internet, mail server, with where mail is stopped. */
export function PathPicture({
  blockedAt,
  code,
  evidence = [],
  fixed = false,
}: {
  blockedAt: DiagnosisReport['blockedAt'];
  code?: VerdictCode;
  /** The report's evidence: names who stops mail, where it knows (path-caption.ts). */
  evidence?: readonly Evidence[];
  /** The settings were just fixed: the new settings were proven to reach the server. */
  fixed?: boolean;
}) {
  const { t } = useTranslation();
  const states = nodeStates(fixed ? null : blockedAt);
  const caption = pathCaption(blockedAt, code, evidence);
  return (
    <figure className="path-picture" aria-labelledby="path-heading">
      <h2 id="path-heading">{t('result.path.heading')}</h2>
      <ol className="path-nodes">
        {NODES.map((node, i) => {
          const state = states[i] ?? 'ok';
          return (
            <li key={node} className="path-node" data-state={state}>
              <span className="path-icon">
                <PathIcon node={node} />
                {state === 'stopped' && (
                  <svg
                    className="stop-badge"
                    viewBox="0 0 20 20"
                    aria-hidden="true"
                    focusable="false"
                  >
                    <circle cx="10" cy="10" r="9.5" />
                    <path
                      d="M6.5 6.5 l7 7 M13.5 6.5 l-7 7"
                      strokeWidth="2.4"
                      strokeLinecap="round"
                    />
                  </svg>
                )}
              </span>
              <span className="path-label">{t(`result.path.nodes.${node}`)}</span>
              <span className="path-state">
                {state === 'stopped'
                  ? t('result.path.stopped')
                  : state === 'ok'
                    ? t('result.path.reached')
                    : t('result.path.notReached')}
              </span>
            </li>
          );
        })}
      </ol>
      <figcaption>
        {fixed
          ? t('result.path.caption.fixed')
          : caption.key === 'routerPortalNamed'
            ? t('result.path.caption.routerPortalNamed', { name: caption.name })
            : caption.key === 'routerProxy'
              ? t('result.path.caption.routerProxy', { proxy: caption.proxy })
              : t(`result.path.caption.${caption.key}`)}
      </figcaption>
    </figure>
  );
}
