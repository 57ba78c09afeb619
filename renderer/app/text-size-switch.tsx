import { useTranslation } from 'react-i18next';
import { useAppStore } from '../store/store-context.js';
import type { TextSize } from '../store/types.js';

const SIZES: { size: TextSize; key: 'app.textSizeStandard' | 'app.textSizeLarge' }[] = [
  { size: 'standard', key: 'app.textSizeStandard' },
  { size: 'large', key: 'app.textSizeLarge' },
];

/** 文字サイズ：標準｜大, the two-button text size switch in the header, with its visible label. */
export function TextSizeSwitch() {
  const { t } = useTranslation();
  const textSize = useAppStore((s) => s.textSize);
  const setTextSize = useAppStore((s) => s.setTextSize);
  return (
    <span className="text-size">
      <span id="text-size-label" className="switch-label">
        {t('app.textSize')}
      </span>
      <span className="pill-switch" role="group" aria-labelledby="text-size-label">
        {SIZES.map((s) => (
          <button
            key={s.size}
            type="button"
            aria-pressed={textSize === s.size}
            onClick={() => setTextSize(s.size)}
          >
            {t(s.key)}
          </button>
        ))}
      </span>
    </span>
  );
}
