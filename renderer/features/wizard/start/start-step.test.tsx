import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { App } from '../../../app/app.js';
import { selectStep } from '../../../store/selectors.js';
import { renderWithStore } from '../../../test/render-app.js';
import { createFakeApi } from '../../../../test/fixtures/renderer/fake-api.js';
import { REPORTS } from '../../../../test/fixtures/renderer/reports.js';

describe('start step', () => {
  it('says what SendCheck does in one sentence, focuses its heading, and leads to the address step', async () => {
    const { store } = renderWithStore(<App />, { api: createFakeApi({ report: REPORTS.ok }) });
    const heading = screen.getByRole('heading', {
      level: 1,
      name: 'メールが送れないときの原因を調べます',
    });
    expect(heading).toHaveFocus();
    expect(screen.getByText(/数秒で調べて/)).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'はじめる' }));
    expect(selectStep(store.getState())).toBe('address');
    expect(
      screen.getByRole('heading', { level: 1, name: 'あなたのメールアドレスを入力してください' }),
    ).toHaveFocus();
  });

  it('switches language from the header, Japanese first, and sets <html lang>', async () => {
    renderWithStore(<App />, { api: createFakeApi({ report: REPORTS.ok }) });
    const group = screen.getByRole('group', { name: '表示言語' });
    const buttons = group.querySelectorAll('button');
    expect([...buttons].map((b) => b.textContent)).toEqual(['日本語', 'English']);
    expect(screen.getByRole('button', { name: '日本語' })).toHaveAttribute('aria-pressed', 'true');
    await userEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(
      screen.getByRole('heading', { level: 1, name: 'Find out why your email won’t send' }),
    ).toBeVisible();
    expect(screen.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
    expect(document.documentElement.lang).toBe('en');
    expect(screen.getByRole('group', { name: 'Language' })).toBeVisible();
  });

  it('can be used with the keyboard alone', async () => {
    const { store } = renderWithStore(<App />, { api: createFakeApi({ report: REPORTS.ok }) });
    // From the focused heading, Tab goes to the main way in (reading the mail program) first, then
    // to its "no", then to Start; Shift+Tab from the first reaches the language switch.
    await userEvent.tab();
    expect(screen.getByRole('button', { name: '読み取ってよい' })).toHaveFocus();
    await userEvent.tab({ shift: true });
    expect(screen.getByRole('button', { name: 'English' })).toHaveFocus();
    await userEvent.tab();
    await userEvent.tab();
    await userEvent.tab();
    expect(screen.getByRole('button', { name: 'はじめる' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(selectStep(store.getState())).toBe('address');
  });
});
