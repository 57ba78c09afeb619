import type { Widen } from '../catalogue.js';
import type { about as jaAbout } from '../ja/about.js';

/** "About SendCheck" in English: the same keys as ja/about.ts. */
export const about: Widen<typeof jaAbout> = {
  title: 'About {{name}}',
  heading: '{{name}} {{version}}',
  description: 'Finds out why your email won’t send, and tells you what to change.',
  runtime: 'Runs on Electron {{electron}} (Chromium {{chromium}}, Node.js {{node}}).',
  runtimeNode: 'Runs on Node.js {{node}}.',
  providerData:
    'The mail provider settings are as of {{generatedAt}}: {{entries}} services, based on Thunderbird’s ISPDB ({{repository}}, commit {{commit}} of {{date}}).',
  handKept:
    '{{n}} of them were added or corrected by hand from the providers’ own pages (checked on {{checked}}).',
  providerLicence:
    'These settings are distributed under the Mozilla Public License 2.0 (MPL-2.0). Read the licence at {{licenceUrl}} and the original data at {{sourceUrl}}.',
  runtimeLicence:
    'The licences of Electron and Chromium are in LICENSE.electron.txt and LICENSES.chromium.html, which come with the app.',
  ok: 'OK',
};
