/**
 * A plain DNS probe for lab tests, run inside the PC (it uses the PC's resolv.conf):
 *   node --import tsx test/lab/probe-dns.ts [--timeout MS] QUERY...
 * QUERY is TYPE:NAME, TYPE one of A, MX, SRV, ... (c-ares) or LOOKUP (getaddrinfo).
 * All queries run at once; one JSON line (DnsReport) per query, in the order given.
 */
import { lookup, Resolver } from 'node:dns/promises';
import { parseArgs } from 'node:util';

/** What the probe prints for one query. */
export interface DnsReport {
  query: string;
  ok: boolean;
  records: unknown;
  /** Node's code: ENOTFOUND (NXDOMAIN), ENODATA, ETIMEOUT, EAI_AGAIN, ... */
  code: string | null;
  ms: number;
}

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { timeout: { type: 'string', default: '1500' } },
});

async function query(text: string): Promise<DnsReport> {
  const [type = 'A', name = ''] = text.split(':');
  const started = performance.now();
  const report: DnsReport = { query: text, ok: false, records: null, code: null, ms: 0 };
  try {
    if (type === 'LOOKUP') {
      report.records = await lookup(name, { all: true });
    } else {
      const resolver = new Resolver({ timeout: Number(values.timeout), tries: 1 });
      report.records = await resolver.resolve(name, type);
    }
    report.ok = true;
  } catch (e) {
    report.code = (e as NodeJS.ErrnoException).code ?? String(e);
  }
  report.ms = Math.round(performance.now() - started);
  return report;
}

const reports = await Promise.all(positionals.map(query));
process.stdout.write(reports.map((r) => JSON.stringify(r)).join('\n') + '\n');
