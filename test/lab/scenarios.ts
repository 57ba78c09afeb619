/**
 * Lab scenarios as data: ISP policy + DNS changes + server knobs + the PC's network state, and the
 * verdict each one's diagnosis gives (its own address, its password if it names one). Each verdict's
 * definition (electron/engine/verdicts/) lists the scenarios that expect it; a unit test holds the
 * two to each other, and every verdict to at least one scenario.
 */
import type { VerdictCode } from '../../shared/verdict.js';
import {
  ADDR,
  ATTACKER_IP,
  ATTACKER_NAME,
  LAB_SERVERS,
  labServer,
  type CertVariant,
  type MxRecord,
  type ServerId,
  type SrvRecord,
} from './topology.js';

export type { CertVariant } from './topology.js';

/** DNS query types a router may drop, by their numbers (RFC 1035, RFC 3596, RFC 2782). */
export const DNS_QUERY_TYPES = { A: 1, MX: 15, AAAA: 28, SRV: 33 } as const;
export type DnsQueryType = keyof typeof DNS_QUERY_TYPES;

/** What the ISP does to the PC's outbound TCP 25 (its own relay always stays reachable). */
export type Port25Policy = 'drop' | 'reset' | 'icmp' | 'intercept';

/**
 * A transparent interceptor: the router sends the PC's connects to one server's ports to another
 * server instead (DNAT), so the PC believes it talks to the first.
 */
export interface Redirect {
  from: ServerId;
  ports: number[];
  to: ServerId;
}

/** The ISP router's policy (rendered to nftables in sclab-isp). */
export interface IspPolicy {
  /** Connects the router hands to another server than the one the PC asked for. */
  redirect?: Redirect[];
  /** OP25B: outbound 25 to anything but the ISP's relay is dropped, reset, ICMP-rejected or redirected. */
  port25?: Port25Policy;
  /** Outbound TCP ports silently dropped to every destination, the ISP's relay included. */
  dropPorts?: number[];
  /** false: the router forwards nothing at all (its resolver still answers). Default true. */
  forward?: boolean;
  /** The resolver does not answer (UDP and TCP 53 dropped on the router). */
  dnsDown?: boolean;
  /**
   * The router drops the PC's DNS queries of these types for this name (UDP, where c-ares asks),
   * and answers the rest: a DNS proxy that mishandles MX or AAAA.
   */
  dnsDropTypes?: { name: string; types: DnsQueryType[] };
  /** Percent of forwarded packets dropped at random, both directions. */
  lossPercent?: number;
  /** Raw nft rules for the forward chain, placed before the ones above. */
  extraForwardRules?: string[];
  /**
   * Far links without netem: every forwarded packet passes a userspace delayer (a tun device in
   * sclab-isp) and waits this many ms one way; the round trip is twice that.
   */
  delay?: { defaultMs?: number; servers?: Partial<Record<ServerId, number>> };
  /** The first SYN to port 25 of these servers after the scenario is applied is dropped (once). */
  firstSynLost?: ServerId[];
  /** A hotel Wi-Fi before sign-in: only its portal's web ports are forwarded, nothing else. */
  captivePortal?: boolean;
  /** With captivePortal: every web connect (80, 443) is handed to the portal (DNAT), DNS left alone. */
  webToPortal?: boolean;
  /** A company firewall: the router forwards only the PC's connects to this server's ports. */
  onlyTo?: { server: ServerId; ports: number[] };
}

/** Software on the PC itself, between the mail program and the network. */
export interface PcSoftware {
  /**
   * An antivirus mail shield: nftables in the PC redirects every port-25 connect to a local proxy
   * that connects onward. 'relay' greets only once the real server did; 'greet_first' greets at
   * once with its own banner and then waits for the real server.
   */
  mailShield?: 'relay' | 'greet_first';
  /**
   * A security product's TLS inspection: 465 and 443 (and 587 after STARTTLS) are terminated in
   * the PC with certificates from "Lab Security Product Root", which the engine does not trust.
   */
  tlsInspection?: boolean;
  /** A security product refuses connect() to 25 and 587 with EACCES (LD_PRELOAD shim in the PC). */
  denyMailConnect?: boolean;
  /** The PC has IPv6 only: no IPv4 address or route; DNS through the ISP's IPv6 resolver. */
  ipv6Only?: boolean;
  /** The PC's configured web proxy (an http:// URL), given to the CLI as https_proxy and http_proxy. */
  proxy?: string;
}

