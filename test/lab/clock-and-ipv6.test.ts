/**
 * The PC's clock and broken IPv6 (docs/diagnosis.md, "Rules that real networks taught"), through
 * the real CLI inside the PC, in Japanese and English: what the customer reads, and the JSON the
 * support screen rests on. One lab serves the whole file.
 */
import { execFileSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { labAvailable } from './lab.js';
import type { ScenarioName } from './scenarios.js';
import { LAB_ACCOUNT } from './topology.js';
import { useLab } from './use-lab.js';

interface CliJson {
  verdict: { code: string; confidence: string; title: string };
  recommended: { host: string; port: number; verified: boolean } | null;
  evidence: { id: string; text: string; probes: string[] }[];
  probes: {
    id: string;
    role: string;
    host: string;
    ip: string | null;
    port: number | null;
    outcome: string;
  }[];
  blockedAt: string | null;
}

const available = labAvailable();

describe.skipIf(!available.ok)(
  `the PC's clock and broken IPv6 in the lab${available.ok ? '' : ` (skipped: ${available.reason})`}`,
  () => {
    const lab = useLab();
    beforeAll(() => {
      execFileSync('node', ['scripts/build.mjs', 'cli'], { stdio: 'inherit' });
    });

    async function cli(scenario: ScenarioName, lang: 'ja' | 'en', json: boolean) {
      await lab().apply(scenario);
      const argv = ['node', 'build/cli/cli.mjs', 'diagnose', '--email', LAB_ACCOUNT.email];
      const r = await lab().run([...argv, ...(json ? ['--json'] : []), '--lang', lang], {
        env: lab().env,
        timeoutMs: 30_000,
      });
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      return r.stdout;
    }

    describe("a PC whose clock is two years behind (every server's certificate is valid only from two years on)", () => {
      it('is pc_clock, stopped at the PC; the settings stay, not verified because of the clock', async () => {
        const r = JSON.parse(await cli('pc_clock_behind', 'en', true)) as CliJson;
        expect(r.verdict.code).toBe('pc_clock');
        expect(r.blockedAt).toBe('pc');
        expect(r.recommended).toMatchObject({ host: 'smtp.example.jp', verified: false });
        const clock = r.evidence.find((e) => e.id === 'clock_wrong');
        expect(clock?.text).toMatch(/smtp\.example\.jp/);
        expect(clock?.text).toMatch(/smtp\.gmail\.com/);
        expect(clock?.text).toMatch(/clock is behind/);
        // Each sentence points at the probes whose certificates showed it (the mail servers' and
        // the web controls').
        const certified = new Set(
          r.probes.filter((p) => [587, 465, 443].includes(p.port ?? 0)).map((p) => p.id),
        );
        expect(clock?.probes.some((id) => id.includes(':587') || id.includes(':465'))).toBe(true);
        expect(clock?.probes.length).toBeGreaterThan(1);
        for (const id of clock?.probes ?? []) expect(certified.has(id)).toBe(true);
        expect(r.evidence.map((e) => e.id)).toContain('clock_unverified');
        // The connectivity checks' Date headers tell the world's time: sure, not a guess.
        expect(r.verdict.confidence).toBe('high');
        expect(r.evidence.map((e) => e.id)).toContain('clock_web_time');
      });

      it('is tls_problem when the web tells the same time as this PC (the servers are wrong, not the clock)', async () => {
        const r = JSON.parse(
          await cli('certificates_ahead_web_clock_right', 'en', true),
        ) as CliJson;
        expect(r.verdict.code).toBe('tls_problem');
        expect(r.evidence.map((e) => e.id)).not.toContain('clock_wrong');
      });

      it('says so in Japanese and English, with the steps for Windows and macOS', async () => {
        const ja = await cli('pc_clock_behind', 'ja', false);
        expect(ja).toContain('このパソコンの時計がずれています');
        expect(ja).toContain('「時刻と言語」');
        expect(ja).toContain('「日付と時刻」');
        expect(ja).toContain('このパソコンの時計が遅れています。');
        expect(ja).toContain('※ このパソコンの時計がずれているため');
        expect(ja).toContain('[pc_clock]');
        const en = await cli('pc_clock_behind', 'en', false);
        expect(en).toContain('This computer’s clock is wrong');
        expect(en).toContain('Time & language → Date & time');
        expect(en).toContain('System Settings → General → Date & Time');
        expect(en).toContain('This computer’s clock is behind.');
        expect(en).toContain('[pc_clock]');
      });
    });

    describe('a line whose IPv6 is configured but broken (AAAA everywhere, the ISP drops IPv6)', () => {
      it('says once that IPv6 does not work on this line, and never that connections come and go', async () => {
        const r = JSON.parse(await cli('ipv6_broken', 'en', true)) as CliJson;
        expect(r.verdict.code).toBe('ok');
        const ids = r.evidence.map((e) => e.id);
        expect(ids.filter((id) => id === 'ipv6_broken')).toHaveLength(1);
        expect(ids).not.toContain('unstable');
        // The finding rests on IPv6 connects that reached nothing, to servers that answered over IPv4.
        const v6 = r.evidence.find((e) => e.id === 'ipv6_broken')?.probes ?? [];
        expect(v6.length).toBeGreaterThan(0);
        for (const id of v6) {
          const p = r.probes.find((x) => x.id === id);
          expect(p?.ip).toContain(':');
          expect(p?.outcome).toBe('filtered');
          expect(
            r.probes.some(
              (x) => x.host === p?.host && !x.ip?.includes(':') && x.outcome === 'open',
            ),
          ).toBe(true);
        }
      });

      it('says it in Japanese and English', async () => {
        expect(await cli('ipv6_broken', 'ja', false)).toContain('この回線では IPv6 が使えません（');
        expect(await cli('ipv6_broken', 'en', false)).toContain(
          'IPv6 does not work on this line (',
        );
      });
    });
  },
);
