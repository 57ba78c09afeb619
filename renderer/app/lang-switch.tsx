import { useTranslation } from 'react-i18next';
import type { Lang } from '../../shared/verdict.js';
import { useAppStore } from '../store/store-context.js';

// Each language's name in itself, so a user who cannot read the current one still finds theirs.
const LANGS: { lang: Lang; label: string }[] = [
  { lang: 'ja', label: '日本語' },
  { lang: 'en', label: 'English' },
];

/** The two-button language switch in the header; Japanese first. */
export function LangSwitch() {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const setLang = useAppStore((s) => s.setLang);
  return (
    <div className="pill-switch" role="group" aria-label={t('app.language')}>
      {LANGS.map((l) => (
        <button
          key={l.lang}
          type="button"
          lang={l.lang}
          aria-pressed={lang === l.lang}
          onClick={() => setLang(l.lang)}
        >
          {l.label}
        </button>
      ))}
    </div>
  );
}
