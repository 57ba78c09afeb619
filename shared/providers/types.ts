/**
 * The provider data's shapes (providers.json, the hand-kept entries, the look-up's answers), below
 * every module that reads or checks them, so that none of those modules imports another's types.
 */
/** How a connection is secured: plain text, STARTTLS after connect, or TLS from the first byte. */
export type SocketType = 'plain' | 'starttls' | 'tls';

/** One outgoing (SMTP) server as the database lists it. */
export interface ProviderServer {
  /** Lower case; may hold %EMAILDOMAIN% (see expandHost). */
  hostname: string;
  port: number;
  socketType: SocketType;
  /** Template such as '%EMAILADDRESS%' or '%EMAILLOCALPART%' (see expandUsername), or ISP_USER_ID. */
  username: string;
  /** As in the source, e.g. 'password-cleartext', 'OAuth2', 'client-IP-address'. */
  authentication: string[];
  /** The server only serves clients on the provider's own network. */
  restriction?: 'client-ip';
  /** Port 25, a plain socket, or IP-based/smtp-after-pop/no auth: works only on that ISP's own network. */
  insideIspOnly: boolean;
}

/** Whether the provider lets mail programs sign in with an app-specific password. */
export type AppPasswordStatus = 'available' | 'required' | 'none' | 'unknown';

/** What the provider publishes about app passwords, and where. */
export interface AppPasswordInfo {
  status: AppPasswordStatus;
  /** The provider's page that says so. */
  sourceUrl?: string;
}

/** Whose data an entry is: the ISPDB's, the project's own, or the ISPDB's amended by our own. */
export type ProviderOrigin = 'ispdb' | 'own' | 'ispdb+own';

/** One provider: the domains it hosts and its outgoing servers in the database's order. */
export interface Provider {
  /** The ISPDB file's name without .xml, or the hand-kept entry's id (unique). */
  id: string;
  displayName: string;
  /** Lower case ASCII, sorted. */
  domains: string[];
  /** May be empty for an own entry whose provider publishes no settings we could find. */
  outgoing: ProviderServer[];
  /** Absent in older files: read as 'ispdb'. */
  origin?: ProviderOrigin;
  /** The provider's own pages our fields come from (own and amended entries). */
  sourceUrls?: string[];
  /** The date (YYYY-MM-DD) our fields were checked against sourceUrls. */
  checked?: string;
  /** SMTP accepts only OAuth: a password test is pointless and must not be sent. */
  oauthOnly?: boolean;
  appPassword?: AppPasswordInfo;
  /** The login name's form: a username template (%EMAILADDRESS%, %EMAILLOCALPART%) or ISP_USER_ID. */
  usernameForm?: string;
  /** What a reader of the data must know (limits, what could not be confirmed). */
  notes?: string;
  /** Fields left out because no page of the provider's confirmed them. */
  unverified?: string[];
}

/** Where the ISPDB part came from. */
export interface ProviderSource {
  repository: string;
  path: string;
  commit: string;
  date: string;
  license: string;
}

/** Where the hand-kept part came from. */
export interface HandKeptSource {
  /** Repository path of the hand-kept file. */
  file: string;
  entries: number;
  /** The most recent `checked` date among them. */
  checked: string;
}

/** The whole bundled file. */
export interface ProviderDb {
  source: ProviderSource;
  handKept?: HandKeptSource;
  /** The newest date among the inputs (ISPDB commit date, hand-kept checks): the data's age. */
  generatedAt?: string;
  providers: Provider[];
}