/** Per-server knobs; everything unset means a healthy server. */
export interface ServerKnobs {
  cert?: CertVariant;
  /** Offer STARTTLS on the plain ports (default true). */
  starttls?: boolean;
  /** Greeting code; anything but 220 is sent with a message and the connection is closed. */
  greetingCode?: number;
  /** true: no port listens (connects are refused); a list: only those ports do not listen. */
  down?: boolean | number[];
  /** Days the server's own clock is ahead of this machine's: the Date its HTTP answers send. */
  clockAheadDays?: number;
}

/** Changes to the base DNS data; null removes a name. */
export interface DnsChanges {
  hosts?: Record<string, string | null>;
  mx?: Record<string, MxRecord[] | null>;
  srv?: Record<string, SrvRecord[] | null>;
  /** AAAA records: 'native' gives each server its own IPv6 address, 'dns64' a NAT64 one. */
  aaaa?: 'native' | 'dns64';
  /** A captive portal's resolver: every name answers with the portal's address. */
  everythingTo?: string;
  /**
   * A resolver that hijacks NXDOMAIN: every name it has no data for answers with this IPv4
   * address (names it knows keep their own records).
   */
  nxdomainTo?: string;
}

/** One lab state. */
export interface Scenario {
  name: string;
  summary: string;
  /**
   * The verdict of the CLI's diagnosis in this state, with the scenario's address (and password).
   * Every built-in scenario declares it; a test's own one-off state may leave it out.
   */
  verdict?: VerdictCode;
  isp: IspPolicy;
  /** Servers whose every address silently drops all traffic (dropped inside sclab-net). */
  silentServers?: ServerId[];
  servers?: Partial<Record<ServerId, ServerKnobs>>;
  dns?: DnsChanges;
  /** false: the PC's link is down and it has no route. Default true. */
  pcOnline?: boolean;
  /** Security software and the IP versions of the PC. */
  pc?: PcSoftware;
  /** The address whose diagnosis the scenario is about (default: the lab account's). */
  email?: string;
  /** The password the user types for the login test (none: no login test). */
  password?: string;
}

const SATELLITE_ONE_WAY_MS = 325;

/**
 * This PC's clock two years behind the world's: the servers the lab account's diagnosis meets over
 * TLS (its provider's, the reference submission host) and every web server present healthy
 * certificates issued two years after this machine's now. The lab cannot move the PC's clock
 * without moving the host's, so it moves the world's certificates instead; to the PC the two look
 * the same. (Issuing one for every server would only slow the lab's first apply down.)
 */
/** How far the PC's clock is behind in pc_clock_behind (the not_yet_valid certificates' offset). */
const CLOCK_BEHIND_DAYS = 730;

function clockTwoYearsBehind(webClockToo = true): Partial<Record<ServerId, ServerKnobs>> {
  const met = LAB_SERVERS.filter(
    (s) =>
      s.id === 'example-jp' ||
      s.id === 'google-submission' ||
      s.ports.some((p) => p.kind === 'tls'),
  );
  // The connectivity checks' answers carry the world's time too (their Date headers).
  const checks = webClockToo
    ? LAB_SERVERS.filter((s) => s.ports.some((p) => p.kind === 'http'))
    : [];
  const ahead = webClockToo ? { clockAheadDays: CLOCK_BEHIND_DAYS } : {};
  return {
    ...Object.fromEntries(checks.map((s) => [s.id, { clockAheadDays: CLOCK_BEHIND_DAYS }])),
    ...Object.fromEntries(met.map((s) => [s.id, { cert: 'not_yet_valid' as const, ...ahead }])),
  };
}
const DISTANT_ONE_WAY_MS = 150;

