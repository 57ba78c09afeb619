/**
 * "About SendCheck" in Japanese: what the app is, what it runs on, where its provider data comes
 * from and under which licences. Used by the About box (electron/about.ts) and by anything that
 * prints the same facts (shared/about-facts.ts aboutLines).
 */
export const about = {
  title: '{{name}} について',
  heading: '{{name}} {{version}}',
  description: 'メールが送れない原因を調べて、直し方を案内します。',
  runtime: 'Electron {{electron}}（Chromium {{chromium}}、Node.js {{node}}）で動いています。',
  runtimeNode: 'Node.js {{node}} で動いています。',
  providerData:
    'メールサービスの設定データは {{generatedAt}} 時点のものです。Thunderbird の ISPDB（{{repository}} の {{date}} のコミット {{commit}}）をもとにしていて、{{entries}} 件のサービスを収めています。',
  handKept:
    'そのうち {{n}} 件は、各社が公開している案内をもとに手で補いました（{{checked}} に確認）。',
  providerLicence:
    'この設定データは Mozilla Public License 2.0（MPL-2.0）のもとで配布しています。ライセンスの全文は {{licenceUrl}} で、もとのデータは {{sourceUrl}} で読めます。',
  runtimeLicence:
    'Electron と Chromium のライセンスは、アプリと一緒に入っている LICENSE.electron.txt と LICENSES.chromium.html に書かれています。',
  ok: 'OK',
} as const;
