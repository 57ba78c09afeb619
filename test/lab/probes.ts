/** Runs the plain probes (probe-tcp.ts, probe-dns.ts) inside the lab's PC and parses their reports. */
import type { Lab } from './lab.js';
import type { DnsReport } from './probe-dns.js';
import type { ProbeReport } from './probe-tcp.js';

export type { DnsReport } from './probe-dns.js';
export type { ProbeReport } from './probe-tcp.js';

function parseLines<T>(stdout: string, stderr: string, count: number): T[] {
  const lines = stdout.trim().split('\n').filter(Boolean);
  if (lines.length !== count)
    throw new Error(`probe printed ${lines.length} of ${count} lines: ${stderr}`);
  return lines.map((l) => JSON.parse(l) as T);
}

/** Probes HOST:PORT[:tls|:starttls] targets at once from the PC. */
export async function probeTcp(
  lab: Lab,
  targets: string[],
  opts: { deadlineMs?: number; user?: string; pass?: string; family?: 4 | 6; mech?: string } = {},
): Promise<ProbeReport[]> {
  const args = [
    '--deadline',
    String(opts.deadlineMs ?? 5000),
    '--family',
    String(opts.family ?? 4),
  ];
  if (opts.user !== undefined) args.push('--user', opts.user, '--pass', opts.pass ?? '');
  if (opts.mech !== undefined) args.push('--mech', opts.mech);
  const r = await lab.run([
    'node',
    '--import',
    'tsx',
    'test/lab/probe-tcp.ts',
    ...args,
    ...targets,
  ]);
  return parseLines<ProbeReport>(r.stdout, r.stderr, targets.length);
}

/** Runs TYPE:NAME DNS queries at once from the PC, through its resolv.conf. */
export async function probeDns(
  lab: Lab,
  queries: string[],
  opts: { timeoutMs?: number } = {},
): Promise<DnsReport[]> {
  const args = ['--timeout', String(opts.timeoutMs ?? 1500)];
  const r = await lab.run([
    'node',
    '--import',
    'tsx',
    'test/lab/probe-dns.ts',
    ...args,
    ...queries,
  ]);
  return parseLines<DnsReport>(r.stdout, r.stderr, queries.length);
}