/** Networks the classic cases do not teach (docs/diagnosis.md, "Rules that real networks taught"). */
const REAL_NETWORKS = {
  shield_op25b: {
    verdict: 'port25_blocked',
    summary: "antivirus mail shield redirects 25 to a local proxy; the ISP drops the proxy's 25",
    isp: { port25: 'drop' },
    pc: { mailShield: 'relay' },
  },
  shield_greet_op25b: {
    verdict: 'port25_blocked',
    summary: 'mail shield that greets at once, then never reaches the server (OP25B drop)',
    isp: { port25: 'drop' },
    pc: { mailShield: 'greet_first' },
  },
  shield_open: {
    verdict: 'ok',
    summary: 'mail shield on an open network: it relays to the real servers',
    isp: {},
    pc: { mailShield: 'relay' },
  },
  tls_inspection: {
    verdict: 'security_software',
    summary: "a security product re-signs 465/443 and 587's STARTTLS with its own root",
    isp: {},
    pc: { tlsInspection: true },
  },
  eacces: {
    verdict: 'security_software',
    summary: 'a security product refuses connect() to 25 and 587 with EACCES in the PC',
    isp: {},
    pc: { denyMailConnect: true },
  },
  captive_portal: {
    verdict: 'captive_portal',
    summary: 'hotel Wi-Fi before sign-in: every name resolves to the portal, nothing else passes',
    isp: { captivePortal: true, dropPorts: [25, 465, 587] },
    dns: { everythingTo: ADDR.portal },
  },
  satellite_op25b: {
    verdict: 'port25_blocked',
    summary: 'a satellite-like path, 650 ms round trip to everything, OP25B drop',
    isp: { port25: 'drop', delay: { defaultMs: SATELLITE_ONE_WAY_MS } },
  },
  distant_mx_lost_syn: {
    verdict: 'ok',
    summary: "the provider is 300 ms away while the controls are near; its MX's first SYN is lost",
    isp: {
      delay: { servers: { distant: DISTANT_ONE_WAY_MS, 'distant-mx': DISTANT_ONE_WAY_MS } },
      firstSynLost: ['distant-mx'],
    },
    email: 'taro@distant.example',
  },
  dual_stack_op25b: {
    verdict: 'port25_blocked',
    summary: 'IPv4 and IPv6 (AAAA for every server), OP25B on both',
    isp: { port25: 'drop' },
    dns: { aaaa: 'native' },
  },
  ocn_subdomain_op25b: {
    verdict: 'port25_blocked',
    summary: 'an OCN address on a sub-domain behind OP25B; OCN publishes smtp.ocn.ne.jp:465',
    isp: { port25: 'drop' },
    email: 'taro@bird.ocn.ne.jp',
  },
  unlisted_op25b: {
    verdict: 'port25_blocked',
    summary: 'a provider with no data, SRV, autoconfig or guessable server, behind OP25B',
    isp: { port25: 'drop' },
    email: 'taro@unlisted.example',
  },
  unlisted_op25b_intercept: {
    verdict: 'port25_intercepted',
    summary:
      "a provider with no data, SRV, autoconfig or guessable server, its port 25 taken by the ISP's relay (found by lab:random, seed 20261230)",
    isp: { port25: 'intercept' },
    email: 'taro@unlisted.example',
  },
  isp_own_server: {
    verdict: 'ok',
    summary: "the user's provider is the ISP: its server takes 25 from its lines, and 587",
    isp: { port25: 'drop' },
    email: 'hanako@isp.example',
  },
  isp_port25_only: {
    verdict: 'ok',
    summary: "the user's provider is the ISP, whose server offers only 25 (from its lines)",
    isp: { port25: 'drop' },
    email: 'taro@plainisp.example',
  },
  noauth_587: {
    verdict: 'ok',
    summary: '587 answers without AUTH, 465 offers AUTH',
    isp: {},
    email: 'taro@noauth.example',
  },
  badcert_587: {
    verdict: 'ok',
    summary: "587's certificate has expired, 465's is good",
    isp: {},
    email: 'taro@badcert.example',
  },
  cram_hashed: {
    verdict: 'ok',
    summary: 'CRAM-MD5 offered first but passwords stored hashed: only PLAIN/LOGIN can succeed',
    isp: {},
    email: 'taro@cram.example',
  },
  slow_greeting: {
    verdict: 'port25_blocked',
    summary: 'the submission server greets after 4 s; OP25B drop',
    isp: { port25: 'drop' },
    email: 'taro@slowgreet.example',
  },
  shared_hosting: {
    verdict: 'ok',
    summary: "smtp.shop.example answers with a certificate for the hosting server's own name",
    isp: {},
    email: 'taro@shop.example',
  },
  two_mx_one_address: {
    verdict: 'ok',
    summary: 'two MX names (and smtp.) on one address, same greeting',
    isp: {},
    email: 'taro@twomx.example',
  },
  ipv6_broken: {
    verdict: 'ok',
    summary:
      'IPv6 configured but broken: AAAA for every server and a global IPv6 address, but the ISP drops every forwarded IPv6 packet; IPv4 works',
    isp: { extraForwardRules: ['meta nfproto ipv6 drop'] },
    dns: { aaaa: 'native' },
  },
  pc_clock_behind: {
    verdict: 'pc_clock',
    summary:
      "this PC's clock is two years behind: every server's healthy certificate is valid only from two years after it",
    isp: {},
    servers: clockTwoYearsBehind(),
  },
  certificates_ahead_web_clock_right: {
    verdict: 'tls_problem',
    summary:
      "every server's certificate is valid only from two years on, while the web's connectivity checks tell the same time as this PC: the servers are wrong, not the clock",
    isp: {},
    servers: clockTwoYearsBehind(false),
  },
  ipv6_only_nat64: {
    verdict: 'port25_blocked',
    summary: 'IPv6-only PC: DNS64 answers, a userspace NAT64 in the ISP, OP25B on 25',
    isp: { port25: 'drop' },
    dns: { aaaa: 'dns64' },
    pc: { ipv6Only: true },
  },
  // Found by the made-up networks (random-networks.ts): each one the engine once got wrong.
  dual_stack_op25b_icmp: {
    verdict: 'port25_blocked',
    summary:
      'IPv4 and IPv6 on a far path, OP25B by ICMP on both: Linux reports the ICMPv6 "administratively prohibited" as EACCES, as it does a local refusal',
    isp: { port25: 'icmp', delay: { defaultMs: DISTANT_ONE_WAY_MS } },
    dns: { aaaa: 'native' },
    email: 'taro@biglobe.ne.jp',
  },
  shield_mail_ports_shut: {
    verdict: 'smtp_blocked',
    summary:
      'a mail shield takes 25 on the PC, and the network drops 25, 465 and 587 behind it: nothing talks past the shield',
    isp: { dropPorts: [25, 465, 587] },
    pc: { mailShield: 'relay' },
  },
  pc_clock_behind_mail_shut: {
    verdict: 'pc_clock',
    summary:
      "this PC's clock is two years behind and every mail port is dropped: only the web controls' certificates and Date headers show it",
    isp: { dropPorts: [25, 465, 587] },
    servers: clockTwoYearsBehind(),
  },
  pc_clock_behind_proxy_only: {
    verdict: 'pc_clock',
    summary:
      "this PC's clock is two years behind on a company network whose web passes only the proxy: the certificates seen through it show it",
    isp: { onlyTo: { server: 'corp-proxy', ports: [3128, 8080] } },
    pc: { proxy: 'http://proxy.corp.example:3128' },
    servers: clockTwoYearsBehind(),
  },
} satisfies Record<string, Omit<BuiltInScenario, 'name'>>;

