/**
 * Where a customer whose mail still does not send can turn: the provider's own help page for its
 * mail (and a phone number only where the provider's own published page gives one), for the big
 * Japanese ISPs and mail services in the provider data. Each entry names the page it comes from
 * and the day that page was read; nothing here is guessed. A provider without such a page is
 * simply absent, and the screen then says in general words whom to ask.
 *
 * Looked up by the address's own domain and its parents (`taro@bird.ocn.ne.jp` → `ocn.ne.jp`), never
 * through MX hosts: a custom domain hosted at a big mail service is supported by whoever runs the
 * domain, not by the service's public help pages.
 */
import { walkDomain } from './lookup.js';

/** A phone number the provider itself publishes, with the page that gives it. */
export interface SupportPhone {
  number: string;
  /** The provider's own page that publishes this number. */
  sourceUrl: string;
}

/** One provider's help for mail, from its own pages. */
export interface ProviderSupport {
  /** The provider's id in providers.json (checked by support.test.ts). */
  providerId: string;
  /** The provider's name as the customer knows it, in each language. */
  name: { ja: string; en: string };
  /** The address domains this help is for (lower case ASCII); sub-domains are found by parents. */
  domains: string[];
  /** The provider's own help page for its mail (how to set up, what to do when sending fails). */
  page: string;
  /** Only where a page of the provider's own publishes it. */
  phone?: SupportPhone;
  /** The page the fields above were read from (usually the page itself). */
  sourceUrl: string;
  /** The day (YYYY-MM-DD) the source was read. */
  checked: string;
  /** What a reader must know: what the page is, what was not found. */
  notes: string;
}

const CHECKED = '2026-12-07';

