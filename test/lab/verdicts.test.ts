/**
 * The engine, through the real CLI process, inside the simulated ISP network: every verdict code,
 * every built-in scenario's declared verdict, the recommended settings, and the command-line
 * contract (one JSON object, exit codes).
 */
import { execFileSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { LAB_ACCOUNT } from './topology.js';
import { SCENARIOS, SCENARIO_NAMES, type ScenarioName } from './scenarios.js';
import { useLab } from './use-lab.js';
import { labAvailable } from './lab.js';
import { VERDICT_CODES } from '../../shared/verdict.js';

interface CliJson {
  verdict: { code: string; title: string; explanation: string; confidence: string };
  recommended: {
    host: string;
    port: number;
    security: string;
    auth: boolean;
    username: string;
    verified: boolean;
    source: string;
  } | null;
  evidence: { id: string; text: string; probes: string[] }[];
  probes: {
    id: string;
    kind: string;
    role: string;
    host: string;
    ip: string | null;
    port: number | null;
    outcome: string;
    ms: number;
    detail: string;
    smtp?: { failure: string | null; tls: { verified: boolean } | null };
  }[];
  elapsedMs: number;
  email: { display: string; domain: string; domainAscii: string };
  blockedAt: string | null;
}

const available = labAvailable();
const covered = new Set<string>();

describe.skipIf(!available.ok)(
  `verdicts in the lab${available.ok ? '' : ` (skipped: ${available.reason})`}`,
  () => {
    const lab = useLab();
    beforeAll(() => {
      execFileSync('node', ['scripts/build.mjs', 'cli'], { stdio: 'inherit' });
    });

    const ownRuns = new Set<ScenarioName>();

    /**
     * Runs the CLI in a scenario. Without args: with the scenario's own address (and password), and
     * the verdict must be the one the scenario declares.
     */
    async function diagnose(scenario: ScenarioName, args?: string[], input?: string) {
      await lab().apply(scenario);
      const own = SCENARIOS[scenario];
      const password = own.password;
      const argv = args ?? [
        '--email',
        own.email ?? LAB_ACCOUNT.email,
        ...(password !== undefined ? ['--password-stdin'] : []),
      ];
      const stdin = args === undefined && password !== undefined ? `${password}\n` : input;
      const r = await lab().run(
        ['node', 'build/cli/cli.mjs', 'diagnose', '--json', '--lang', 'en', ...argv],
        {
          ...(stdin !== undefined ? { input: stdin } : {}),
          env: lab().env,
          timeoutMs: 30_000,
        },
      );
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      const lines = r.stdout.trim().split('\n');
      expect(lines).toHaveLength(1);
      const json = JSON.parse(lines[0] ?? '') as CliJson;
      covered.add(json.verdict.code);
      if (args === undefined) {
        expect(json.verdict.code, `${scenario} declares ${own.verdict}`).toBe(own.verdict);
        ownRuns.add(scenario);
      }
      return { json, raw: r.stdout, ms: r.ms };
    }
    const email = ['--email', LAB_ACCOUNT.email];
    const port25 = (j: CliJson) => j.probes.filter((p) => p.role === 'reference_mx');

    it('open network: ok, 587 with STARTTLS on the guessed host that answered', async () => {
      const { json } = await diagnose('open');
      expect(json.verdict.code).toBe('ok');
      expect(json.recommended).toEqual(
        expect.objectContaining({
          host: 'smtp.example.jp',
          port: 587,
          security: 'starttls',
          auth: true,
          username: LAB_ACCOUNT.email,
          verified: true,
        }),
      );
      expect(port25(json).every((p) => p.outcome === 'open')).toBe(true);
    });

    for (const [scenario, outcome] of [
      ['op25b_drop', 'filtered'],
      ['op25b_reset', 'refused'],
      ['op25b_icmp', 'prohibited'],
    ] as const) {
      it(`OP25B by ${outcome}: port25_blocked, switch to 587`, async () => {
        const { json } = await diagnose(scenario);
        expect(json.verdict.code).toBe('port25_blocked');
        expect(json.verdict.confidence).toBe('high');
        expect(json.recommended).toEqual(
          expect.objectContaining({
            host: 'smtp.example.jp',
            port: 587,
            security: 'starttls',
            verified: true,
          }),
        );
        expect(port25(json).map((p) => p.outcome)).toEqual(port25(json).map(() => outcome));
      });
    }

    it('transparent interception of 25 by the ISP relay: port25_intercepted', async () => {
      const { json } = await diagnose('op25b_intercept');
      expect(json.verdict.code).toBe('port25_intercepted');
      expect(json.recommended).toEqual(
        expect.objectContaining({ port: 587, security: 'starttls' }),
      );
      // The probes stay as found; the evidence names the ones that reached the relay.
      const found = json.evidence.find((e) => e.id === 'port25_intercepted');
      expect(found?.probes).toEqual(expect.arrayContaining(port25(json).map((p) => p.id)));
    });

    it('25 and 587 blocked, 465 answers: submission_blocked with SSL/TLS on 465', async () => {
      const { json } = await diagnose('submission_blocked');
      expect(json.verdict.code).toBe('submission_blocked');
      expect(json.recommended).toEqual(
        expect.objectContaining({
          host: 'smtp.example.jp',
          port: 465,
          security: 'tls',
          verified: true,
        }),
      );
    });

    it('all mail ports blocked while the web answers: smtp_blocked, nothing to configure', async () => {
      const { json } = await diagnose('smtp_blocked');
      expect(json.verdict.code).toBe('smtp_blocked');
      expect(json.recommended).toBeNull();
    });

    it("the provider's server is silent while others answer: server_unreachable", async () => {
      const { json } = await diagnose('server_down');
      expect(json.verdict.code).toBe('server_unreachable');
      expect(json.recommended).toBeNull();
    });

    it('an expired certificate on the server to recommend: tls_problem, settings kept', async () => {
      const { json } = await diagnose('tls_expired');
      expect(json.verdict.code).toBe('tls_problem');
      expect(json.recommended).toEqual(
        expect.objectContaining({ host: 'smtp.example.jp', port: 587 }),
      );
      expect(json.evidence.map((e) => e.id)).toContain('certificate_invalid');
    });

    it("certificates from a security product's own root on every server: security_software", async () => {
      const { json } = await diagnose('tls_inspection');
      expect(json.verdict.code).toBe('security_software');
      expect(json.blockedAt).toBe('pc');
    });

    it('every name resolves to a sign-in page: captive_portal, nothing to configure', async () => {
      const { json } = await diagnose('captive_portal');
      expect(json.verdict.code).toBe('captive_portal');
      expect(json.blockedAt).toBe('router');
      expect(json.recommended).toBeNull();
    });

    it('a refused login: auth_failed, settings kept; the right password: ok', async () => {
      const bad = await diagnose('wrong_password');
      expect(bad.json.verdict.code).toBe('auth_failed');
      expect(bad.json.recommended).toEqual(expect.objectContaining({ port: 587 }));
      const good = await diagnose(
        'open',
        [...email, '--password-stdin'],
        `${LAB_ACCOUNT.password}\n`,
      );
      expect(good.json.verdict.code).toBe('ok');
      expect(good.json.evidence.map((e) => e.id)).toContain('auth_ok');
    });

    it('never lets a planted password out, in any form', async () => {
      const canary = 'CanaryPw-7f3a9c';
      const { raw } = await diagnose('open', [...email, '--password-stdin'], canary);
      for (const form of [
        canary,
        Buffer.from(canary).toString('base64'),
        Buffer.from(`\0${LAB_ACCOUNT.email}\0${canary}`).toString('base64'),
      ]) {
        expect(raw).not.toContain(form);
      }
      const human = await lab().run(
        ['node', 'build/cli/cli.mjs', 'diagnose', ...email, '--password-stdin'],
        { input: canary, env: lab().env },
      );
      expect(human.stdout + human.stderr).not.toContain(canary);
    });

    it('a wrong domain: domain_not_found, shown in Unicode, probed in punycode', async () => {
      const { json } = await diagnose('domain_missing');
      expect(json.verdict.code).toBe('domain_not_found');
      expect(json.email.domain).toBe('存在しない.jp');
      expect(json.email.domainAscii).toMatch(/^xn--/);
      expect(json.verdict.explanation).toContain('存在しない.jp');
    });

    it('DNS down: dns_unavailable', async () => {
      const { json } = await diagnose('dns_down');
      expect(json.verdict.code).toBe('dns_unavailable');
    });

    it('names resolve but nothing outside answers: internet_unreachable', async () => {
      const { json } = await diagnose('no_internet');
      expect(json.verdict.code).toBe('internet_unreachable');
    });

    it('no network at all: offline', async () => {
      const { json } = await diagnose('offline');
      expect(json.verdict.code).toBe('offline');
    });

    it('OP25B with 4% packet loss still gives port25_blocked and a submission port that worked (587 unless the loss broke it)', async () => {
      for (let i = 0; i < 3; i++) {
        const { json } = await diagnose('op25b_loss');
        expect(json.verdict.code).toBe('port25_blocked');
        // The recommendation is the first candidate host that answered, at its best port: 465 is
        // right when the loss broke that host's own 587 (another host's 587 may have worked).
        const on587 = json.probes.filter(
          (p) => p.role === 'submission' && p.port === 587 && p.host === json.recommended?.host,
        );
        const worked587 = on587.some(
          (p) => p.outcome === 'open' && !p.smtp?.failure && p.smtp?.tls?.verified === true,
        );
        // 587, or 465 when the loss broke 587's own exchange (then 465, which worked, is right).
        expect([587, 465]).toContain(json.recommended?.port);
        if (json.recommended?.port === 465) expect(worked587).toBe(false);
        console.log(`[op25b_loss] 587: ${on587.map((p) => p.outcome).join(', ')}`);
      }
    });

    it('4% loss and nothing blocked: ok', async () => {
      const { json } = await diagnose('loss_open');
      expect(json.verdict.code).toBe('ok');
    });

    it('the bundled provider database finds the server a guess would miss', async () => {
      const { json } = await diagnose('op25b_drop', ['--email', 'taro@biglobe.ne.jp']);
      expect(json.verdict.code).toBe('port25_blocked');
      expect(json.recommended).toEqual(
        expect.objectContaining({
          host: 'mail.biglobe.ne.jp',
          source: 'provider_db',
          username: 'taro@biglobe.ne.jp',
          verified: true,
        }),
      );
    });

    it("OP25B is recognised even when the user's own provider sits inside the ISP (its port 25 stays open)", async () => {
      const { json } = await diagnose('op25b_drop', ['--email', 'hanako@isp.example']);
      // docs/diagnosis.md, "Rules that real networks taught", inside the ISP: it works here (ok), not away from home; the OP25B finding stays.
      expect(json.verdict.code).toBe('ok');
      expect(json.evidence.map((e) => e.id)).toEqual(
        expect.arrayContaining(['port25_inside_isp', 'port25_blocked']),
      );
      expect(json.probes.filter((p) => p.role === 'own_mx').map((p) => p.outcome)).toEqual([
        'open',
      ]);
      expect(json.recommended).toEqual(
        expect.objectContaining({ host: 'smtp.isp.example', port: 587, verified: true }),
      );
    });

    it('says what to change when the mail program uses port 25 now', async () => {
      const { json } = await diagnose('op25b_reset', [
        ...email,
        '--server',
        'smtp.example.jp',
        '--port',
        '25',
      ]);
      expect(json.verdict.code).toBe('port25_blocked');
      expect(json.recommended).toEqual(
        expect.objectContaining({ host: 'smtp.example.jp', port: 587, source: 'user' }),
      );
      expect(json.evidence.map((e) => e.id)).toContain('user_port_change');
    });

    it('prints plain Japanese by default for people', async () => {
      await lab().apply('op25b_drop');
      const r = await lab().run(
        ['node', 'build/cli/cli.mjs', 'diagnose', ...email, '--lang', 'ja'],
        { env: lab().env },
      );
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('診断結果：プロバイダーが');
      expect(r.stdout).toContain('ポート番号：587');
    });

    it('bad input: exit 2, a clear message, and no probe started', async () => {
      for (const bad of [
        [],
        ['--email', ''],
        ['--email', 'no-at-sign'],
        ['--email', `${'a'.repeat(250)}@x.jp`],
        ['--email', 'a@b.jp\r\nRCPT TO:<x>'],
        ['--email', 'a@b.jp', '--port', '0'],
        ['--email', 'a@b.jp', '--port', '65536'],
        ['--email', 'a@b.jp', '--password', 'x'],
      ]) {
        const r = await lab().run(['node', 'build/cli/cli.mjs', 'diagnose', ...bad], {
          env: { ...lab().env, NODE_DEBUG: 'net' },
        });
        expect(r.code, bad.join(' ')).toBe(2);
        expect(r.stdout).toBe('');
        expect(r.stderr).toMatch(/^sendcheck: /);
        expect(r.stderr).not.toMatch(/NET \d+: (createConnection|connect)/);
      }
    });

    it('Ctrl+C cancels at once: exit 130, no verdict printed', async () => {
      await lab().apply('op25b_drop');
      const child = lab().spawn(
        ['node', 'build/cli/cli.mjs', 'diagnose', ...email, '--json', '--lang', 'ja'],
        {
          env: lab().env,
        },
      );
      let stdout = '';
      let stderr = '';
      child.stdout?.on('data', (d: Buffer) => (stdout += d.toString()));
      child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
      // Ctrl+C while the probes run: the PC's first SYN shows the diagnosis has begun (a fixed
      // wait raced a slow start on a busy machine, and Node catches SIGINT from its first moment).
      await lab().clearPcConnects();
      const startedBy = Date.now() + 15_000;
      while ((await lab().pcConnects()).length === 0 && Date.now() < startedBy)
        await new Promise((r) => setTimeout(r, 25));
      const sent = performance.now();
      child.kill('SIGINT');
      const code = await new Promise<number | null>((r) => child.once('exit', (c) => r(c)));
      expect(code).toBe(130);
      expect(performance.now() - sent).toBeLessThan(500);
      expect(stdout).toBe('');
      expect(stderr).toContain('中止しました');
    });

    it('every other built-in scenario gives the verdict it declares', async () => {
      for (const name of SCENARIO_NAMES.filter((n) => !ownRuns.has(n))) await diagnose(name);
      expect([...ownRuns].sort()).toEqual([...SCENARIO_NAMES].sort());
    }, 300_000);

    it('covered every verdict code', () => {
      expect([...covered].sort()).toEqual([...VERDICT_CODES].sort());
    });
  },
);