/** The address of the provider no data knows (only an MX that takes 25): where spoofed DNS leads. */
const UNLISTED = 'taro@unlisted.example';
const srv = (target: string, port: number, priority = 0): SrvRecord => ({
  target,
  port,
  priority,
  weight: 1,
});
const TO_ATTACKER = (from: ServerId, ports: number[]): Redirect => ({
  from,
  ports,
  to: 'attacker',
});

/**
 * Hostile networks (docs/security.md, "Trust"): a router or resolver that steers the PC to the
 * attacker's server, which records every AUTH it gets. None of them may end with a password there.
 */
const HOSTILE_NETWORKS = {
  intercept_own_name: {
    verdict: 'tls_problem',
    summary:
      "the router hands 587 and 465 of example.jp's and BIGLOBE's servers to the attacker, whose valid certificate names only itself (at its own address)",
    isp: { redirect: [TO_ATTACKER('example-jp', [587, 465]), TO_ATTACKER('biglobe', [587, 465])] },
  },
  intercept_465_own_name: {
    verdict: 'tls_problem',
    summary:
      "only 465 of example.jp's server is handed to the attacker (its 587 does not listen): implicit TLS",
    isp: { redirect: [TO_ATTACKER('example-jp', [465])] },
    servers: { 'example-jp': { down: [587] } },
  },
  intercept_same_address: {
    verdict: 'ok',
    summary:
      "as intercept_own_name, and the network's DNS gives the attacker's name example.jp's server's address, as shared hosting would",
    isp: { redirect: [TO_ATTACKER('example-jp', [587, 465])] },
    dns: { hosts: { [ATTACKER_NAME]: labServer('example-jp').ip } },
  },
  intercept_self_signed: {
    verdict: 'tls_problem',
    summary: "the router hands example.jp's 587 and 465 to a server with a self-signed certificate",
    isp: { redirect: [TO_ATTACKER('example-jp', [587, 465])] },
    servers: { attacker: { cert: 'self_signed' } },
  },
  srv_spoofed: {
    verdict: 'ok',
    summary:
      "an unknown provider whose own names do not answer; the network's DNS answers its submission SRV with the attacker",
    isp: {},
    dns: {
      srv: {
        '_submission._tcp.unlisted.example': [srv(ATTACKER_NAME, 587)],
        '_submissions._tcp.unlisted.example': [srv(ATTACKER_NAME, 465)],
      },
    },
    email: UNLISTED,
  },
  mx_spoofed: {
    verdict: 'ok',
    summary:
      "an unknown provider whose own names do not answer; the network's DNS gives the attacker as its MX",
    isp: {},
    dns: { mx: { 'unlisted.example': [{ host: ATTACKER_NAME, preference: 10 }] } },
    email: UNLISTED,
  },
  autoconfig_other_domain: {
    verdict: 'ok',
    summary:
      "an unknown provider whose own names do not answer; its autoconfig document lists the attacker's server",
    isp: {},
    dns: { hosts: { 'autoconfig.unlisted.example': labServer('unlisted-autoconfig').ip } },
    email: UNLISTED,
  },
  dns_out_of_bounds: {
    verdict: 'server_unreachable',
    summary:
      'SRV answers with ports 25, 2526 and 8080, an IP literal, and names on loopback and LAN addresses; MX on loopback and an IP literal',
    isp: {},
    dns: {
      hosts: {
        // In the address's own domain, at the attacker's address: only the port is wrong.
        'alt.unlisted.example': ATTACKER_IP,
        'loopback.unlisted.example': '127.0.0.1',
        'lan.unlisted.example': '192.168.1.25',
      },
      srv: {
        '_submission._tcp.unlisted.example': [
          srv('alt.unlisted.example', 25),
          srv('alt.unlisted.example', 2526, 1),
          srv('127.0.0.1', 587, 2),
          srv('loopback.unlisted.example', 587, 3),
          srv('lan.unlisted.example', 587, 4),
        ],
        '_submissions._tcp.unlisted.example': [srv('alt.unlisted.example', 8080)],
      },
      mx: {
        'unlisted.example': [
          { host: 'loopback.unlisted.example', preference: 10 },
          { host: '10.0.0.25', preference: 20 },
        ],
      },
    },
    email: UNLISTED,
  },
} satisfies Record<string, Omit<BuiltInScenario, 'name'>>;

