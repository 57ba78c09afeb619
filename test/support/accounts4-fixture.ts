/**
 * The SQL that builds a current-macOS account store (~/Library/Accounts/Accounts4.sqlite) for the
 * fixtures: tables and columns as published, every property value an NSKeyedArchiver archive made
 * by the project's own writer (test/support/bplist-writer.ts). The values (names, hosts, UUIDs)
 * are made up. Sources, table by table:
 *   Z_PRIMARYKEY   Core Data's entity table; mac_apt's inetaccounts.py reads Z_NAME = 'Account' from it.
 *   ZACCOUNTTYPE   the DDL of plaso's macos_accounts parser (plaso/parsers/sqlite_plugins/macos_accounts.py).
 *   ZACCOUNT       the same DDL (ZPARENTACCOUNT is VARCHAR there; Core Data stores the parent's Z_PK).
 *   ZACCOUNTPROPERTY  the columns Accounts4Fixer (n-miyo, AccountManager.swift) reads and writes:
 *                  Z_PK, Z_ENT, Z_OPT, ZOWNER, ZKEY, ZVALUE; the types are Core Data's usual ones.
 * Type identifiers (com.apple.account.IMAP / POP / SMTP / Google / Exchange) and property keys
 * (Hostname, PortNumber, SSLEnabled, SSLIsDirect, ShouldUseAuthentication, SendingAccountIdentifier,
 * EmailAliases, IdentityEmailAddress, ACPropertyFullName) as Accounts4Fixer and Apple's shared
 * iOS/macOS mail code name them; PortNumber written as text on one server, as Accounts4Fixer saw.
 */
import { keyedArchive, type ArchivableValue } from './bplist-writer.js';

/** The DDL, one statement per table. */
export const ACCOUNTS4_SCHEMA = [
  'CREATE TABLE Z_PRIMARYKEY (Z_ENT INTEGER PRIMARY KEY, Z_NAME VARCHAR, Z_SUPER INTEGER, Z_MAX INTEGER)',
  'CREATE TABLE ZACCOUNTTYPE ( Z_PK INTEGER PRIMARY KEY, Z_ENT INTEGER, Z_OPT INTEGER, ZSUPPORTSAUTHENTICATION INTEGER, ZSUPPORTSMULTIPLEACCOUNTS INTEGER, ZACCOUNTTYPEDESCRIPTION VARCHAR, ZIDENTIFIER VARCHAR )',
  'CREATE TABLE ZACCOUNT ( Z_PK INTEGER PRIMARY KEY, Z_ENT INTEGER, Z_OPT INTEGER, ZACCOUNTTYPE INTEGER, ZACTIVE INTEGER, ZAUTHENTICATED INTEGER, ZVISIBLE INTEGER, ZCREDENTIALTYPE INTEGER, ZAUTHENTICATIONTYPE INTEGER, ZACCOUNTDESCRIPTION VARCHAR, ZIDENTIFIER VARCHAR, ZOWNINGBUNDLEID VARCHAR, ZPARENTACCOUNT VARCHAR, ZUSERNAME VARCHAR, ZDATE TIMESTAMP, ZLASTCREDENTIALRENEWALREJECTIONDATE TIMESTAMP )',
  'CREATE TABLE ZACCOUNTPROPERTY ( Z_PK INTEGER PRIMARY KEY, Z_ENT INTEGER, Z_OPT INTEGER, ZOWNER INTEGER, ZKEY VARCHAR, ZVALUE BLOB )',
];

/** One account row of the fixture. */
export interface FixtureAccount {
  pk: number;
  type: string;
  identifier: string;
  description: string | null;
  username: string | null;
  parent?: number;
  props?: Record<string, ArchivableValue | Uint8Array>;
}

const TYPES: [number, string, string][] = [
  [1, 'IMAP', 'com.apple.account.IMAP'],
  [2, 'SMTP', 'com.apple.account.SMTP'],
  [3, 'POP', 'com.apple.account.POP'],
  [4, 'Google', 'com.apple.account.Google'],
  [5, 'Exchange', 'com.apple.account.Exchange'],
];

