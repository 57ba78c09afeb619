/** The lab's fixed shape: namespaces, links, addresses, simulated servers and their DNS names. */

/**
 * Every lab namespace, /etc/netns entry and run dir starts with this, so cleanup can find what an
 * interrupted run left. SCLAB_PREFIX (sclab, then letters or digits, then a hyphen: `sclab2-`)
 * gives a lab of its own, so two checkouts on one machine can each run theirs; the default is
 * `sclab-`. Prefixes never nest (`sclab-` is not the start of `sclab2-`), so each cleanup only
 * ever sees its own lab.
 */
export const LAB_PREFIX = labPrefix(process.env['SCLAB_PREFIX']);

/** The prefix named by SCLAB_PREFIX, or the default; anything else is refused before a namespace exists. */
export function labPrefix(given: string | undefined): string {
  if (given === undefined || given === '') return 'sclab-';
  if (!/^sclab[a-z0-9]{0,6}-$/.test(given))
    throw new Error(`SCLAB_PREFIX must look like sclab2- (got "${given}")`);
  return given;
}

/** The three namespaces: the customer's PC, the ISP's router, and "the internet". */
export const NS = {
  pc: `${LAB_PREFIX}pc`,
  isp: `${LAB_PREFIX}isp`,
  net: `${LAB_PREFIX}net`,
} as const;

/** Interface names (veth ends; all of them live inside lab namespaces, never in the root one). */
export const IFACE = {
  pc: 'sc-pc',
  ispPc: 'sc-isp-pc',
  ispNet: 'sc-isp-net',
  net: 'sc-net',
} as const;

/** The delayer's tun device in sclab-isp (far and lossy paths without netem). */
export const TUN_IFACE = 'sc-delay';

/** The routing table the ISP sends forwarded packets through while the delayer runs. */
export const DELAY_TABLE = 100;

/** Documentation-range addresses used inside the lab (RFC 5737). */
export const ADDR = {
  pc: '192.0.2.10',
  ispLan: '192.0.2.1',
  ispWan: '198.51.100.1',
  netGateway: '198.51.100.2',
  /** The ISP's own mail relay: "inside the ISP", exempt from its OP25B policy. */
  relay: '198.51.100.25',
  /** The ISP's second mail server: takes port 25 from its own lines and offers nothing else. */
  ispMail25: '198.51.100.26',
  /** The ISP's resolver (dnsmasq on the router). */
  resolver: '192.0.2.1',
  internet: '203.0.113.0/24',
  /** A second PC address: the PC's own interceptors connect onward from it, so nft skips them. */
  pcRelay: '192.0.2.11',
  /** The hotel Wi-Fi's sign-in page, where a captive portal's resolver sends every name. */
  portal: '203.0.113.80',
} as const;

/** IPv6 addresses inside the lab (RFC 3849 documentation prefix 2001:db8::/32). */
export const ADDR6 = {
  pc: '2001:db8:5c:1::10',
  ispLan: '2001:db8:5c:1::1',
  ispWan: '2001:db8:5c:2::1',
  netGateway: '2001:db8:5c:2::2',
  /** Every server address (see ip6Of) lies inside this prefix, routed from the ISP to sclab-net. */
  servers: '2001:db8:5c:100::/56',
  /** The well-known NAT64 prefix (RFC 6052); the ISP's userspace NAT64 answers for all of it. */
  nat64Prefix: '64:ff9b::',
} as const;

/** The ISP's own mail servers: exempt from its OP25B policy (inside the ISP). */
export const ISP_MAIL_SERVERS = [ADDR.relay, ADDR.ispMail25] as const;

/** A server's IPv6 address: 2001:db8:5c:<third octet>::<fourth octet>, digits kept as written. */
export function ip6Of(ipv4: string): string {
  const [, , c, d] = ipv4.split('.');
  return `2001:db8:5c:${c}::${d}`;
}

/** The NAT64 address (64:ff9b::/96, DNS64 style) that carries an IPv4 address. */
export function nat64Of(ipv4: string): string {
  const [a = 0, b = 0, c = 0, d = 0] = ipv4.split('.').map(Number);
  const hex = (x: number, y: number): string => ((x << 8) | y).toString(16);
  return `${ADDR6.nat64Prefix}${hex(a, b)}:${hex(c, d)}`;
}

/** The hostile server's own name (valid certificate from the lab CA) and address. */
export const ATTACKER_NAME = 'mail.attacker.test';
/** The hostile server's address in "the internet". */
export const ATTACKER_IP = '203.0.113.66';