/**
 * Networks where a bare connect to 443 says nothing (docs/diagnosis.md, "Rules that real networks
 * taught"): the web controls must prove what answered.
 */
const WEB_NETWORKS = {
  portal_by_https: {
    verdict: 'captive_portal',
    summary:
      "hotel sign-in page that leaves DNS alone: every HTTPS connect answered with the portal's own certificate, plain HTTP with a 302 to its login, mail ports dropped",
    isp: { captivePortal: true, webToPortal: true },
  },
  proxy_only: {
    verdict: 'smtp_blocked',
    summary:
      'company network, web only through a proxy: the firewall passes only proxy.corp.example:3128 (CONNECT to 443), the PC has https_proxy set',
    isp: { onlyTo: { server: 'corp-proxy', ports: [3128, 8080] } },
    pc: { proxy: 'http://proxy.corp.example:3128' },
  },
  proxy_login: {
    verdict: 'smtp_blocked',
    summary:
      'as proxy_only, but the proxy (port 8080) answers every CONNECT with 407 until it gets a login',
    isp: { onlyTo: { server: 'corp-proxy', ports: [3128, 8080] } },
    pc: { proxy: 'http://proxy.corp.example:8080' },
  },
} satisfies Record<string, Omit<BuiltInScenario, 'name'>>;

