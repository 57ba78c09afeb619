/** The lab's fixed shape: namespaces, links, addresses, simulated servers and their DNS names. */

/** Every lab namespace starts with this, so cleanup can find what an interrupted run left. */
export const LAB_PREFIX = 'sclab-';

/** The three namespaces: the customer's PC, the ISP's router, and "the internet". */
export const NS = { pc: 'sclab-pc', isp: 'sclab-isp', net: 'sclab-net' } as const;

/** Interface names (veth ends; all of them live inside lab namespaces, never in the root one). */
export const IFACE = {
  pc: 'sc-pc',
  ispPc: 'sc-isp-pc',
  ispNet: 'sc-isp-net',
  net: 'sc-net',
} as const;

/** Documentation-range addresses used inside the lab (RFC 5737). */
export const ADDR = {
  pc: '192.0.2.10',
  ispLan: '192.0.2.1',
  ispWan: '198.51.100.1',
  netGateway: '198.51.100.2',
  /** The ISP's own mail relay: "inside the ISP", exempt from its OP25B policy. */
  relay: '198.51.100.25',
  /** The ISP's resolver (dnsmasq on the router). */
  resolver: '192.0.2.1',
  internet: '203.0.113.0/24',
} as const;

/** The one account every simulated submission server accepts; any other login gets 535. */
export const LAB_ACCOUNT = { email: 'taro@example.jp', password: 'correct horse' } as const;

/** How a listening port speaks. */
export type PortKind = 'smtp' | 'smtps' | 'tls';

/** One listening port of a simulated server. */
export interface PortSpec {
  port: number;
  kind: PortKind;
  /** Offers AUTH (submission ports); port 25 never does. */
  auth: boolean;
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
  | 'isp-relay';

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
}

const MX_ONLY: PortSpec[] = [{ port: 25, kind: 'smtp', auth: false }];
const MAIL_PROVIDER: PortSpec[] = [
  { port: 25, kind: 'smtp', auth: false },
  { port: 587, kind: 'smtp', auth: true },
  { port: 465, kind: 'smtps', auth: true },
];
const WEB: PortSpec[] = [{ port: 443, kind: 'tls', auth: false }];

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