/** The one account every simulated submission server accepts; any other login gets 535. */
export const LAB_ACCOUNT = { email: 'taro@example.jp', password: 'correct horse' } as const;

/** How a listening port speaks: plain SMTP, implicit-TLS SMTP, HTTPS, plain HTTP, or a web proxy (CONNECT). */
export type PortKind = 'smtp' | 'smtps' | 'tls' | 'http' | 'proxy';

/** A certificate variant (scenario knobs override a port's own). */
export type CertVariant = 'valid' | 'expired' | 'wrong_host' | 'self_signed' | 'not_yet_valid';

/** One listening port of a simulated server. */
export interface PortSpec {
  port: number;
  kind: PortKind;
  /** Offers AUTH (submission ports); port 25 never does. */
  auth: boolean;
  /** This port's own certificate when no scenario knob says otherwise (default valid). */
  cert?: CertVariant;
  /** Waits this long after the connect (and TLS) before the 220 greeting. */
  greetingDelayMs?: number;
  /**
   * Offers CRAM-MD5 first (then PLAIN and LOGIN) but keeps only password hashes, as many hosting
   * servers do: CRAM-MD5 always fails, even with the right password; PLAIN/LOGIN succeed.
   */
  hashedPasswords?: boolean;
  /** A proxy port that answers every CONNECT with 407 (Basic) until it gets Proxy-Authorization. */
  login?: boolean;
}

/** Identifiers of the simulated servers. */
export type ServerId =
  | 'example-jp'
  | 'example-jp-mx'
  | 'example-org'
  | 'google-mx'
  | 'outlook-mx'
  | 'icloud-mx'
  | 'google-submission'
  | 'google-web'
  | 'apple-web'
  | 'biglobe'
  | 'biglobe-mx'
  | 'example-net'
  | 'example-net-mx'
  | 'example-net-autoconfig'
  | 'isp-relay'
  | 'isp-mail25'
  | 'ocn-smtp'
  | 'ocn-mx'
  | 'unlisted-mx'
  | 'portal'
  | 'noauth587'
  | 'badcert587'
  | 'cram'
  | 'slow-greeting'
  | 'hosting'
  | 'twomx'
  | 'distant'
  | 'distant-mx'
  | 'attacker'
  | 'unlisted-autoconfig'
  | 'gstatic-check'
  | 'apple-check'
  | 'msft-check'
  | 'corp-proxy'
  | 'isp-search';

/** One simulated server: an address in sclab-net with its names, certificate names and ports. */
export interface LabServer {
  id: ServerId;
  ip: string;
  /** DNS names (A records) pointing at ip; also the certificate's subjectAltNames. */
  hostnames: string[];
  /** smtp-server's `name`: the host part of the 220 greeting, so interception can be recognised. */
  greetingName: string;
  ports: PortSpec[];
  /**
   * Documents its HTTPS port serves on GET (path without query -> body), 404 for anything else.
   * Without it the port answers every request with 204, as a plain web control.
   */
  documents?: Record<string, string>;
  /** Every request to its HTTP(S) ports gets this page (a sign-in page); documents are ignored. */
  page?: string;
  /**
   * With `page`: its plain-HTTP port answers every request with a 302 to this address, and only
   * the address's own path with the page, as hotel sign-in pages do.
   */
  signIn?: string;
  /** The certificate's names when they differ from hostnames (shared hosting). */
  certNames?: string[];
  /**
   * A hostile server (attacker-smtp.ts): it takes any user name and password and records every
   * AUTH it receives, so a test can show that none arrived. Its name lies outside every domain a
   * lab address uses; only scenarios that redirect or spoof DNS lead anywhere near it.
   */
  attacker?: true;
}

const MX_ONLY: PortSpec[] = [{ port: 25, kind: 'smtp', auth: false }];
const MAIL_PROVIDER: PortSpec[] = [
  { port: 25, kind: 'smtp', auth: false },
  { port: 587, kind: 'smtp', auth: true },
  { port: 465, kind: 'smtps', auth: true },
];
const WEB: PortSpec[] = [{ port: 443, kind: 'tls', auth: false }];
const SUBMISSION_587 = { port: 587, kind: 'smtp', auth: true } as const;
const SUBMISSION_465 = { port: 465, kind: 'smtps', auth: true } as const;
const MX_25 = { port: 25, kind: 'smtp', auth: false } as const;

