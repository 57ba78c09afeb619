/**
 * Online autoconfig through the real CLI in the lab: example.net's outgoing server
 * (outbound.example.net) is named only by https://autoconfig.example.net/mail/config-v1.1.xml,
 * so no guess, SRV record or provider data can find it.
 */
import { execFileSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { labAvailable } from './lab.js';
import type { Scenario, ScenarioName } from './scenarios.js';
import { useLab } from './use-lab.js';

interface CliJson {
  verdict: { code: string };
  recommended: Record<string, unknown> | null;
  candidates?: unknown;
  probes: {
    kind: string;
    role: string;
    host: string;
    port: number | null;
    outcome: string;
    ms: number;
    detail: string;
    source?: string;
  }[];
  elapsedMs: number;
}

const available = labAvailable();
const SETTINGS = {
  host: 'outbound.example.net',
  port: 587,
  security: 'starttls',
  auth: true,
  username: 'taro@example.net',
  verified: true,
  source: 'autoconfig',
};

// Runs inside the lab PC: three GETs through Node's own HTTPS client and the lab CA.
const FETCH_SCRIPT = `
const https = require('node:https');
const get = (url) => new Promise((resolve) => {
  https.get(url, (res) => {
    let body = '';
    res.on('data', (c) => (body += c));
    res.on('end', () => resolve({ url, status: res.statusCode, type: res.headers['content-type'] ?? null, body }));
  }).on('error', (e) => resolve({ url, error: e.code }));
});
Promise.all([
  get('https://autoconfig.example.net/mail/config-v1.1.xml?emailaddress=taro%40example.net'),
  get('https://autoconfig.example.net/other.xml'),
  get('https://www.google.com/mail/config-v1.1.xml'),
]).then((r) => console.log(JSON.stringify(r)));
`;

// autoconfig.example.jp and autoconfig.biglobe.ne.jp exist but never answer: how long does the verdict wait?
const SILENT_AUTOCONFIG: Scenario = {
  name: 'silent_autoconfig',
  summary: 'autoconfig hosts for example.jp and biglobe.ne.jp drop everything',
  isp: {},
  silentServers: ['example-net-autoconfig'],
  dns: {
    hosts: {
      'autoconfig.example.jp': '203.0.113.62',
      'autoconfig.biglobe.ne.jp': '203.0.113.62',
    },
  },
};

describe.skipIf(!available.ok)(
  `online autoconfig in the lab${available.ok ? '' : ` (skipped: ${available.reason})`}`,
  () => {
    const lab = useLab();
    beforeAll(() => {
      execFileSync('node', ['scripts/build.mjs', 'cli'], { stdio: 'inherit' });
    });

    async function diagnose(scenario: ScenarioName | Scenario, address: string): Promise<CliJson> {
      await lab().apply(scenario);
      const r = await lab().run(
        ['node', 'build/cli/cli.mjs', 'diagnose', '--json', '--lang', 'en', '--email', address],
        { env: lab().env, timeoutMs: 30_000 },
      );
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      return JSON.parse(r.stdout) as CliJson;
    }
    const autoconfigProbes = (j: CliJson) => j.probes.filter((p) => p.role === 'autoconfig');

    it('the autoconfig host serves its document on GET and 404 otherwise; web controls still say 204', async () => {
      await lab().apply('open');
      const r = await lab().run(['node', '-e', FETCH_SCRIPT], { env: lab().env });
      const [doc, other, web] = JSON.parse(r.stdout) as Record<string, unknown>[];
      expect(doc).toMatchObject({ status: 200, type: 'application/xml; charset=utf-8' });
      expect(doc?.body).toContain('<hostname>outbound.example.net</hostname>');
      expect(other).toMatchObject({ status: 404, body: '' });
      expect(web).toMatchObject({ status: 204, body: '' });
    });

    it('OP25B by drop: port25_blocked, and the server only autoconfig names, verified', async () => {
      const json = await diagnose('op25b_drop', 'taro@example.net');
      expect(json.verdict.code).toBe('port25_blocked');
      expect(json.recommended).toEqual(SETTINGS);
      expect(autoconfigProbes(json).map((p) => [p.kind, p.host, p.port, p.outcome])).toEqual([
        ['http', 'autoconfig.example.net', 443, 'found'],
        ['http', 'example.net', 443, 'nodata'],
      ]);
      const submission = json.probes.find(
        (p) => p.role === 'submission' && p.host === 'outbound.example.net' && p.port === 587,
      );
      expect(submission).toMatchObject({ kind: 'smtp', outcome: 'open', source: 'autoconfig' });
      // No guess found it: the guessed names do not exist, the MX takes no submissions.
      const guesses = json.probes.filter((p) => p.role === 'submission' && p.source === 'guess');
      expect(guesses.every((p) => p.outcome !== 'open')).toBe(true);
    });

    it('open network: ok with the same settings', async () => {
      const json = await diagnose('open', 'taro@example.net');
      expect(json.verdict.code).toBe('ok');
      expect(json.recommended).toEqual(SETTINGS);
    });

    it('a silent autoconfig host: the verdict waits a short grace only once a guess answered', async () => {
      const json = await diagnose(SILENT_AUTOCONFIG, 'taro@example.jp');
      expect(json.verdict.code).toBe('ok');
      expect(json.recommended).toMatchObject({ host: 'smtp.example.jp', source: 'guess' });
      const [sub] = autoconfigProbes(json);
      expect(sub).toMatchObject({ host: 'autoconfig.example.jp', outcome: 'skipped' });
      // Far below the 2.5 s autoconfig deadline: everything else took ~0.2 s, plus 0.3 s grace.
      expect(json.elapsedMs).toBeLessThan(1000);
    });

    it('a silent autoconfig host is dropped at once when the provider data answered', async () => {
      const json = await diagnose(SILENT_AUTOCONFIG, 'taro@biglobe.ne.jp');
      expect(json.verdict.code).toBe('ok');
      expect(json.recommended).toMatchObject({ host: 'mail.biglobe.ne.jp', source: 'provider_db' });
      const [sub] = autoconfigProbes(json);
      expect(sub).toMatchObject({ host: 'autoconfig.biglobe.ne.jp', outcome: 'skipped' });
      expect(sub?.ms).toBeLessThan(500);
    });

    it('a silent autoconfig host with nothing else to go on: given up after its 2.5 s deadline', async () => {
      const json = await diagnose({ ...SILENT_AUTOCONFIG, dns: {} }, 'taro@example.net');
      const [sub] = autoconfigProbes(json);
      expect(sub).toMatchObject({ host: 'autoconfig.example.net', outcome: 'filtered' });
      expect(sub?.ms).toBeGreaterThanOrEqual(2400);
      expect(sub?.ms).toBeLessThan(2800);
      expect(json.recommended).toBeNull();
    });

    it('a domain without autoconfig hosts costs two fast DNS answers and changes nothing', async () => {
      const json = await diagnose('open', 'taro@example.jp');
      expect(json.verdict.code).toBe('ok');
      expect(json.recommended).toMatchObject({ host: 'smtp.example.jp', source: 'guess' });
      const probes = autoconfigProbes(json);
      expect(probes.map((p) => [p.host, p.outcome])).toEqual([
        ['autoconfig.example.jp', 'nxdomain'],
        ['example.jp', 'nodata'],
      ]);
      for (const p of probes) expect(p.ms).toBeLessThan(200);
    });
  },
);
