import { describe, expect, it } from 'vitest';
import { createI18n } from './i18n.js';

describe('catalogues at run time', () => {
  it('format numbers and times per language', () => {
    const i18nJa = createI18n('ja');
    const i18nEn = createI18n('en');
    expect(i18nJa.t('time.seconds', { value: 12.345 })).toBe('12.3 秒');
    expect(i18nEn.t('time.seconds', { value: 1234.5 })).toBe('1,234.5 s');
    expect(i18nEn.t('time.ms', { value: 1210 })).toBe('1,210 ms');
  });
});
