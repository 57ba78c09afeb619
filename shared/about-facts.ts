/**
 * The facts an "About SendCheck" box shows, and that saved reports and support text repeat: the
 * app's version, what it runs on, and the provider data's date, source and licence. Pure: the
 * caller passes in the version and process.versions (Electron's main process, or plain Node for
 * the command line), so every side states the same facts in the same words.
 */
import { providerDataFacts, type ProviderDataFacts } from './providers/index.js';

export { providerDataFacts, type ProviderDataFacts } from './providers/index.js';

/** The provider data's licence (MPL-2.0), where to read it, and where its source form is. */
export const PROVIDER_DATA_LICENCE = {
  spdx: 'MPL-2.0',
  url: 'https://mozilla.org/MPL/2.0/',
} as const;

/** Versions of what runs the app; Electron and Chromium only inside the desktop app. */
export interface RuntimeVersions {
  node: string;
  electron?: string;
  chromium?: string;
}

/** Everything the About box says, as data. */
export interface AboutFacts {
  name: string;
  version: string;
  runtime: RuntimeVersions;
  providerData: ProviderDataFacts;
  /** Where the ISPDB files the data was converted from can be read (MPL-2.0's "Source Code Form"). */
  providerDataSourceUrl: string;
  providerDataLicenceUrl: string;
}

/** The ISPDB folder at the converted commit, on GitHub. */
export function providerDataSourceUrl(facts: ProviderDataFacts): string {
  const repo = facts.ispdbRepository || 'thunderbird/autoconfig';
  return facts.ispdbCommit
    ? `https://github.com/${repo}/tree/${facts.ispdbCommit}/ispdb`
    : `https://github.com/${repo}`;
}

/** Collects the facts from the app's version and the runtime's process.versions. */
export function collectAboutFacts(
  version: string,
  versions: Readonly<Record<string, string | undefined>>,
): AboutFacts {
  const runtime: RuntimeVersions = { node: versions['node'] ?? 'unknown' };
  if (versions['electron']) runtime.electron = versions['electron'];
  if (versions['chrome']) runtime.chromium = versions['chrome'];
  const providerData = providerDataFacts();
  return {
    name: 'SendCheck',
    version,
    runtime,
    providerData,
    providerDataSourceUrl: providerDataSourceUrl(providerData),
    providerDataLicenceUrl: PROVIDER_DATA_LICENCE.url,
  };
}

/** A translate function over the catalogue's `about` section (i18next's t fits). */
export type AboutTranslate = (key: string, values?: Record<string, unknown>) => string;

/**
 * The facts as whole sentences from the catalogue's `about` section, in reading order: heading,
 * description, runtime, provider data (and its hand-kept part), its licence, the runtime's licences.
 */
export function aboutLines(facts: AboutFacts, t: AboutTranslate): string[] {
  const p = facts.providerData;
  const { electron, chromium, node } = facts.runtime;
  const lines = [
    t('about.heading', { name: facts.name, version: facts.version }),
    t('about.description'),
    electron && chromium
      ? t('about.runtime', { electron, chromium, node })
      : t('about.runtimeNode', { node }),
    t('about.providerData', {
      generatedAt: p.generatedAt,
      repository: p.ispdbRepository,
      date: p.ispdbDate,
      commit: p.ispdbCommit,
      entries: p.entries,
    }),
  ];
  if (p.handKeptEntries > 0 && p.handKeptChecked)
    lines.push(t('about.handKept', { n: p.handKeptEntries, checked: p.handKeptChecked }));
  lines.push(
    t('about.providerLicence', {
      licenceUrl: facts.providerDataLicenceUrl,
      sourceUrl: facts.providerDataSourceUrl,
    }),
  );
  if (electron) lines.push(t('about.runtimeLicence'));
  return lines;
}
