/**
 * A tiny authoritative DNS server over UDP for tests: answers MX, A, AAAA and SRV from a zone
 * given as an object, and can answer NXDOMAIN, SERVFAIL, REFUSED, nothing at all for one name
 * (drop) or for some of its types, late, or nothing at all for any name (silent). Listens on
 * loopback only.
 */
import { createSocket } from 'node:dgram';
import type { RemoteInfo } from 'node:dgram';
import { isIPv4, isIPv6 } from 'node:net';

/** The records and behaviour of one name (keys are lower-case names without a trailing dot). */
export interface TestZoneEntry {
  MX?: { priority: number; exchange: string }[];
  A?: string[];
  AAAA?: string[];
  SRV?: { priority: number; weight: number; port: number; target: string }[];
  rcode?: 'NXDOMAIN' | 'SERVFAIL' | 'REFUSED';
  /** Never answer queries for this name. */
  drop?: boolean;
  /** Never answer queries of these types for this name (a router's DNS proxy that drops MX). */
  dropTypes?: RrType[];
  /** Leave the first this many queries of these types unanswered (lost packets), then answer. */
  loseFirst?: { types: RrType[]; count: number };
  /** Answer only after this long (a slow resolver). */
  delayMs?: number;
}

/** A running test server. */
export interface TestDnsServer {
  /** 'ADDRESS:PORT', ready for DnsOptions.servers. */
  server: string;
  port: number;
  /** Every question received, in order, as 'TYPE name'. */
  queries: string[];
  close(): Promise<void>;
}

export type RrType = 'A' | 'MX' | 'AAAA' | 'SRV';
const TYPES: Record<number, RrType> = { 1: 'A', 15: 'MX', 28: 'AAAA', 33: 'SRV' };
const RCODES = { NOERROR: 0, SERVFAIL: 2, NXDOMAIN: 3, REFUSED: 5 } as const;

function encodeName(name: string): Buffer {
  const labels = name
    .replace(/\.$/, '')
    .split('.')
    .filter((l) => l.length > 0);
  const parts = labels.map((l) =>
    Buffer.concat([Buffer.from([l.length]), Buffer.from(l, 'ascii')]),
  );
  return Buffer.concat([...parts, Buffer.from([0])]);
}

function u16(n: number): Buffer {
  const b = Buffer.alloc(2);
  b.writeUInt16BE(n);
  return b;
}

function ipv6Bytes(address: string): Buffer {
  const [head = '', tail] = address.split('::');
  const groups = (s: string): string[] => (s === '' ? [] : s.split(':'));
  const h = groups(head);
  const t = tail === undefined ? [] : groups(tail);
  const all = [...h, ...Array<string>(8 - h.length - t.length).fill('0'), ...t];
  return Buffer.concat(all.map((g) => u16(parseInt(g, 16))));
}

function rdata(type: RrType, entry: TestZoneEntry): Buffer[] {
  switch (type) {
    case 'A':
      return (entry.A ?? []).map((a) => Buffer.from(a.split('.').map(Number)));
    case 'AAAA':
      return (entry.AAAA ?? []).map(ipv6Bytes);
    case 'MX':
      return (entry.MX ?? []).map((m) => Buffer.concat([u16(m.priority), encodeName(m.exchange)]));
    case 'SRV':
      return (entry.SRV ?? []).map((s) =>
        Buffer.concat([u16(s.priority), u16(s.weight), u16(s.port), encodeName(s.target)]),
      );
  }
}

/** Builds the reply to one query, or null to stay silent (also for packets we cannot read). */
function reply(msg: Buffer, zone: Record<string, TestZoneEntry>, log: string[]): Buffer | null {
  if (msg.length < 12 || msg.readUInt16BE(4) !== 1) return null;
  let off = 12;
  const labels: string[] = [];
  for (;;) {
    const len = msg[off];
    if (len === undefined || len > 63) return null;
    off++;
    if (len === 0) break;
    labels.push(msg.toString('ascii', off, off + len));
    off += len;
  }
  if (off + 4 > msg.length) return null;
  const qtype = msg.readUInt16BE(off);
  const question = msg.subarray(12, off + 4);
  const name = labels.join('.').toLowerCase();
  const typeName = TYPES[qtype] as RrType | undefined;
  log.push(`${typeName ?? qtype} ${name}`);
  const entry = zone[name];
  if (entry?.drop) return null;
  if (typeName && entry?.dropTypes?.includes(typeName)) return null;
  if (typeName && entry?.loseFirst?.types.includes(typeName) && entry.loseFirst.count > 0) {
    entry.loseFirst.count--;
    return null;
  }
  let rcode: number = RCODES.NOERROR;
  let answers: Buffer[] = [];
  if (!entry) rcode = RCODES.NXDOMAIN;
  else if (entry.rcode) rcode = RCODES[entry.rcode];
  else if (typeName) answers = rdata(typeName, entry);
  const flags = 0x8000 | (msg.readUInt16BE(2) & 0x7900) | 0x0400 | 0x0080 | rcode;
  const header = Buffer.concat([
    msg.subarray(0, 2),
    u16(flags),
    u16(1),
    u16(answers.length),
    u16(0),
    u16(0),
  ]);
  const records = answers.map((rd) =>
    // 0xc00c points back at the question's name; class IN, TTL 60.
    Buffer.concat([
      u16(0xc00c),
      u16(qtype),
      u16(1),
      Buffer.from([0, 0, 0, 60]),
      u16(rd.length),
      rd,
    ]),
  );
  return Buffer.concat([header, question, ...records]);
}

/** Starts a server on 127.0.0.1 (or ::1) on a free port; silent servers never answer anything. */
export async function startTestDnsServer(
  zone: Record<string, TestZoneEntry>,
  options: { silent?: boolean; host?: '127.0.0.1' | '::1' } = {},
): Promise<TestDnsServer> {
  const host = options.host ?? '127.0.0.1';
  if (!isIPv4(host) && !isIPv6(host)) throw new Error('loopback only');
  const socket = createSocket(isIPv6(host) ? 'udp6' : 'udp4');
  const queries: string[] = [];
  let closed = false;
  socket.on('message', (msg: Buffer, rinfo: RemoteInfo) => {
    if (options.silent) {
      queries.push('(ignored)');
      return;
    }
    const out = reply(msg, zone, queries);
    const delay = zone[queries.at(-1)?.split(' ')[1] ?? '']?.delayMs ?? 0;
    const send = (): void => {
      if (out && !closed) socket.send(out, rinfo.port, rinfo.address);
    };
    if (delay > 0) setTimeout(send, delay);
    else send();
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('error', reject);
    socket.bind(0, host, () => {
      socket.off('error', reject);
      resolve();
    });
  });
  const port = socket.address().port;
  return {
    server: isIPv6(host) ? `[${host}]:${port}` : `${host}:${port}`,
    port,
    queries,
    close: () => {
      closed = true;
      return new Promise<void>((resolve) => socket.close(() => resolve()));
    },
  };
}