const defs = {
  open: { verdict: 'ok', summary: 'nothing blocked', isp: {} },
  op25b_drop: {
    verdict: 'port25_blocked',
    summary: 'OP25B: outbound 25 silently dropped',
    isp: { port25: 'drop' },
  },
  op25b_reset: {
    verdict: 'port25_blocked',
    summary: 'OP25B: outbound 25 answered with a TCP reset',
    isp: { port25: 'reset' },
  },
  op25b_icmp: {
    verdict: 'port25_blocked',
    summary: 'OP25B: outbound 25 rejected with ICMP administratively prohibited',
    isp: { port25: 'icmp' },
  },
  op25b_intercept: {
    verdict: 'port25_intercepted',
    summary: "OP25B by transparent interception: outbound 25 lands on the ISP's relay",
    isp: { port25: 'intercept' },
  },
  submission_blocked: {
    verdict: 'submission_blocked',
    summary: '25 and 587 dropped, 465 open',
    isp: { dropPorts: [25, 587] },
  },
  smtp_blocked: {
    verdict: 'smtp_blocked',
    summary: '25, 465 and 587 dropped, 443 open (hotel / company firewall)',
    isp: { dropPorts: [25, 465, 587] },
  },
  server_down: {
    verdict: 'server_unreachable',
    summary: "example.jp's submission host answers nothing; everything else works",
    isp: {},
    silentServers: ['example-jp'],
  },
  server_refusing: {
    verdict: 'server_unreachable',
    summary: "example.jp's submission host is up but no mail port listens (connects refused)",
    isp: {},
    servers: { 'example-jp': { down: true } },
  },
  tls_expired: {
    verdict: 'tls_problem',
    summary: "example.jp's 587/465 present an expired certificate",
    isp: {},
    servers: { 'example-jp': { cert: 'expired' } },
  },
  tls_wrong_host: {
    verdict: 'tls_problem',
    summary: "example.jp's 587/465 present a certificate for another name",
    isp: {},
    servers: { 'example-jp': { cert: 'wrong_host' } },
  },
  tls_self_signed: {
    verdict: 'tls_problem',
    summary: "example.jp's 587/465 present a self-signed certificate",
    isp: {},
    servers: { 'example-jp': { cert: 'self_signed' } },
  },
  dns_drops_mx: {
    verdict: 'port25_blocked',
    summary:
      "OP25B drop, and the router drops the DNS queries for example.jp's MX while it answers everything else",
    isp: { port25: 'drop', dnsDropTypes: { name: 'example.jp', types: ['MX'] } },
  },
  dns_down: {
    verdict: 'dns_unavailable',
    summary: 'the resolver does not answer',
    isp: { dnsDown: true },
  },
  no_internet: {
    verdict: 'internet_unreachable',
    summary: 'names resolve, the ISP forwards nothing',
    isp: { forward: false },
  },
  offline: {
    verdict: 'offline',
    summary: 'the PC has no link and no route',
    isp: {},
    pcOnline: false,
  },
  op25b_loss: {
    verdict: 'port25_blocked',
    summary: '4% random loss on everything forwarded, plus OP25B drop',
    isp: { port25: 'drop', lossPercent: 4 },
  },
  loss_open: { verdict: 'ok', summary: '4% random loss, nothing blocked', isp: { lossPercent: 4 } },
  wrong_password: {
    verdict: 'auth_failed',
    summary: 'OP25B drop; the user types a wrong password for the login test',
    isp: { port25: 'drop' },
    password: 'wrong password',
  },
  domain_missing: {
    verdict: 'domain_not_found',
    summary: "nothing blocked; the address's domain (in Unicode) does not exist",
    isp: {},
    email: 'taro@存在しない.jp',
  },
  ...REAL_NETWORKS,
  ...HOSTILE_NETWORKS,
  ...WEB_NETWORKS,
} satisfies Record<string, Omit<BuiltInScenario, 'name'>>;

/** Names of the built-in scenarios. */
export type ScenarioName = keyof typeof defs;

/** A built-in scenario: it declares its verdict. */
export type BuiltInScenario = Scenario & { verdict: VerdictCode };

/** The built-in scenarios by name. */
export const SCENARIOS: Readonly<Record<ScenarioName, BuiltInScenario>> = Object.fromEntries(
  Object.entries(defs).map(([name, def]) => [name, { name, ...def } as BuiltInScenario]),
) as Record<ScenarioName, BuiltInScenario>;

/** Every built-in scenario name. */
export const SCENARIO_NAMES = Object.keys(defs) as ScenarioName[];

/** Resolves a name or passes a scenario object through. */
export function resolveScenario(scenario: ScenarioName | Scenario): Scenario {
  if (typeof scenario !== 'string') return scenario;
  const found = SCENARIOS[scenario];
  if (!found) throw new Error(`unknown lab scenario ${String(scenario)}`);
  return found;
}
