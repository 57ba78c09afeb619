/**
 * Waiting no longer than the answer needs, through the real CLI in the PC: OP25B on a near network
 * gives up on port 25 at a few round trips of each MX's own address (its other ports answer), and a
 * router that drops MX queries while it answers the rest costs about a second, not the whole DNS
 * deadline. Each network is first shown to behave as intended with plain probes from the PC.
 */
import { execFileSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../electron/engine/config.js';
import { labAvailable } from './lab.js';
import { probeDns, probeTcp } from './probes.js';
import { SCENARIOS, type ScenarioName } from './scenarios.js';
import { LAB_ACCOUNT } from './topology.js';
import { useLab } from './use-lab.js';

interface CliJson {
  verdict: { code: string };
  probes: { role: string; host: string; port: number | null; outcome: string; ms: number }[];
  elapsedMs: number;
}

const available = labAvailable();

/** What the old deadline gave a reference MX never seen answering: three far-away round trips. */
const FAR_AWAY_MS = DEFAULT_CONFIG.rttFactor * DEFAULT_CONFIG.unseenRttMs;

describe.skipIf(!available.ok)(
  `pacing${available.ok ? '' : ` (skipped: ${available.reason})`}`,
  () => {
    const lab = useLab();

    beforeAll(() => {
      execFileSync('node', ['scripts/build.mjs', 'cli'], { stdio: 'inherit' });
    });

    async function diagnose(name: ScenarioName): Promise<CliJson> {
      await lab().apply(name);
      const email = SCENARIOS[name].email ?? LAB_ACCOUNT.email;
      const r = await lab().run(
        ['node', 'build/cli/cli.mjs', 'diagnose', '--json', '--lang', 'en', '--email', email],
        { env: lab().env, timeoutMs: 40_000 },
      );
      expect(r.code, r.stderr).toBe(0);
      const json = JSON.parse(r.stdout) as CliJson;
      console.log(`[${name}] ${json.verdict.code} engine ${json.elapsedMs} ms, process ${r.ms} ms`);
      return json;
    }

    it('near OP25B: the MX addresses answer on another port, so port 25 is given up after a few of their round trips', async () => {
      await lab().apply('op25b_drop');
      const [mx25, mx443] = await probeTcp(
        lab(),
        ['gmail-smtp-in.l.google.com:25', 'gmail-smtp-in.l.google.com:443'],
        { deadlineMs: 1500 },
      );
      expect(mx25?.outcome).toBe('timeout');
      expect(mx443).toMatchObject({ outcome: 'error', code: 'ECONNREFUSED' });

      const json = await diagnose('op25b_drop');
      expect(json.verdict.code).toBe('port25_blocked');
      const port25 = json.probes.filter((p) => p.port === 25);
      expect(port25.map((p) => p.role).sort()).toEqual([
        'own_mx',
        'reference_mx',
        'reference_mx',
        'reference_mx',
      ]);
      for (const p of port25) {
        expect(p.outcome, p.host).toBe('filtered');
        // The floor (250 ms) plus a loaded machine's lateness; the old deadline was 900 ms.
        expect(p.ms, p.host).toBeGreaterThanOrEqual(DEFAULT_CONFIG.rttFloorMs - 5);
        expect(p.ms, p.host).toBeLessThan(FAR_AWAY_MS * 0.75);
      }
    });

    it('a router that drops MX queries: given up after about a second, the verdict unchanged', async () => {
      await lab().apply('dns_drops_mx');
      const [mx, srv, a] = await probeDns(lab(), [
        'MX:example.jp',
        'SRV:_submission._tcp.example.jp',
        'A:smtp.example.jp',
      ]);
      expect(mx?.code).toBe('ETIMEOUT');
      expect(srv?.code).toBe('ENOTFOUND');
      expect(a?.ok).toBe(true);

      const json = await diagnose('dns_drops_mx');
      expect(json.verdict.code).toBe('port25_blocked');
      const lookup = json.probes.find((p) => p.role === 'dns_mx');
      expect(lookup?.outcome).toBe('timeout');
      // Asked again at 500 ms, given up at 1000 ms; the whole DNS deadline is 4000 ms.
      expect(lookup?.ms).toBeGreaterThanOrEqual(900);
      expect(lookup?.ms).toBeLessThan(DEFAULT_CONFIG.dns.deadlineMs / 2);
      expect(json.elapsedMs).toBeLessThan(DEFAULT_CONFIG.dns.deadlineMs);
    });

    it('a far MX whose first SYN is lost is still open (its address answers 443 three round trips in)', async () => {
      const json = await diagnose('distant_mx_lost_syn');
      expect(json.verdict.code).toBe('ok');
      const own = json.probes.filter((p) => p.role === 'own_mx' && p.port === 25);
      expect(own.length).toBeGreaterThan(0);
      for (const p of own) expect(p.outcome, p.host).toBe('open');
    });
  },
);
