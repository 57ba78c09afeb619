import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { createFakeApi } from '../../test/fixtures/renderer/fake-api.js';
import { REPORTS } from '../../test/fixtures/renderer/reports.js';
import { renderWithStore } from '../test/render-app.js';
import { App } from './app.js';
import { bindTextSize, storedTextSize, TEXT_SIZE_KEY } from './text-size.js';

/** The root font size the page is laid out with, in px. */
function rootPx(): number {
  return parseFloat(getComputedStyle(document.documentElement).fontSize);
}

/** Starts the app the way main.tsx does: the size remembered in localStorage, bound to the page. */
function start(lang: 'ja' | 'en' = 'ja') {
  const rendered = renderWithStore(<App />, {
    api: createFakeApi({ report: REPORTS.ok }),
    lang,
    textSize: storedTextSize(localStorage),
  });
  const unbind = bindTextSize(rendered.store, document, localStorage);
  return { ...rendered, unbind };
}

afterEach(() => {
  localStorage.removeItem(TEXT_SIZE_KEY);
  delete document.documentElement.dataset['textSize'];
});

describe('the header’s text size switch (文字サイズ：標準｜大)', () => {
  it('is a labelled group of two pressed-state buttons, standard pressed at first start', () => {
    start();
    const group = screen.getByRole('group', { name: '文字サイズ' });
    const standard = within(group).getByRole('button', { name: '標準' });
    const large = within(group).getByRole('button', { name: '大' });
    expect(standard).toHaveAttribute('aria-pressed', 'true');
    expect(large).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByText('文字サイズ')).toBeVisible();
    expect(rootPx()).toBe(16);
  });

  it('makes the root font 125% on 大, so every screen’s text and controls grow, and back on 標準', async () => {
    start();
    const heading = screen.getByRole('heading', { level: 1 });
    const before = parseFloat(getComputedStyle(heading).fontSize);
    const startButton = screen.getByRole('button', { name: 'はじめる' });
    const buttonBefore = startButton.getBoundingClientRect().height;
    await userEvent.click(screen.getByRole('button', { name: '大' }));
    expect(screen.getByRole('button', { name: '大' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: '標準' })).toHaveAttribute('aria-pressed', 'false');
    expect(rootPx()).toBe(20);
    expect(parseFloat(getComputedStyle(heading).fontSize)).toBeCloseTo(before * 1.25, 1);
    expect(startButton.getBoundingClientRect().height).toBeGreaterThan(buttonBefore);
    await userEvent.click(screen.getByRole('button', { name: '標準' }));
    expect(rootPx()).toBe(16);
    expect(parseFloat(getComputedStyle(heading).fontSize)).toBeCloseTo(before, 1);
  });

  it('is remembered across starts, and only what the user picked is written', async () => {
    const first = start();
    expect(localStorage.getItem(TEXT_SIZE_KEY)).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: '大' }));
    expect(localStorage.getItem(TEXT_SIZE_KEY)).toBe('large');
    first.unbind();
    cleanup();
    delete document.documentElement.dataset['textSize'];
    expect(rootPx()).toBe(16);

    const second = start();
    expect(screen.getByRole('button', { name: '大' })).toHaveAttribute('aria-pressed', 'true');
    expect(rootPx()).toBe(20);
    await userEvent.click(screen.getByRole('button', { name: '標準' }));
    expect(localStorage.getItem(TEXT_SIZE_KEY)).toBe('standard');
    second.unbind();
    cleanup();
    start();
    expect(screen.getByRole('button', { name: '標準' })).toHaveAttribute('aria-pressed', 'true');
    expect(rootPx()).toBe(16);
  });

  it('speaks English in English', async () => {
    start('en');
    const group = screen.getByRole('group', { name: 'Text size' });
    await userEvent.click(within(group).getByRole('button', { name: 'Large' }));
    expect(within(group).getByRole('button', { name: 'Standard' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
    expect(rootPx()).toBe(20);
  });
});

describe('storedTextSize and bindTextSize', () => {
  it('start at standard size from nothing, a strange value or a storage that throws', () => {
    expect(storedTextSize(undefined)).toBe('standard');
    expect(storedTextSize({ getItem: () => null })).toBe('standard');
    expect(storedTextSize({ getItem: () => 'huge' })).toBe('standard');
    expect(storedTextSize({ getItem: () => 'large' })).toBe('large');
    const throwing = {
      getItem: (): string | null => {
        throw new Error('SecurityError');
      },
    };
    expect(storedTextSize(throwing)).toBe('standard');
  });

  it('switch the size even when the storage refuses to write', () => {
    const { store } = renderWithStore(<App />, { api: createFakeApi({ report: REPORTS.ok }) });
    const refusing = {
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    bindTextSize(store, document, refusing);
    store.getState().setTextSize('large');
    expect(rootPx()).toBe(20);
  });
});