/** The hotel Wi-Fi's sign-in page: what every name leads to behind a captive portal. */
export const PORTAL_PAGE =
  '<!doctype html><html><head><title>Hotspot sign-in</title></head><body><h1>Welcome to Lab Hotel Wi-Fi</h1><form action="/login" method="post"><input name="room"><button>Sign in</button></form></body></html>';

/** The ISP's search page, where a resolver that hijacks NXDOMAIN sends every name it does not know. */
export const SEARCH_PAGE =
  '<!doctype html><html><head><title>Did you mean</title></head><body><h1>Lab ISP search</h1><p>The address you typed was not found.</p></body></html>';

/** Where the hotel's plain-HTTP answers redirect to. */
export const PORTAL_SIGN_IN = 'http://portal.hotspot.example/login';

/**
 * The operating systems' connectivity checks' answers, written from their published descriptions
 * (not from the engine's copy): Windows NCSI's "Microsoft Connect Test" (Microsoft's NCSI FAQ,
 * learn.microsoft.com/windows-server/networking/ncsi/ncsi-frequently-asked-questions), and the
 * Apple page that public emulators of captive.apple.com agree on (Apple publishes none).
 * connectivitycheck.gstatic.com/generate_204 answers 204 with no body (AOSP NetworkStack
 * res/values/config.xml, Chromium captive_portal_detector.cc): the lab's default web answer.
 */
export const CHECK_ANSWERS = {
  msft: 'Microsoft Connect Test',
  apple: '<HTML><HEAD><TITLE>Success</TITLE></HEAD><BODY>Success</BODY></HTML>',
} as const;

/** What autoconfig.example.net publishes: a server name that no guess would find. */
export const EXAMPLE_NET_AUTOCONFIG = `<?xml version="1.0" encoding="UTF-8"?>
<clientConfig version="1.1">
  <emailProvider id="example.net">
    <domain>example.net</domain>
    <displayName>Example Net Mail</displayName>
    <incomingServer type="imap">
      <hostname>imap.example.net</hostname>
      <port>993</port>
      <socketType>SSL</socketType>
      <username>%EMAILADDRESS%</username>
      <authentication>password-cleartext</authentication>
    </incomingServer>
    <outgoingServer type="smtp">
      <hostname>outbound.example.net</hostname>
      <port>587</port>
      <socketType>STARTTLS</socketType>
      <username>%EMAILADDRESS%</username>
      <authentication>password-cleartext</authentication>
    </outgoingServer>
  </emailProvider>
</clientConfig>
`;

/** An autoconfig document whose one outgoing server lies outside the address's domain. */
export const UNLISTED_AUTOCONFIG = EXAMPLE_NET_AUTOCONFIG.replaceAll(
  'example.net',
  'unlisted.example',
)
  .replace('Example Net Mail', 'Unlisted Mail')
  .replace('outbound.unlisted.example', ATTACKER_NAME);

