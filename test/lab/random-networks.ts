/**
 * Networks made up from a seed: one choice per dimension (the ISP's mail ports, software on the PC,
 * DNS, address families, the path, the web, the kind of provider, the PC's clock), each built from
 * the lab's own parts (IspPolicy, PcSoftware, DnsChanges, server knobs), never a combination the lab
 * cannot build faithfully (EXCLUDED says which and why). random-oracle.ts says what a correct
 * engine concludes from the same choices.
 */
import type { DnsChanges, IspPolicy, PcSoftware, Scenario, ServerKnobs } from './scenarios.js';
import { ADDR, LAB_SERVERS, labServer, type ServerId } from './topology.js';

/** What the ISP does to the PC's mail ports. */
export const PORTS = [
  'open',
  'drop25',
  'reset25',
  'icmp25',
  'relay25',
  'drop25_587',
  'drop_mail',
] as const;
/**
 * Software on the PC between the mail program and the network. The mail shield relays (greets when
 * the server did); one that greets first is left out: docs/diagnosis.md lists a mail shield under
 * port25_intercepted and also says a shield that only relays is evidence, and does not say which a
 * greeting shield on an open line is.
 */
export const PC = ['none', 'mail_shield', 'tls_scanning', 'local_refusal'] as const;
/**
 * The ISP's resolver. Two behaviours the brief names are not here: a slow resolver (the lab's
 * delayer only holds packets the router forwards, and the resolver is the router's own, so no lab
 * part can slow DNS down) and one that drops MX queries (nftables matches the query's bytes for
 * one fixed name only: the named scenario dns_drops_mx).
 */
export const DNS = ['normal', 'hijack_nxdomain', 'down'] as const;
/** The address families of the PC's line. */
export const FAMILY = ['v4', 'dual', 'broken_v6', 'v6_only_nat64'] as const;
/** The path to everything outside the ISP. */
export const PATH = ['near', 'far', 'satellite', 'lossy'] as const;
/** How the web reaches the PC. */
export const WEB = ['open', 'portal_dns', 'portal_https', 'proxy_only'] as const;
/** Who the user's mail provider is. */
export const PROVIDER = [
  'guessed',
  'listed',
  'subdomain',
  'unknown',
  'custom_on_big_host',
  'isp_own',
] as const;
/** The PC's clock. */
export const CLOCK = ['right', 'behind'] as const;

/** One made-up network: a choice per dimension. */
export interface Network {
  ports: (typeof PORTS)[number];
  pc: (typeof PC)[number];
  dns: (typeof DNS)[number];
  family: (typeof FAMILY)[number];
  path: (typeof PATH)[number];
  web: (typeof WEB)[number];
  provider: (typeof PROVIDER)[number];
  clock: (typeof CLOCK)[number];
}

/** Each kind of provider: the address diagnosed. */
export const PROVIDER_EMAIL: Record<Network['provider'], string> = {
  // No provider data: smtp.example.jp is found by guessing.
  guessed: 'taro@example.jp',
  // In the bundled provider data (mail.biglobe.ne.jp).
  listed: 'taro@biglobe.ne.jp',
  // A sub-domain whose parent is in the provider data (smtp.ocn.ne.jp, 465 only).
  subdomain: 'taro@bird.ocn.ne.jp',
  // Nothing knows it: only an MX that takes 25.
  unknown: 'taro@unlisted.example',
  // A custom domain whose MX is Google's: the provider data is found through the MX host's domain.
  custom_on_big_host: 'taro@cafe.example',
  // The ISP's own mail server (inside the ISP, exempt from its OP25B).
  isp_own: 'hanako@isp.example',
};

/** The servers the diagnosis of each kind of provider meets over TLS (for the clock's certificates). */
const PROVIDER_SERVERS: Record<Network['provider'], ServerId[]> = {
  guessed: ['example-jp'],
  listed: ['biglobe'],
  subdomain: ['ocn-smtp'],
  unknown: [],
  custom_on_big_host: [],
  isp_own: ['isp-relay'],
};

/** How far the PC's clock is behind (as the built-in pc_clock_behind scenario). */
const CLOCK_BEHIND_DAYS = 730;
const FAR_ONE_WAY_MS = 150;
const SATELLITE_ONE_WAY_MS = 325;
const LOSS_PERCENT = 4;

type Rule = { when: Partial<{ [K in keyof Network]: Network[K][] }>; why: string };

/**
 * Combinations the generator never makes, and why. A network matches a rule when each dimension
 * the rule names has one of the listed values.
 */
