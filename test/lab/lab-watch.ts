/**
 * What the lab saw on the wire, read from nftables: every (address, port) the PC sent a SYN to,
 * and how many connects the ISP's interceptors took. Each scenario apply starts both afresh.
 */
import { nsRun } from './network.js';
import { PC_CONNECTS_SETS, REDIRECT_COUNTER } from './nft-rules.js';
import { NS } from './topology.js';

/** One destination the PC tried to connect to. */
export interface PcConnect {
  ip: string;
  port: number;
}

interface NftSetJson {
  set?: { elem?: unknown[] };
}

interface NftCounterJson {
  counter?: { packets?: number };
}

/** One set element of `nft -j`: {concat: [address, port]}, possibly wrapped in {elem: {val: ...}}. */
function toConnect(elem: unknown): PcConnect | null {
  const inner =
    typeof elem === 'object' && elem !== null && 'elem' in elem
      ? (elem as { elem: { val?: unknown } }).elem.val
      : elem;
  if (typeof inner !== 'object' || inner === null || !('concat' in inner)) return null;
  const [ip, port] = (inner as { concat: unknown[] }).concat;
  return typeof ip === 'string' && typeof port === 'number' ? { ip, port } : null;
}

/** Every destination the PC sent a SYN to since the last apply or clear, both families. */
export async function readPcConnects(): Promise<PcConnect[]> {
  const found: PcConnect[] = [];
  for (const set of Object.values(PC_CONNECTS_SETS)) {
    const out = await nsRun(NS.pc, ['nft', '-j', 'list', 'set', 'inet', 'sclab', set]);
    const items = (JSON.parse(out) as { nftables: NftSetJson[] }).nftables;
    for (const item of items) {
      for (const elem of item.set?.elem ?? []) {
        const c = toConnect(elem);
        if (c) found.push(c);
      }
    }
  }
  return found;
}

/** Forgets the destinations seen so far. */
export async function clearPcConnects(): Promise<void> {
  for (const set of Object.values(PC_CONNECTS_SETS)) {
    await nsRun(NS.pc, ['nft', 'flush', 'set', 'inet', 'sclab', set]);
  }
}

/** Connects the ISP's interceptors handed to another server since the last apply. */
export async function readRedirected(): Promise<number> {
  const out = await nsRun(NS.isp, [
    'nft',
    '-j',
    'list',
    'counter',
    'inet',
    'sclab',
    REDIRECT_COUNTER,
  ]);
  const items = (JSON.parse(out) as { nftables: NftCounterJson[] }).nftables;
  return items.reduce((sum, item) => sum + (item.counter?.packets ?? 0), 0);
}
