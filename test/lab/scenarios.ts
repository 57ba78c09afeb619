/** Lab scenarios as data: ISP policy + DNS changes + server knobs + the PC's network state. */
import type { MxRecord, ServerId, SrvRecord } from './topology.js';

/** What the ISP does to the PC's outbound TCP 25 (its own relay always stays reachable). */
export type Port25Policy = 'drop' | 'reset' | 'icmp' | 'intercept';

/** The ISP router's policy (rendered to nftables in sclab-isp). */
export interface IspPolicy {
  /** OP25B: outbound 25 to anything but the ISP's relay is dropped, reset, ICMP-rejected or redirected. */
  port25?: Port25Policy;
  /** Outbound TCP ports silently dropped to every destination, the ISP's relay included. */
  dropPorts?: number[];
  /** false: the router forwards nothing at all (its resolver still answers). Default true. */
  forward?: boolean;
  /** The resolver does not answer (UDP and TCP 53 dropped on the router). */
  dnsDown?: boolean;
  /** Percent of forwarded packets dropped at random, both directions. */
  lossPercent?: number;
  /** Raw nft rules for the forward chain, placed before the ones above. */
  extraForwardRules?: string[];
}

/** Which certificate a server presents. */
export type CertVariant = 'valid' | 'expired' | 'wrong_host' | 'self_signed';

/** Per-server knobs; everything unset means a healthy server. */
export interface ServerKnobs {
  cert?: CertVariant;
  /** Offer STARTTLS on the plain ports (default true). */
  starttls?: boolean;
  /** Greeting code; anything but 220 is sent with a message and the connection is closed. */
  greetingCode?: number;
  /** true: no port listens (connects are refused); a list: only those ports do not listen. */
  down?: boolean | number[];
}

/** Changes to the base DNS data; null removes a name. */
export interface DnsChanges {
  hosts?: Record<string, string | null>;
  mx?: Record<string, MxRecord[] | null>;
  srv?: Record<string, SrvRecord[] | null>;
}

/** One lab state. */
export interface Scenario {
  name: string;
  summary: string;
  isp: IspPolicy;
  /** Servers whose every address silently drops all traffic (dropped inside sclab-net). */
  silentServers?: ServerId[];
  servers?: Partial<Record<ServerId, ServerKnobs>>;
  dns?: DnsChanges;
  /** false: the PC's link is down and it has no route. Default true. */
  pcOnline?: boolean;
}

const defs = {
  open: { summary: 'nothing blocked', isp: {} },
  op25b_drop: { summary: 'OP25B: outbound 25 silently dropped', isp: { port25: 'drop' } },
  op25b_reset: {
    summary: 'OP25B: outbound 25 answered with a TCP reset',
    isp: { port25: 'reset' },
  },
  op25b_icmp: {
    summary: 'OP25B: outbound 25 rejected with ICMP administratively prohibited',
    isp: { port25: 'icmp' },
  },
  op25b_intercept: {
    summary: "OP25B by transparent interception: outbound 25 lands on the ISP's relay",
    isp: { port25: 'intercept' },
  },
  submission_blocked: {
    summary: '25 and 587 dropped, 465 open',
    isp: { dropPorts: [25, 587] },
  },
  smtp_blocked: {
    summary: '25, 465 and 587 dropped, 443 open (hotel / company firewall)',
    isp: { dropPorts: [25, 465, 587] },
  },
  server_down: {
    summary: "example.jp's submission host answers nothing; everything else works",
    isp: {},
    silentServers: ['example-jp'],
  },
  server_refusing: {
    summary: "example.jp's submission host is up but no mail port listens (connects refused)",
    isp: {},
    servers: { 'example-jp': { down: true } },
  },
  tls_expired: {
    summary: "example.jp's 587/465 present an expired certificate",
    isp: {},
    servers: { 'example-jp': { cert: 'expired' } },
  },
  tls_wrong_host: {
    summary: "example.jp's 587/465 present a certificate for another name",
    isp: {},
    servers: { 'example-jp': { cert: 'wrong_host' } },
  },
  tls_self_signed: {
    summary: "example.jp's 587/465 present a self-signed certificate",
    isp: {},
    servers: { 'example-jp': { cert: 'self_signed' } },
  },
  dns_down: { summary: 'the resolver does not answer', isp: { dnsDown: true } },
  no_internet: {
    summary: 'names resolve, the ISP forwards nothing',
    isp: { forward: false },
  },
  offline: { summary: 'the PC has no link and no route', isp: {}, pcOnline: false },
  op25b_loss: {
    summary: '4% random loss on everything forwarded, plus OP25B drop',
    isp: { port25: 'drop', lossPercent: 4 },
  },
  loss_open: { summary: '4% random loss, nothing blocked', isp: { lossPercent: 4 } },
} satisfies Record<string, Omit<Scenario, 'name'>>;

/** Names of the built-in scenarios. */
export type ScenarioName = keyof typeof defs;

/** The built-in scenarios by name. */
export const SCENARIOS: Readonly<Record<ScenarioName, Scenario>> = Object.fromEntries(
  Object.entries(defs).map(([name, def]) => [name, { name, ...def } as Scenario]),
) as Record<ScenarioName, Scenario>;

/** Every built-in scenario name. */
export const SCENARIO_NAMES = Object.keys(defs) as ScenarioName[];

/** Resolves a name or passes a scenario object through. */
export function resolveScenario(scenario: ScenarioName | Scenario): Scenario {
  if (typeof scenario !== 'string') return scenario;
  const found = SCENARIOS[scenario];
  if (!found) throw new Error(`unknown lab scenario ${String(scenario)}`);
  return found;
}
