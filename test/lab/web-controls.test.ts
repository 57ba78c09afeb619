/**
 * The web controls through the real CLI in the lab (docs/diagnosis.md, "Rules that real networks
 * taught"): a verified TLS handshake and the connectivity checks' known answers prove the real
 * internet; a sign-in page that leaves DNS alone is caught by what it answers, in both languages.
 */
import { execFileSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { labAvailable } from './lab.js';
import { SCENARIOS, type ScenarioName } from './scenarios.js';
import { LAB_ACCOUNT, PORTAL_SIGN_IN } from './topology.js';
import { useLab } from './use-lab.js';

interface CliJson {
  verdict: { code: string; confidence: string; actionIds: { id: string }[] };
  evidence: { id: string; text: string; params: Record<string, unknown> }[];
  probes: {
    kind: string;
    role: string;
    host: string;
    port: number | null;
    outcome: string;
    web?: { tls: { verified: boolean } | null; status: number | null; knownAnswer: boolean | null };
  }[];
  blockedAt: string | null;
}

const available = labAvailable();

describe.skipIf(!available.ok)(
  `web controls in the lab${available.ok ? '' : ` (skipped: ${available.reason})`}`,
  () => {
    const lab = useLab();
    beforeAll(() => {
      execFileSync('node', ['scripts/build.mjs', 'cli'], { stdio: 'inherit' });
    });

    async function diagnose(scenario: ScenarioName, lang: 'ja' | 'en'): Promise<CliJson> {
      await lab().apply(scenario);
      const email = SCENARIOS[scenario].email ?? LAB_ACCOUNT.email;
      const r = await lab().run(
        ['node', 'build/cli/cli.mjs', 'diagnose', '--json', '--lang', lang, '--email', email],
        { env: lab().env, timeoutMs: 30_000 },
      );
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      return JSON.parse(r.stdout) as CliJson;
    }

    it('open network: every TLS control verified for its own name, every check gives its known answer', async () => {
      const json = await diagnose('open', 'en');
      const web = json.probes.filter((p) => p.role === 'web_control');
      const tls = web.filter((p) => p.port === 443);
      const http = web.filter((p) => p.port === 80);
      expect(tls.map((p) => p.host).sort()).toEqual(['www.apple.com', 'www.google.com']);
      expect(tls.every((p) => p.web?.tls?.verified === true)).toBe(true);
      expect(http.map((p) => p.host).sort()).toEqual([
        'captive.apple.com',
        'connectivitycheck.gstatic.com',
        'www.msftconnecttest.com',
      ]);
      expect(http.every((p) => p.kind === 'http' && p.web?.knownAnswer === true)).toBe(true);
      expect(json.evidence.map((e) => e.id)).toContain('web_ok');
    });

    for (const lang of ['ja', 'en'] as const) {
      it(`hotel sign-in page that leaves DNS alone (${lang}): captive_portal, naming the portal and where it answered`, async () => {
        const json = await diagnose('portal_by_https', lang);
        expect(json.verdict).toEqual(
          expect.objectContaining({ code: 'captive_portal', confidence: 'high' }),
        );
        expect(json.blockedAt).toBe('router');
        const cert = json.evidence.find((e) => e.id === 'portal_certificate');
        const redirect = json.evidence.find((e) => e.id === 'portal_redirect');
        expect(cert?.params).toMatchObject({ names: ['portal.hotspot.example'] });
        expect(cert?.params['address']).toMatch(/^203\.0\.113\.\d+$/);
        expect(redirect?.params).toMatchObject({ location: PORTAL_SIGN_IN });
        expect(redirect?.text).toContain(PORTAL_SIGN_IN);
        expect(cert?.text).toContain('portal.hotspot.example');
        expect(json.evidence.map((e) => e.id)).not.toContain('web_ok');
      });

      it(`company network, web only through a proxy (${lang}): smtp_blocked naming the proxy, ask the administrator`, async () => {
        const json = await diagnose('proxy_only', lang);
        expect(json.verdict.code).toBe('smtp_blocked');
        expect(json.verdict.actionIds.map((a) => a.id)).toEqual([
          'ask_admin_mail_server',
          'use_webmail',
        ]);
        const proxy = json.evidence.find((e) => e.id === 'web_proxy_only');
        expect(proxy?.params).toEqual({ proxy: 'proxy.corp.example:3128' });
        expect(proxy?.text).toContain('proxy.corp.example:3128');
        // Through the tunnel the real site answered, with its own certificate.
        const tunnel = json.probes.filter((p) => p.role === 'web_proxy');
        expect(tunnel.length).toBeGreaterThan(0);
        expect(tunnel.every((p) => p.web?.status === 200 && p.web.tls?.verified === true)).toBe(
          true,
        );
      });
    }

    it('a proxy that wants a login (407) is said as such, never as "the internet is down"', async () => {
      const json = await diagnose('proxy_login', 'en');
      expect(json.verdict.code).toBe('smtp_blocked');
      const login = json.evidence.find((e) => e.id === 'proxy_login');
      expect(login?.params).toEqual({ proxy: 'proxy.corp.example:8080' });
      expect(json.probes.filter((p) => p.role === 'web_proxy').map((p) => p.web?.status)).toContain(
        407,
      );
    });
  },
);
