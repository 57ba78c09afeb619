import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { copyText } from './copy-text.js';

/** A copy button with a spoken and visible "Copied" confirmation. */
export function CopyButton({
  value,
  label,
  text,
}: {
  value: string;
  label: string;
  text?: string;
}) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    if (status === 'idle') return;
    const timer = setTimeout(() => setStatus('idle'), 2500);
    return () => clearTimeout(timer);
  }, [status]);
  return (
    <span className="copy">
      <button
        type="button"
        className="copy-button"
        aria-label={label}
        onClick={() => void copyText(value).then((ok) => setStatus(ok ? 'copied' : 'failed'))}
      >
        <svg viewBox="0 0 20 20" aria-hidden="true" focusable="false" className="copy-icon">
          <rect x="7" y="7" width="10" height="11" rx="1.5" />
          <path d="M13 4.5 V3.5 a1.5 1.5 0 0 0 -1.5 -1.5 H4.5 A1.5 1.5 0 0 0 3 3.5 V12 a1.5 1.5 0 0 0 1.5 1.5 H5" />
        </svg>
        <span aria-hidden="true">{text ?? t('settings.copy')}</span>
      </button>
      <span className="copy-status" role="status">
        {status === 'copied'
          ? t('settings.copied')
          : status === 'failed'
            ? t('settings.copyFailed')
            : ''}
      </span>
    </span>
  );
}