/** Every simulated server. The engine's default reference hosts are among them. */
export const LAB_SERVERS: readonly LabServer[] = [
  {
    id: 'example-jp',
    ip: '203.0.113.10',
    hostnames: ['smtp.example.jp', 'mail.example.jp'],
    greetingName: 'smtp.example.jp',
    ports: MAIL_PROVIDER,
  },
  {
    id: 'example-jp-mx',
    ip: '203.0.113.11',
    hostnames: ['mx.example.jp'],
    greetingName: 'mx.example.jp',
    ports: MX_ONLY,
  },
  {
    id: 'google-mx',
    ip: '203.0.113.20',
    hostnames: ['gmail-smtp-in.l.google.com'],
    greetingName: 'mx.google.com',
    ports: MX_ONLY,
  },
  {
    id: 'outlook-mx',
    ip: '203.0.113.21',
    hostnames: ['hotmail-com.olc.protection.outlook.com'],
    greetingName: 'hotmail-com.olc.protection.outlook.com',
    ports: MX_ONLY,
  },
  {
    id: 'icloud-mx',
    ip: '203.0.113.22',
    hostnames: ['mx01.mail.icloud.com'],
    greetingName: 'mx01.mail.icloud.com',
    ports: MX_ONLY,
  },
  {
    // The engine's default reference submission host: tells "587 is blocked here" from "your server is down".
    id: 'google-submission',
    ip: '203.0.113.23',
    hostnames: ['smtp.gmail.com'],
    greetingName: 'smtp.gmail.com',
    ports: [
      { port: 587, kind: 'smtp', auth: true },
      { port: 465, kind: 'smtps', auth: true },
    ],
  },
  {
    id: 'google-web',
    ip: '203.0.113.30',
    hostnames: ['www.google.com'],
    greetingName: 'www.google.com',
    ports: WEB,
  },
  {
    id: 'apple-web',
    ip: '203.0.113.31',
    hostnames: ['www.apple.com'],
    greetingName: 'www.apple.com',
    ports: WEB,
  },
  {
    id: 'biglobe',
    ip: '203.0.113.40',
    hostnames: ['mail.biglobe.ne.jp'],
    greetingName: 'mail.biglobe.ne.jp',
    ports: MAIL_PROVIDER,
  },
  {
    id: 'biglobe-mx',
    ip: '203.0.113.41',
    hostnames: ['mx.biglobe.ne.jp'],
    greetingName: 'mx.biglobe.ne.jp',
    ports: MX_ONLY,
  },
  {
    // Found only through SRV records (RFC 6186): nothing guessable points at it.
    id: 'example-org',
    ip: '203.0.113.50',
    hostnames: ['submit.example.org'],
    greetingName: 'submit.example.org',
    ports: MAIL_PROVIDER,
  },
  {
    // Found only through online autoconfig: nothing guessable, no SRV, not in the provider data.
    id: 'example-net',
    ip: '203.0.113.60',
    hostnames: ['outbound.example.net'],
    greetingName: 'outbound.example.net',
    ports: MAIL_PROVIDER,
  },
  {
    id: 'example-net-mx',
    ip: '203.0.113.61',
    hostnames: ['mx.example.net'],
    greetingName: 'mx.example.net',
    ports: MX_ONLY,
  },
  {
    id: 'example-net-autoconfig',
    ip: '203.0.113.62',
    hostnames: ['autoconfig.example.net'],
    greetingName: 'autoconfig.example.net',
    ports: WEB,
    documents: { '/mail/config-v1.1.xml': EXAMPLE_NET_AUTOCONFIG },
  },
  {
    id: 'isp-relay',
    ip: ADDR.relay,
    hostnames: ['relay.isp.example', 'smtp.isp.example'],
    greetingName: 'relay.isp.example',
    ports: [
      { port: 25, kind: 'smtp', auth: false },
      { port: 587, kind: 'smtp', auth: true },
    ],
  },
  {
    // The ISP's older mail service: port 25 from its own lines only, no submission port at all.
    id: 'isp-mail25',
    ip: ADDR.ispMail25,
    hostnames: ['mail.plainisp.example', 'smtp.plainisp.example'],
    greetingName: 'mail.plainisp.example',
    ports: [MX_25],
  },
  {
    // OCN publishes only smtp.ocn.ne.jp:465 (provider data); addresses live on sub-domains.
    id: 'ocn-smtp',
    ip: '203.0.113.70',
    hostnames: ['smtp.ocn.ne.jp'],
    greetingName: 'smtp.ocn.ne.jp',
    ports: [SUBMISSION_465],
  },
  {
    id: 'ocn-mx',
    ip: '203.0.113.71',
    hostnames: ['mx.ocn.ne.jp'],
    greetingName: 'mx.ocn.ne.jp',
    ports: MX_ONLY,
  },
  {
    // A provider no data knows: only an MX, no smtp./mail. names, no SRV, no autoconfig.
    id: 'unlisted-mx',
    ip: '203.0.113.72',
    hostnames: ['mx.unlisted.example'],
    greetingName: 'mx.unlisted.example',
    ports: MX_ONLY,
  },
  {
    // Where a captive portal's resolver sends every name; its certificate names only itself.
    id: 'portal',
    ip: ADDR.portal,
    hostnames: ['portal.hotspot.example'],
    greetingName: 'portal.hotspot.example',
    ports: [
      { port: 80, kind: 'http', auth: false },
      { port: 443, kind: 'tls', auth: false },
    ],
    page: PORTAL_PAGE,
    signIn: PORTAL_SIGN_IN,
  },
  {
    // 587 answers without AUTH (it only relays for the provider's own lines); 465 offers AUTH.
    id: 'noauth587',
    ip: '203.0.113.100',
    hostnames: ['smtp.noauth.example'],
    greetingName: 'smtp.noauth.example',
    ports: [MX_25, { port: 587, kind: 'smtp', auth: false }, SUBMISSION_465],
  },
  {
    // 587's certificate has expired; 465's is fine.
    id: 'badcert587',
    ip: '203.0.113.101',
    hostnames: ['smtp.badcert.example'],
    greetingName: 'smtp.badcert.example',
    ports: [MX_25, { ...SUBMISSION_587, cert: 'expired' }, SUBMISSION_465],
  },
  {
    id: 'cram',
    ip: '203.0.113.102',
    hostnames: ['smtp.cram.example'],
    greetingName: 'smtp.cram.example',
    ports: [
      MX_25,
      { ...SUBMISSION_587, hashedPasswords: true },
      { ...SUBMISSION_465, hashedPasswords: true },
    ],
  },
  {
    // Its submission ports greet only after 4 s (RFC 5321 allows minutes); port 25 at once.
    id: 'slow-greeting',
    ip: '203.0.113.103',
    hostnames: ['smtp.slowgreet.example'],
    greetingName: 'smtp.slowgreet.example',
    ports: [
      MX_25,
      { ...SUBMISSION_587, greetingDelayMs: 4000 },
      { ...SUBMISSION_465, greetingDelayMs: 4000 },
    ],
  },
  {
    // Shared hosting: smtp.shop.example answers, but the certificate names only the host's own name.
    id: 'hosting',
    ip: '203.0.113.104',
    hostnames: ['smtp.shop.example', 'mail.shop.example', 'server1.hosting.example'],
    greetingName: 'server1.hosting.example',
    ports: MAIL_PROVIDER,
    certNames: ['server1.hosting.example'],
  },
  {
    // Two MX names (and the submission name) on one address: one server, not an interceptor.
    id: 'twomx',
    ip: '203.0.113.105',
    hostnames: ['mx1.twomx.example', 'mx2.twomx.example', 'smtp.twomx.example'],
    greetingName: 'mail.twomx.example',
    ports: MAIL_PROVIDER,
  },
  {
    // Far away: the lossy/far scenarios delay this provider's packets in the ISP.
    id: 'distant',
    ip: '203.0.113.110',
    hostnames: ['smtp.distant.example'],
    greetingName: 'smtp.distant.example',
    ports: MAIL_PROVIDER,
  },
  {
    id: 'distant-mx',
    ip: '203.0.113.111',
    hostnames: ['mx.distant.example'],
    greetingName: 'mx.distant.example',
    ports: MX_ONLY,
  },
  {
    // A hostile network's own server, with a certificate the lab CA issued for its own name: the
    // interceptor and the spoofed SRV / MX scenarios lead the PC here. 2526 is an SRV-only port.
    id: 'attacker',
    ip: ATTACKER_IP,
    hostnames: [ATTACKER_NAME],
    greetingName: ATTACKER_NAME,
    ports: [...MAIL_PROVIDER, { port: 2526, kind: 'smtp', auth: true }],
    attacker: true,
  },
  {
    // autoconfig.unlisted.example, but only where a scenario's DNS names it (no base A record):
    // the domain's own autoconfig document lists the attacker's server as the outgoing one.
    id: 'unlisted-autoconfig',
    ip: '203.0.113.67',
    hostnames: [],
    greetingName: 'autoconfig.unlisted.example',
    ports: WEB,
    certNames: ['autoconfig.unlisted.example'],
    documents: { '/mail/config-v1.1.xml': UNLISTED_AUTOCONFIG },
  },
  {
    // The connectivity checks the engine's web controls fetch over plain HTTP (CHECK_ANSWERS).
    id: 'gstatic-check',
    ip: '203.0.113.32',
    hostnames: ['connectivitycheck.gstatic.com'],
    greetingName: 'connectivitycheck.gstatic.com',
    ports: [{ port: 80, kind: 'http', auth: false }],
  },
  {
    id: 'apple-check',
    ip: '203.0.113.33',
    hostnames: ['captive.apple.com'],
    greetingName: 'captive.apple.com',
    ports: [{ port: 80, kind: 'http', auth: false }],
    documents: { '/hotspot-detect.html': CHECK_ANSWERS.apple },
  },
  {
    id: 'msft-check',
    ip: '203.0.113.34',
    hostnames: ['www.msftconnecttest.com'],
    greetingName: 'www.msftconnecttest.com',
    ports: [{ port: 80, kind: 'http', auth: false }],
    documents: { '/connecttest.txt': CHECK_ANSWERS.msft },
  },
  {
    // A company's web proxy, as squid's stock configuration behaves: CONNECT only to 443 (others
    // 403). 3128 lets anyone through; 8080 wants a login first (407).
    id: 'corp-proxy',
    ip: '203.0.113.90',
    hostnames: ['proxy.corp.example'],
    greetingName: 'proxy.corp.example',
    ports: [
      { port: 3128, kind: 'proxy', auth: false },
      { port: 8080, kind: 'proxy', auth: false, login: true },
    ],
  },
  {
    // An ISP resolver that hijacks NXDOMAIN answers every unknown name with this address: a search
    // page on 80 and 443 (its certificate names only itself), no mail port.
    id: 'isp-search',
    ip: '203.0.113.85',
    hostnames: ['search.isp.example'],
    greetingName: 'search.isp.example',
    ports: [
      { port: 80, kind: 'http', auth: false },
      { port: 443, kind: 'tls', auth: false },
    ],
    page: SEARCH_PAGE,
  },
];

