import type { RowState } from './progress-rows.js';

/** A small state icon; decorative only, the state is also written out in words beside it. */
export function ProgressIcon({ state }: { state: RowState }) {
  if (state === 'running') {
    return (
      <svg className="icon icon-running" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
        <circle cx="10" cy="10" r="7" fill="none" strokeWidth="3" className="track" />
        <path
          d="M10 3 a7 7 0 0 1 7 7"
          fill="none"
          strokeWidth="3"
          strokeLinecap="round"
          className="arc"
        />
      </svg>
    );
  }
  if (state === 'ok' || state === 'done') {
    return (
      <svg
        className={`icon icon-${state}`}
        viewBox="0 0 20 20"
        aria-hidden="true"
        focusable="false"
      >
        <circle cx="10" cy="10" r="9" className="disc" />
        <path
          d="M5.5 10.5 l3 3 l6-7"
          fill="none"
          strokeWidth="2.2"
          strokeLinecap="round"
          strokeLinejoin="round"
          className="mark"
        />
      </svg>
    );
  }
  return (
    <svg className={`icon icon-${state}`} viewBox="0 0 20 20" aria-hidden="true" focusable="false">
      <path d="M10 1.5 L19 18 H1 Z" className="disc" />
      <path d="M10 7 v5" strokeWidth="2.2" strokeLinecap="round" className="mark" />
      <circle cx="10" cy="15" r="1.3" className="dot" />
    </svg>
  );
}