/** The entries, one per provider. support.test.ts checks each has its source and date. */
export const PROVIDER_SUPPORT: readonly ProviderSupport[] = [
  {
    providerId: 'ocn.ne.jp',
    name: { ja: 'OCN', en: 'OCN' },
    domains: ['ocn.ne.jp', 'dream.com'],
    page: 'https://support.ocn.ne.jp/personal/purpose/detail/pid2990024033',
    sourceUrl: 'https://support.ocn.ne.jp/personal/purpose/detail/pid2990024033',
    checked: CHECKED,
    notes:
      'OCN お客さまサポート: what to do with mail errors ("メールで困ったときは?"), with links to the error-number pages. No phone number was found on a stored OCN page.',
  },
  {
    providerId: 'biglobe.ne.jp',
    name: { ja: 'BIGLOBE', en: 'BIGLOBE' },
    domains: ['biglobe.ne.jp'],
    page: 'https://faq.support.biglobe.ne.jp/faq_detail.html?faq_category=1357&faq_id=20845',
    sourceUrl: 'https://faq.support.biglobe.ne.jp/faq_detail.html?faq_category=1357&faq_id=20845',
    checked: CHECKED,
    notes:
      'BIGLOBE 会員サポート FAQ "BIGLOBEメールの仕様や利用するための設定値を知りたい" (settings for mail programs, the BIGLOBE password, Webmail). No phone number was found on a stored BIGLOBE page.',
  },
  {
    providerId: 'nifty.com',
    name: { ja: '@nifty', en: '@nifty' },
    domains: ['nifty.com'],
    page: 'http://www.nifty.com/antispam/tackle1.htm',
    sourceUrl: 'http://www.nifty.com/antispam/tackle1.htm',
    checked: CHECKED,
    notes:
      "@nifty's page on 25番ポートブロック (Outbound Port25 Blocking): who is affected and what to change. The stored copy is served over http. No phone number was found on a stored @nifty page.",
  },
  {
    providerId: 'so-net.ne.jp',
    name: { ja: 'So-net', en: 'So-net' },
    domains: ['so-net.ne.jp'],
    page: 'https://support.so-net.ne.jp/supportsitedetailpage?id=000012544',
    sourceUrl: 'https://support.so-net.ne.jp/supportsitedetailpage?id=000012544',
    checked: CHECKED,
    notes:
      'So-net 会員サポート "メールの送信ができない" (returned mail: causes and what to do). No phone number was found on a stored So-net page.',
  },
  {
    providerId: 'plala.or.jp',
    name: { ja: 'ぷらら', en: 'Plala' },
    domains: ['plala.or.jp'],
    page: 'https://www.plala.or.jp/support/manual/mail/webmail/oldtype/help/',
    sourceUrl: 'https://www.plala.or.jp/support/manual/mail/webmail/oldtype/help/',
    checked: CHECKED,
    notes:
      "plala's support manual for its Webmail (how to sign in with the mail address and send): the only stored plala support page about its mail. No phone number was found on a stored plala page.",
  },
  {
    providerId: 'auone-net.jp',
    name: { ja: 'au one net', en: 'au one net' },
    domains: ['auone-net.jp'],
    page: 'https://au.com/support/service/internet/security/anti-spam/submission-port',
    sourceUrl: 'https://au.com/support/service/internet/security/anti-spam/submission-port',
    checked: CHECKED,
    notes:
      "au's support page on SMTP authentication (submission port, SSL/TLS) for au one net mail. No phone number was found on a stored au page.",
  },
  {
    providerId: 'dion.ne.jp',
    name: { ja: 'au one net（DION）', en: 'au one net (DION)' },
    domains: ['dion.ne.jp'],
    page: 'https://au.com/support/service/internet/security/anti-spam/submission-port',
    sourceUrl: 'https://au.com/support/service/internet/security/anti-spam/submission-port',
    checked: CHECKED,
    notes:
      "The same au page covers the dion.ne.jp addresses (msa. servers by the address's sub-domain). No phone number was found on a stored au page.",
  },
  {
    providerId: 'jcom.zaq.ne.jp',
    name: { ja: 'J:COM NET', en: 'J:COM NET' },
    domains: ['jcom.zaq.ne.jp'],
    page: 'http://support.zaq.ne.jp/cs/mail/ml_mailservice_summary.html',
    sourceUrl: 'http://support.zaq.ne.jp/cs/mail/ml_mailservice_summary.html',
    checked: CHECKED,
    notes:
      'J:COM NET サポート, メールサービス概要 (servers, ports, WebMail for every address). The stored copy is served over http. No phone number was found on a stored J:COM page.',
  },
  {
    providerId: 'asahi-net.or.jp',
    name: { ja: 'ASAHIネット', en: 'ASAHI Net' },
    domains: ['asahi-net.or.jp', 'asahinet.jp', 'my.email.ne.jp'],
    page: 'http://asahi-net.jp/support/guide/mail/0600.html',
    sourceUrl: 'http://asahi-net.jp/support/guide/mail/0600.html',
    checked: CHECKED,
    notes:
      "ASAHIネット support guide for mail programs (the same page the provider data's settings come from). No phone number was found on a stored ASAHIネット page.",
  },
  {
    providerId: 'docomo.ne.jp',
    name: { ja: 'ドコモメール', en: 'docomo mail' },
    domains: ['docomo.ne.jp'],
    page: 'https://www.nttdocomo.co.jp/service/docomo_mail/security/index.html',
    sourceUrl: 'https://www.nttdocomo.co.jp/service/docomo_mail/security/index.html',
    checked: CHECKED,
    notes:
      "docomo's page on using docomo mail from other apps (the IMAP-only password). No phone number was found on a stored docomo page.",
  },
  {
    providerId: 'googlemail.com',
    name: { ja: 'Gmail', en: 'Gmail' },
    domains: ['gmail.com', 'googlemail.com'],
    page: 'https://knowledge.workspace.google.com/kb/how-to-create-app-passwords-000009237',
    sourceUrl: 'https://knowledge.workspace.google.com/kb/how-to-create-app-passwords-000009237',
    checked: CHECKED,
    notes:
      'Google\'s help page on app passwords, which a mail program that cannot use "Sign in with Google" needs. Google publishes no phone support for Gmail that a stored page gives.',
  },
  {
    providerId: 'hotmail.com',
    name: { ja: 'Outlook.com', en: 'Outlook.com' },
    domains: [
      'hotmail.com',
      'hotmail.co.jp',
      'outlook.com',
      'outlook.jp',
      'live.com',
      'live.jp',
      'live.co.jp',
    ],
    page: 'https://support.microsoft.com/en-us/office/pop-imap-and-smtp-settings-8361e398-8af4-4e97-b147-6c6c4ac95353',
    sourceUrl:
      'https://support.microsoft.com/en-us/office/pop-imap-and-smtp-settings-8361e398-8af4-4e97-b147-6c6c4ac95353',
    checked: CHECKED,
    notes:
      'Microsoft\'s support page "POP, IMAP, and SMTP settings for Outlook.com" (OAuth2 only for SMTP). No phone number was found on a stored Microsoft page.',
  },
  {
    providerId: 'yahoo.com',
    name: { ja: 'Yahoo Mail（yahoo.com）', en: 'Yahoo Mail (yahoo.com)' },
    domains: ['yahoo.com'],
    page: 'https://help.yahoo.com/kb/generate-manage-rd-party-passwords-sln15241.html',
    sourceUrl: 'https://help.yahoo.com/kb/generate-manage-rd-party-passwords-sln15241.html',
    checked: CHECKED,
    notes:
      'Yahoo Help on app passwords for mail programs. This is yahoo.com, not Yahoo! JAPAN (yahoo.co.jp), for which no stored help page about mail programs was found. No phone number was found on a stored Yahoo page.',
  },
];

/** The provider's name in a language of the app (Japanese unless English). */
export function supportName(support: ProviderSupport, lang: string): string {
  return lang === 'en' ? support.name.en : support.name.ja;
}

/** The help for an address's domain: the domain itself, then its parents; null when none is known. */
export function supportForDomain(
  domain: string,
  entries: readonly ProviderSupport[] = PROVIDER_SUPPORT,
): ProviderSupport | null {
  for (const name of walkDomain(domain)) {
    const hit = entries.find((e) => e.domains.includes(name));
    if (hit) return hit;
  }
  return null;
}