/** Looks a server up by id. */
export function labServer(id: ServerId): LabServer {
  const server = LAB_SERVERS.find((s) => s.id === id);
  if (!server) throw new Error(`unknown lab server ${id}`);
  return server;
}

/** An MX record. */
export interface MxRecord {
  host: string;
  preference: number;
}

/** An SRV record; target '.' means "service not offered" (RFC 2782). */
export interface SrvRecord {
  target: string;
  port: number;
  priority: number;
  weight: number;
}

/** The resolver's authoritative data. Any name not here is NXDOMAIN. */
export interface DnsData {
  /** name -> IPv4 address (exact name only, no wildcard). */
  hosts: Record<string, string>;
  /** name -> IPv6 address (AAAA); empty unless a scenario turns IPv6 on. */
  hosts6?: Record<string, string>;
  mx: Record<string, MxRecord[]>;
  srv: Record<string, SrvRecord[]>;
}

function baseHosts(): Record<string, string> {
  const hosts: Record<string, string> = {};
  for (const server of LAB_SERVERS) for (const name of server.hostnames) hosts[name] = server.ip;
  return hosts;
}

/** The DNS data every scenario starts from. */
export const BASE_DNS: DnsData = {
  hosts: baseHosts(),
  mx: {
    'example.jp': [{ host: 'mx.example.jp', preference: 10 }],
    'example.org': [{ host: 'submit.example.org', preference: 10 }],
    'example.net': [{ host: 'mx.example.net', preference: 10 }],
    'gmail.com': [{ host: 'gmail-smtp-in.l.google.com', preference: 5 }],
    'hotmail.com': [{ host: 'hotmail-com.olc.protection.outlook.com', preference: 2 }],
    'outlook.com': [{ host: 'hotmail-com.olc.protection.outlook.com', preference: 2 }],
    'icloud.com': [{ host: 'mx01.mail.icloud.com', preference: 10 }],
    'biglobe.ne.jp': [{ host: 'mx.biglobe.ne.jp', preference: 10 }],
    'isp.example': [{ host: 'relay.isp.example', preference: 10 }],
    'plainisp.example': [{ host: 'mail.plainisp.example', preference: 10 }],
    'ocn.ne.jp': [{ host: 'mx.ocn.ne.jp', preference: 10 }],
    'bird.ocn.ne.jp': [{ host: 'mx.ocn.ne.jp', preference: 10 }],
    'unlisted.example': [{ host: 'mx.unlisted.example', preference: 10 }],
    'noauth.example': [{ host: 'smtp.noauth.example', preference: 10 }],
    'badcert.example': [{ host: 'smtp.badcert.example', preference: 10 }],
    'cram.example': [{ host: 'smtp.cram.example', preference: 10 }],
    'slowgreet.example': [{ host: 'smtp.slowgreet.example', preference: 10 }],
    // The MX is the shop's own name: the hosting server's name is only learned from the certificate.
    'shop.example': [{ host: 'mail.shop.example', preference: 10 }],
    'twomx.example': [
      { host: 'mx1.twomx.example', preference: 10 },
      { host: 'mx2.twomx.example', preference: 20 },
    ],
    'distant.example': [{ host: 'mx.distant.example', preference: 10 }],
  },
  srv: {
    '_submission._tcp.example.org': [
      { target: 'submit.example.org', port: 587, priority: 0, weight: 1 },
    ],
    '_submissions._tcp.example.org': [
      { target: 'submit.example.org', port: 465, priority: 0, weight: 1 },
    ],
  },
};
