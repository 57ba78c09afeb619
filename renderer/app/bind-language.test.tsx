import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { IpcResponse, IpcResult } from '../../shared/ipc-contract.js';
import type { SendCheckApi } from '../../shared/ipc-methods.js';
import { createFakeApi } from '../../test/fixtures/renderer/fake-api.js';
import { REPORTS } from '../../test/fixtures/renderer/reports.js';
import { createI18n } from '../i18n/i18n.js';
import { createAppStore } from '../store/app-store.js';
import { renderWithStore } from '../test/render-app.js';
import { bindLanguage, rememberLanguage, startLanguage } from './bind-language.js';
import { LangSwitch } from './lang-switch.js';

type LanguageAnswer = IpcResult<IpcResponse<'settings:language'>>;

/** A bridge whose language channel answers as main would, recording what it is told. */
function withLanguage(answer: LanguageAnswer) {
  const told: unknown[] = [];
  const language = vi.fn(async (req: { lang?: 'ja' | 'en' }) => {
    told.push(req);
    return answer;
  });
  return { api: { language } satisfies Pick<SendCheckApi, 'language'>, told };
}

describe('startLanguage', () => {
  it('starts in the language the user chose before, whatever the OS says', async () => {
    const { api } = withLanguage({ ok: true, value: { lang: 'en', source: 'saved' } });
    expect(await startLanguage(api, ['ja-JP'])).toBe('en');
  });

  it('follows the OS through the one policy when the bridge cannot tell', async () => {
    expect(await startLanguage({}, ['ja-JP', 'en-US'])).toBe('ja');
    expect(await startLanguage({}, ['de-DE'])).toBe('en');
    expect(await startLanguage({}, [])).toBe('en');
    const failing = withLanguage({ ok: false, code: 'internal', message: 'x' });
    expect(await startLanguage(failing.api, ['ja'])).toBe('ja');
    const throwing = { language: async () => Promise.reject(new Error('gone')) };
    expect(await startLanguage(throwing, ['en-GB'])).toBe('en');
  });
});

describe('bindLanguage with rememberLanguage', () => {
  it('tells the main process the language the user switched to, and only then', async () => {
    const { api, told } = withLanguage({ ok: true, value: { lang: 'en', source: 'saved' } });
    const store = createAppStore({ api: createFakeApi({ report: REPORTS.ok }), lang: 'ja' });
    const i18n = createI18n('ja');
    bindLanguage(store, i18n, document, rememberLanguage(api));
    expect(told).toEqual([]);
    store.getState().setLang('en');
    expect(told).toEqual([{ lang: 'en' }]);
    expect(i18n.language).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    store.getState().setLang('en');
    expect(told).toHaveLength(1);
  });

  it('is what the header’s language buttons end in', async () => {
    const { store } = renderWithStore(<LangSwitch />, {
      api: createFakeApi({ report: REPORTS.ok }),
    });
    const remember = vi.fn();
    bindLanguage(store, createI18n('ja'), document, remember);
    await userEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(remember).toHaveBeenCalledWith('en');
  });
});