export const EXCLUDED: readonly Rule[] = [
  {
    when: { family: ['v6_only_nat64'], path: ['far', 'satellite', 'lossy'] },
    why: "the NAT64 terminates in the router, and the delayer and the loss rule only see packets the router forwards: an IPv6-only PC's path would stay near and clean whatever was asked",
  },
  {
    when: { family: ['v6_only_nat64', 'dual', 'broken_v6'], pc: ['mail_shield', 'tls_scanning'] },
    why: "the PC's interceptors handle IPv4 only: IPv6 connects would pass by a product that in real life takes both (and answers them on the PC itself even where the line's IPv6 is broken)",
  },
  {
    when: { family: ['v6_only_nat64'], web: ['portal_dns', 'portal_https', 'proxy_only'] },
    why: 'the sign-in page and the company firewall are IPv4 rules in the router, and the NAT64 (which terminates in the router) passes around them',
  },
  {
    when: { pc: ['tls_scanning'], web: ['portal_dns', 'portal_https', 'proxy_only'] },
    why: "the lab's inspecting product re-signs whatever it reaches, the sign-in page too, and a tunnel through the company proxy escapes it (it takes connects by port): what a real product does there is its own choice, not the network's",
  },
  {
    when: { pc: ['tls_scanning'], clock: ['behind'] },
    why: "the inspecting product issues its certificates by this machine's clock, so no certificate would fail in time: the lab cannot show a product that passes the servers' clock on",
  },
  {
    when: { dns: ['hijack_nxdomain'], web: ['portal_dns'] },
    why: 'the sign-in page already answers every name, so the hijack would change nothing',
  },
  {
    when: { provider: ['unknown'], ports: ['open', 'drop25_587'] },
    why: 'docs/diagnosis.md says what to conclude when no submission server exists only where port 25 is blocked (port25_blocked, no settings) or intercepted',
  },
  {
    when: { provider: ['isp_own'], ports: ['relay25', 'drop25_587'] },
    why: "the ISP's relay is the user's own server (interception by it leads where the user goes anyway), and dropping 25 and 587 to every destination shuts the ISP's server, which has no 465: docs/diagnosis.md names no verdict for either",
  },
];

/** Why a network cannot be made, or null when it can. */
export function exclusion(n: Network): string | null {
  for (const rule of EXCLUDED) {
    const matches = Object.entries(rule.when).every(([dim, values]) =>
      (values as string[]).includes(n[dim as keyof Network]),
    );
    if (matches) return rule.why;
  }
  return null;
}

/**
 * mulberry32: a small, fast 32-bit PRNG, the same sequence for the same seed everywhere. The seed
 * is mixed first (murmur3's finaliser), so that neighbouring seeds make unrelated networks.
 */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  a = Math.imul(a ^ (a >>> 16), 0x85ebca6b) >>> 0;
  a = Math.imul(a ^ (a >>> 13), 0xc2b2ae35) >>> 0;
  a = (a ^ (a >>> 16)) >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * How often each value is drawn, against 1 for a value not named. Networks that stop early in the
 * precedence (no DNS, a sign-in page, the company proxy, a wrong clock) are rarer in the field than
 * ordinary lines, and drawn evenly they would hide the port findings behind them: with every value
 * equally likely, only 7 of 200 networks reached a verdict about the mail ports.
 */
const WEIGHTS: { [K in keyof Network]?: Partial<Record<Network[K], number>> } = {
  dns: { normal: 8 },
  web: { open: 6 },
  clock: { right: 4 },
  pc: { none: 3 },
};

/** The network a seed makes: one choice per dimension, drawn again until the lab can build it. */
export function generateNetwork(seed: number): Network {
  const next = prng(seed);
  const pick = <K extends keyof Network>(dim: K, values: readonly Network[K][]): Network[K] => {
    const weights = values.map((v) => WEIGHTS[dim]?.[v] ?? 1);
    let r = next() * weights.reduce((a, b) => a + b, 0);
    for (const [i, v] of values.entries()) {
      r -= weights[i] ?? 1;
      if (r < 0) return v;
    }
    return values[values.length - 1] as Network[K];
  };
  for (;;) {
    const n: Network = {
      ports: pick('ports', PORTS),
      pc: pick('pc', PC),
      dns: pick('dns', DNS),
      family: pick('family', FAMILY),
      path: pick('path', PATH),
      web: pick('web', WEB),
      provider: pick('provider', PROVIDER),
      clock: pick('clock', CLOCK),
    };
    if (exclusion(n) === null) return n;
  }
}

