/** The scheduler's resolved hosts: each name is looked up once, whoever asks first. */
import net from 'node:net';
import type { AddressRecord, DnsAnswer } from '../dns.js';

/** Looks up a name's addresses (recorded by the caller's probe set). */
export type AddressLookup = (host: string) => Promise<DnsAnswer<AddressRecord>>;

/** Up to `perFamily` addresses of each family, IPv4 first: each family is judged on its own. */
export function pickAddresses(records: AddressRecord[], perFamily: number): string[] {
  const pick = (family: 4 | 6) =>
    records
      .filter((r) => r.family === family)
      .slice(0, perFamily)
      .map((r) => r.address);
  return [...pick(4), ...pick(6)];
}

/** Host name -> the addresses to probe, shared by every probe of the plan. */
export class HostAddresses {
  private readonly resolved = new Map<string, Promise<string[]>>();

  constructor(
    private readonly lookup: AddressLookup,
    private readonly perFamily: number,
  ) {}

  /** The addresses to probe for `host` (an IP literal is its own address); [] when it did not resolve. */
  resolve(host: string): Promise<string[]> {
    const known = this.resolved.get(host);
    if (known) return known;
    const p = net.isIP(host)
      ? Promise.resolve([host])
      : this.lookup(host).then((a) =>
          a.outcome === 'found' ? pickAddresses(a.records, this.perFamily) : [],
        );
    this.resolved.set(host, p);
    return p;
  }

  /** Names looked up so far. */
  names(): string[] {
    return [...this.resolved.keys()];
  }
}