/** UUIDs of the fixture's accounts (ZACCOUNT.ZIDENTIFIER). */
export const UUID = {
  workImap: '8F2C4A10-6B1D-4E8A-9C3F-0A1B2C3D4E01',
  workSmtp: '1B7E9D20-3C4F-4A5B-8D6E-0A1B2C3D4E02',
  ocnPop: '5A6B7C30-1D2E-4F3A-9B8C-0A1B2C3D4E03',
  ocnSmtp: '2C3D4E40-5F6A-4B7C-8D9E-0A1B2C3D4E04',
  google: '9E8D7C50-6B5A-4F3E-8D2C-0A1B2C3D4E05',
  gmailImap: '3F4E5D60-7C8B-4A9F-8E1D-0A1B2C3D4E06',
  gmailSmtp: '4A5B6C70-8D9E-4F1A-9B2C-0A1B2C3D4E07',
  oldSmtp: '6C7D8E80-9F1A-4B2C-8D3E-0A1B2C3D4E08',
  exchange: '7D8E9F90-1A2B-4C3D-9E4F-0A1B2C3D4E09',
  lostImap: 'AE1F2A00-2B3C-4D4E-8F5A-0A1B2C3D4E10',
  newImap: 'BF2A3B10-3C4D-4E5F-9A6B-0A1B2C3D4E11',
  newSmtp: 'C03B4C20-4D5E-4F6A-8B7C-0A1B2C3D4E12',
} as const;

/** The accounts of the committed fixture: three mail accounts, a spare server, and the rest. */
export const FIXTURE_ACCOUNTS: FixtureAccount[] = [
  {
    pk: 10,
    type: 'com.apple.account.IMAP',
    identifier: UUID.workImap,
    description: '仕事',
    username: 'taro',
    props: {
      Hostname: 'imap.example.jp',
      PortNumber: 993,
      SSLEnabled: true,
      SendingAccountIdentifier: UUID.workSmtp,
      ACPropertyFullName: '山田 太郎',
      EmailAliases: [
        {
          DisplayName: '山田 太郎',
          EmailAddresses: [
            { EmailAddress: 'sales@example.jp', IsDefault: false, IsEnabled: true },
            { EmailAddress: 'taro@example.jp', IsDefault: true, IsEnabled: true },
          ],
          IsEnabled: true,
          IsPrimary: true,
        },
      ],
    },
  },
  {
    pk: 11,
    type: 'com.apple.account.SMTP',
    identifier: UUID.workSmtp,
    description: 'smtp.example.jp',
    username: 'taro',
    props: { Hostname: 'smtp.example.jp', PortNumber: '25', ShouldUseAuthentication: false },
  },
  {
    pk: 12,
    type: 'com.apple.account.POP',
    identifier: UUID.ocnPop,
    description: 'OCN',
    username: 'hanako@ocn.ne.jp',
    props: {
      Hostname: 'pop.ocn.ne.jp',
      SendingAccountIdentifier: UUID.ocnSmtp,
      IdentityEmailAddress: 'hanako@ocn.ne.jp',
      // Not an archive: one value that cannot be read must not cost the account.
      AllowsInsecureAuthentication: Uint8Array.from([0x62, 0x70, 0x6c, 0x69, 0x73, 0x74]),
    },
  },
  {
    pk: 13,
    type: 'com.apple.account.SMTP',
    identifier: UUID.ocnSmtp,
    description: 'OCN',
    username: 'hanako@ocn.ne.jp',
    props: {
      Hostname: 'smtpauth.ocn.ne.jp',
      PortNumber: 587,
      SSLEnabled: true,
      ShouldUseAuthentication: true,
    },
  },
  {
    pk: 20,
    type: 'com.apple.account.Google',
    identifier: UUID.google,
    description: 'Google',
    username: 'jiro@gmail.com',
  },
  {
    // A provider's child: no user name or description of its own (the parent holds them).
    pk: 21,
    type: 'com.apple.account.IMAP',
    identifier: UUID.gmailImap,
    description: null,
    username: null,
    parent: 20,
    props: { Hostname: 'imap.gmail.com', SendingAccountIdentifier: UUID.gmailSmtp },
  },
  {
    pk: 22,
    type: 'com.apple.account.SMTP',
    identifier: UUID.gmailSmtp,
    description: null,
    username: 'jiro@gmail.com',
    props: {
      Hostname: 'smtp.gmail.com',
      PortNumber: 465,
      SSLEnabled: true,
      SSLIsDirect: true,
      ShouldUseAuthentication: true,
    },
  },
  {
    // A server no account uses any more: no port, no TLS written (both defaults).
    pk: 30,
    type: 'com.apple.account.SMTP',
    identifier: UUID.oldSmtp,
    description: 'smtp.old-isp.ne.jp',
    username: null,
    props: { Hostname: 'smtp.old-isp.ne.jp' },
  },
  {
    pk: 40,
    type: 'com.apple.account.Exchange',
    identifier: UUID.exchange,
    description: 'Exchange',
    username: 'taro@corp.example.jp',
    props: { Hostname: 'outlook.office365.com' },
  },
  {
    // Its outgoing server is gone: nothing to show.
    pk: 50,
    type: 'com.apple.account.IMAP',
    identifier: UUID.lostImap,
    description: '消えたサーバー',
    username: 'lost@example.jp',
    props: {
      Hostname: 'imap.example.jp',
      SendingAccountIdentifier: UUID.workSmtp.replace('1B', 'FF'),
    },
  },
];