/** One line that names every choice (and so tells distinct networks apart). */
export function describeNetwork(n: Network): string {
  return `ports=${n.ports} pc=${n.pc} dns=${n.dns} family=${n.family} path=${n.path} web=${n.web} provider=${n.provider} clock=${n.clock}`;
}

function ispPolicy(n: Network): IspPolicy {
  const isp: IspPolicy = {};
  const port25 = {
    drop25: 'drop',
    reset25: 'reset',
    icmp25: 'icmp',
    relay25: 'intercept',
  } as const;
  if (n.ports in port25) isp.port25 = port25[n.ports as keyof typeof port25];
  if (n.ports === 'drop25_587') isp.dropPorts = [25, 587];
  if (n.ports === 'drop_mail') isp.dropPorts = [25, 465, 587];
  if (n.dns === 'down') isp.dnsDown = true;
  if (n.family === 'broken_v6') isp.extraForwardRules = ['meta nfproto ipv6 drop'];
  if (n.path === 'far') isp.delay = { defaultMs: FAR_ONE_WAY_MS };
  if (n.path === 'satellite') isp.delay = { defaultMs: SATELLITE_ONE_WAY_MS };
  if (n.path === 'lossy') isp.lossPercent = LOSS_PERCENT;
  if (n.web === 'portal_dns') {
    isp.captivePortal = true;
    isp.dropPorts = [25, 465, 587];
  }
  if (n.web === 'portal_https') {
    isp.captivePortal = true;
    isp.webToPortal = true;
  }
  if (n.web === 'proxy_only') isp.onlyTo = { server: 'corp-proxy', ports: [3128, 8080] };
  return isp;
}

function pcSoftware(n: Network): PcSoftware {
  const pc: PcSoftware = {};
  if (n.pc === 'mail_shield') pc.mailShield = 'relay';
  if (n.pc === 'tls_scanning') pc.tlsInspection = true;
  if (n.pc === 'local_refusal') pc.denyMailConnect = true;
  if (n.family === 'v6_only_nat64') pc.ipv6Only = true;
  if (n.web === 'proxy_only') pc.proxy = 'http://proxy.corp.example:3128';
  return pc;
}

function dnsChanges(n: Network): DnsChanges {
  const dns: DnsChanges = {};
  if (n.provider === 'custom_on_big_host') {
    dns.mx = { 'cafe.example': [{ host: 'gmail-smtp-in.l.google.com', preference: 10 }] };
  }
  if (n.family === 'dual' || n.family === 'broken_v6') dns.aaaa = 'native';
  if (n.family === 'v6_only_nat64') dns.aaaa = 'dns64';
  if (n.dns === 'hijack_nxdomain') dns.nxdomainTo = labServer('isp-search').ip;
  if (n.web === 'portal_dns') dns.everythingTo = ADDR.portal;
  return dns;
}

/**
 * The PC's clock behind the world's: every server the diagnosis meets over TLS (the provider's,
 * the reference submission host, every web server) shows a certificate valid only from two years
 * on, and every web answer's Date says that time too. To the PC that is its clock being behind.
 */
function clockBehind(n: Network): Partial<Record<ServerId, ServerKnobs>> {
  const knobs: Partial<Record<ServerId, ServerKnobs>> = {};
  const ahead = { clockAheadDays: CLOCK_BEHIND_DAYS };
  for (const s of LAB_SERVERS) {
    if (s.ports.some((p) => p.kind === 'http')) knobs[s.id] = { ...ahead };
  }
  const met: ServerId[] = [
    'google-submission',
    ...PROVIDER_SERVERS[n.provider],
    ...LAB_SERVERS.filter((s) => s.ports.some((p) => p.kind === 'tls')).map((s) => s.id),
  ];
  for (const id of met) knobs[id] = { ...knobs[id], cert: 'not_yet_valid', ...ahead };
  return knobs;
}

/** The lab scenario that builds a network (no declared verdict: the oracle gives it). */
export function networkScenario(n: Network, seed: number): Scenario {
  return {
    name: `random_${seed}`,
    summary: describeNetwork(n),
    isp: ispPolicy(n),
    pc: pcSoftware(n),
    dns: dnsChanges(n),
    ...(n.clock === 'behind' ? { servers: clockBehind(n) } : {}),
    email: PROVIDER_EMAIL[n.provider],
  };
}
