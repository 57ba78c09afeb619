import { describe, expect, it } from 'vitest';
import { createTranslator } from './i18n/i18next-options.js';
import { aboutLines, collectAboutFacts, providerDataFacts } from './about-facts.js';
import data from './providers/providers.json' with { type: 'json' };

const ELECTRON = { node: '22.20.0', electron: '41.7.1', chrome: '146.0.7680.80' };

describe('collectAboutFacts', () => {
  it('states the version, the runtime and the provider data’s date, source and licence', () => {
    const facts = collectAboutFacts('0.1.0', ELECTRON);
    expect(facts).toMatchObject({
      name: 'SendCheck',
      version: '0.1.0',
      runtime: { node: '22.20.0', electron: '41.7.1', chromium: '146.0.7680.80' },
      providerDataLicenceUrl: 'https://mozilla.org/MPL/2.0/',
    });
    expect(facts.providerData).toEqual(providerDataFacts());
    expect(facts.providerData.ispdbCommit).toBe(data.source.commit);
    expect(facts.providerData.ispdbDate).toBe(data.source.date);
    expect(facts.providerData.ispdbLicense).toBe('MPL-2.0');
    expect(facts.providerDataSourceUrl).toBe(
      `https://github.com/thunderbird/autoconfig/tree/${data.source.commit}/ispdb`,
    );
  });

  it('leaves Electron and Chromium out under plain Node (the command line)', () => {
    expect(collectAboutFacts('0.1.0', { node: '22.1.0' }).runtime).toEqual({ node: '22.1.0' });
  });
});

describe('aboutLines', () => {
  it.each(['ja', 'en'] as const)(
    'says every fact in whole %s sentences, nothing left unfilled',
    (lang) => {
      const facts = collectAboutFacts('0.1.0', ELECTRON);
      const lines = aboutLines(facts, createTranslator(lang));
      const text = lines.join('\n');
      for (const fact of [
        '0.1.0',
        '41.7.1',
        '146.0.7680.80',
        '22.20.0',
        facts.providerData.ispdbCommit,
        facts.providerData.ispdbDate,
        facts.providerData.generatedAt,
        String(facts.providerData.entries),
        'MPL-2.0',
        'https://mozilla.org/MPL/2.0/',
        facts.providerDataSourceUrl,
      ])
        expect(text, fact).toContain(fact);
      expect(text).not.toMatch(/\{\{|\}\}|about\./);
      if (lang === 'ja') expect(text).not.toMatch(/）ます|ずます|なくます/);
    },
  );

  it('says "Node.js" only, without the Electron sentences, for the command line', () => {
    const lines = aboutLines(
      collectAboutFacts('0.1.0', { node: '22.1.0' }),
      createTranslator('en'),
    );
    expect(lines.join('\n')).toContain('Node.js 22.1.0');
    expect(lines.join('\n')).not.toMatch(/Electron|Chromium/);
  });
});