/** An account added after the last checkpoint: in the WAL fixture, it lives only in the -wal file. */
export const PENDING_ACCOUNTS: FixtureAccount[] = [
  {
    pk: 60,
    type: 'com.apple.account.IMAP',
    identifier: UUID.newImap,
    description: '新しいアカウント',
    username: 'saburo@example.ne.jp',
    props: { Hostname: 'imap.example.ne.jp', SendingAccountIdentifier: UUID.newSmtp },
  },
  {
    pk: 61,
    type: 'com.apple.account.SMTP',
    identifier: UUID.newSmtp,
    description: 'smtp.example.ne.jp',
    username: 'saburo@example.ne.jp',
    props: {
      Hostname: 'smtp.example.ne.jp',
      PortNumber: 587,
      SSLEnabled: true,
      ShouldUseAuthentication: true,
    },
  },
];

const quote = (s: string | null | undefined): string =>
  s === null || s === undefined ? 'NULL' : `'${s.replace(/'/g, "''")}'`;
const blob = (b: Uint8Array): string => `X'${Buffer.from(b).toString('hex')}'`;

/** INSERT statements for accounts and their properties (numbered from firstPropertyPk). */
export function accountInserts(accounts: FixtureAccount[], firstPropertyPk = 1): string[] {
  const out: string[] = [];
  let nextProperty = firstPropertyPk;
  for (const a of accounts) {
    const type = TYPES.find((t) => t[2] === a.type)?.[0] ?? 0;
    out.push(
      `INSERT INTO ZACCOUNT (Z_PK, Z_ENT, Z_OPT, ZACCOUNTTYPE, ZACTIVE, ZVISIBLE, ZACCOUNTDESCRIPTION, ZIDENTIFIER, ZPARENTACCOUNT, ZUSERNAME, ZDATE) VALUES (${a.pk}, 1, 1, ${type}, 1, 1, ${quote(a.description)}, ${quote(a.identifier)}, ${a.parent ?? 'NULL'}, ${quote(a.username)}, 786240000)`,
    );
    for (const [key, value] of Object.entries(a.props ?? {})) {
      const bytes = value instanceof Uint8Array ? value : keyedArchive(value);
      out.push(
        `INSERT INTO ZACCOUNTPROPERTY (Z_PK, Z_ENT, Z_OPT, ZOWNER, ZKEY, ZVALUE) VALUES (${nextProperty++}, 3, 1, ${a.pk}, ${quote(key)}, ${blob(bytes)})`,
      );
    }
  }
  return out;
}

/** The whole fixture as SQL: schema, entity table, types and accounts. */
export function accounts4Sql(accounts: FixtureAccount[] = FIXTURE_ACCOUNTS): string {
  const statements = [
    ...ACCOUNTS4_SCHEMA,
    "INSERT INTO Z_PRIMARYKEY VALUES (1, 'Account', 0, 61), (2, 'AccountType', 0, 5), (3, 'AccountProperty', 0, 200)",
    ...TYPES.map(
      ([pk, label, id]) =>
        `INSERT INTO ZACCOUNTTYPE (Z_PK, Z_ENT, Z_OPT, ZSUPPORTSAUTHENTICATION, ZSUPPORTSMULTIPLEACCOUNTS, ZACCOUNTTYPEDESCRIPTION, ZIDENTIFIER) VALUES (${pk}, 2, 1, 1, 1, ${quote(label)}, ${quote(id)})`,
    ),
    ...accountInserts(accounts),
  ];
  return `${statements.join(';\n')};\n`;
}
