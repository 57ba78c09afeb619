import { describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({
  app: { getVersion: () => '0.1.0' },
  dialog: { showMessageBox: vi.fn(async () => ({ response: 0 })) },
}));
vi.mock('electron', () => electron);

const { aboutFacts, aboutMessageBox, showAbout } = await import('./about.js');

describe('About SendCheck', () => {
  it('takes the versions from the app and the running process', () => {
    const facts = aboutFacts();
    expect(facts.version).toBe('0.1.0');
    expect(facts.runtime.node).toBe(process.versions.node);
  });

  it('shows the version as its message and every other fact in its detail, in both languages', () => {
    const facts = {
      ...aboutFacts(),
      runtime: { node: '22.20.0', electron: '41.7.1', chromium: '146.0.7680.80' },
    };
    const ja = aboutMessageBox(facts, 'ja');
    expect(ja).toMatchObject({
      title: 'SendCheck について',
      message: 'SendCheck 0.1.0',
      buttons: ['OK'],
    });
    expect(ja.detail).toContain('Electron 41.7.1（Chromium 146.0.7680.80、Node.js 22.20.0）');
    expect(ja.detail).toContain('Mozilla Public License 2.0');
    const en = aboutMessageBox(facts, 'en');
    expect(en.title).toBe('About SendCheck');
    expect(en.detail).toContain(
      'Runs on Electron 41.7.1 (Chromium 146.0.7680.80, Node.js 22.20.0).',
    );
    expect(en.detail).toContain(facts.providerData.ispdbCommit);
  });

  it('opens a native message box', () => {
    showAbout('en');
    expect(electron.dialog.showMessageBox).toHaveBeenCalledWith(
      expect.objectContaining({ type: 'info', title: 'About SendCheck' }),
    );
  });
});
