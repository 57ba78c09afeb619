/**
 * Hostile networks: a router that hands the provider's submission ports to an attacker, a resolver
 * that spoofs SRV and MX answers or points them at loopback and LAN addresses, a self-signed
 * server, and shared hosting done right. The network may suggest a server; it never decides where
 * the password or a mail program's settings go (docs/security.md, "Trust").
 *
 * The attacker's server (attacker-smtp.ts) accepts any login and records every AUTH it receives,
 * and every other lab server records its AUTHs too; the real CLI runs in the PC with the password
 * on standard input, and each case asserts where the password went. One lab serves the file.
 */
import { execFileSync } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { installThunderbird, makeTempHome, type TempHome } from '../support/mail-fixtures.js';
import { labAvailable, type AuthRecord, type PcConnect } from './lab.js';
import { probeDns, probeTcp } from './probes.js';
import { SCENARIOS, type ScenarioName } from './scenarios.js';
import { ATTACKER_IP, ATTACKER_NAME, LAB_ACCOUNT, labServer } from './topology.js';
import { useLab } from './use-lab.js';

interface CliEvidence {
  id: string;
  params: Record<string, unknown>;
}

interface CliJson {
  verdict: {
    code: string;
    confidence: string;
    actionIds: { id: string; params: Record<string, unknown> }[];
  };
  recommended: {
    host: string;
    port: number;
    security: string;
    verified: boolean;
    source: string;
    needsConfirmation?: { reason: string; namedBy: string };
  } | null;
  evidence: CliEvidence[];
  probes: {
    kind: string;
    role: string;
    host: string;
    ip: string | null;
    port: number | null;
    outcome: string;
  }[];
}

/** What one CLI run left: its report, and what the lab saw while it ran. */
interface Run {
  json: CliJson;
  auth: AuthRecord[];
  connects: PcConnect[];
  redirected: number;
}

const available = labAvailable();
const PASSWORD = `${LAB_ACCOUNT.password}\n`;
const EXAMPLE_JP_IP = labServer('example-jp').ip;

const ids = (j: CliJson): string[] => j.evidence.map((e) => e.id);
const paramsOf = (j: CliJson, id: string): Record<string, unknown>[] =>
  j.evidence.filter((e) => e.id === id).map((e) => e.params);
/**
 * A network's suggestion: the server answers, so the verdict stays ok, but never with high
 * confidence, and the first thing to do is to check the name in the provider's guide.
 */
function expectSuggestionVerdict(j: CliJson, host: string): void {
  expect(j.verdict.code).toBe('ok');
  expect(j.verdict.confidence).not.toBe('high');
  expect(j.verdict.actionIds[0]).toEqual({ id: 'confirm_suggested', params: { host } });
}

/** The login probes' outcomes: 'withheld' when the password was given but not sent. */
const loginOutcomes = (j: CliJson): string[] =>
  j.probes.filter((p) => p.role === 'login').map((p) => p.outcome);
const summary = (name: string, r: Run): string => {
  const rec = r.json.recommended;
  const shown = rec
    ? `${rec.host}:${rec.port}/${rec.security} verified=${rec.verified} source=${rec.source}${rec.needsConfirmation ? ` needs=${rec.needsConfirmation.reason}<-${rec.needsConfirmation.namedBy}` : ''}`
    : 'null';
  const auth = r.auth.map((a) => `${a.server}:${a.port}/${a.mechanism}`).join(',') || 'none';
  return `[${name}] ${r.json.verdict.code} rec=${shown} evidence=${ids(r.json).join(',')} AUTH=${auth}`;
};

/** True for addresses nothing taken from DNS may be connected to: loopback, RFC 1918, link-local. */
function inside(ip: string): boolean {
  return /^(127\.|10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.|169\.254\.|::1$|f[cd]|fe80:)/i.test(ip);
}

describe.skipIf(!available.ok)(
  `hostile networks${available.ok ? '' : ` (skipped: ${available.reason})`}`,
  () => {
    const lab = useLab();
    beforeAll(() => {
      execFileSync('node', ['scripts/build.mjs', 'cli'], { stdio: 'inherit' });
    });

    describe('the networks behave as intended', () => {
      it('the attacker takes any login, PLAIN or LOGIN, with TLS or without, and records each AUTH', async () => {
        await lab().apply('open');
        lab().clearAuthAttempts();
        const [plain587, tls465] = await probeTcp(
          lab(),
          [`${ATTACKER_NAME}:587:starttls`, `${ATTACKER_NAME}:465:tls`],
          { user: 'anyone@anywhere.example', pass: 'stolen' },
        );
        const [clear] = await probeTcp(lab(), [`${ATTACKER_NAME}:587`], {
          user: 'someone',
          pass: 'in clear',
          mech: 'LOGIN',
        });
        expect(plain587?.tlsAuthorized).toBe(true);
        expect(plain587?.cert?.issuer).toMatch(/^SendCheck Lab CA/);
        expect(plain587?.ehlo).toContain('250 AUTH PLAIN LOGIN');
        expect(tls465?.tlsAuthorized).toBe(true);
        for (const r of [plain587, tls465, clear]) expect(r?.authReply).toMatch(/^235 /);
        const auth = await lab().authAttempts();
        expect(auth).toEqual(
          expect.arrayContaining([
            expect.objectContaining({
              server: 'attacker',
              port: 587,
              mechanism: 'PLAIN',
              tls: true,
            }),
            expect.objectContaining({
              server: 'attacker',
              port: 465,
              mechanism: 'PLAIN',
              tls: true,
            }),
            expect.objectContaining({
              server: 'attacker',
              port: 587,
              mechanism: 'LOGIN',
              username: 'someone',
              password: true,
              tls: false,
            }),
          ]),
        );
        expect(auth).toHaveLength(3);
        // The lab's ordinary servers record theirs too, refused ones included.
        lab().clearAuthAttempts();
        await probeTcp(lab(), ['smtp.example.jp:587:starttls'], {
          user: LAB_ACCOUNT.email,
          pass: 'wrong',
        });
        expect(await lab().authAttempts()).toEqual([
          expect.objectContaining({ server: 'example-jp', accepted: false, password: true }),
        ]);
      });

      it("an interceptor: example.jp's and BIGLOBE's 587 and 465 answer with the attacker's certificate for its own name", async () => {
        await lab().apply('intercept_own_name');
        const reports = await probeTcp(lab(), [
          'smtp.example.jp:587:starttls',
          'smtp.example.jp:465:tls',
          'mail.biglobe.ne.jp:465:tls',
          'mx.example.jp:25',
        ]);
        for (const r of reports.slice(0, 3)) {
          expect(r.greeting, r.target).toBe(`220 ${ATTACKER_NAME} ESMTP SendCheck lab`);
          expect(r.cert?.subject, r.target).toBe(ATTACKER_NAME);
          expect(r.tlsError, r.target).toBe('ERR_TLS_CERT_ALTNAME_INVALID');
        }
        expect(reports[3]?.greeting).toMatch(/^220 mx\.example\.jp /);
        expect(await lab().redirectedConnects()).toBe(3);
        const [own] = await probeDns(lab(), [`A:${ATTACKER_NAME}`]);
        expect(own?.records).toEqual([ATTACKER_IP]);

        await lab().apply('intercept_465_own_name');
        const [p587, p465] = await probeTcp(lab(), [
          'smtp.example.jp:587',
          'smtp.example.jp:465:tls',
        ]);
        expect(p587?.code).toBe('ECONNREFUSED');
        expect(p465?.cert?.subject).toBe(ATTACKER_NAME);
      });

      it("the same address: the network's DNS gives the attacker's name example.jp's address, where its certificate is valid", async () => {
        await lab().apply('intercept_same_address');
        const [a] = await probeDns(lab(), [`A:${ATTACKER_NAME}`]);
        expect(a?.records).toEqual([EXAMPLE_JP_IP]);
        const [named] = await probeTcp(lab(), [`${ATTACKER_NAME}:587:starttls`]);
        expect(named?.ip).toBe(EXAMPLE_JP_IP);
        expect(named?.tlsAuthorized).toBe(true);
        expect(named?.greeting).toMatch(new RegExp(`^220 ${ATTACKER_NAME.replace(/\./g, '\\.')} `));
      });

      it('a self-signed interceptor on 587 and 465', async () => {
        await lab().apply('intercept_self_signed');
        const reports = await probeTcp(lab(), [
          'smtp.example.jp:587:starttls',
          'smtp.example.jp:465:tls',
        ]);
        for (const r of reports) {
          expect(r.cert?.issuer, r.target).toBe(ATTACKER_NAME);
          expect(r.tlsError, r.target).toBe('DEPTH_ZERO_SELF_SIGNED_CERT');
        }
      });

      it("spoofed SRV and MX answers, and the domain's autoconfig, name the attacker; the unknown provider's own names do not answer", async () => {
        await lab().apply('srv_spoofed');
        const [sub, subs, smtp] = await probeDns(lab(), [
          'SRV:_submission._tcp.unlisted.example',
          'SRV:_submissions._tcp.unlisted.example',
          'A:smtp.unlisted.example',
        ]);
        expect(sub?.records).toEqual([{ name: ATTACKER_NAME, port: 587, priority: 0, weight: 1 }]);
        expect(subs?.records).toEqual([{ name: ATTACKER_NAME, port: 465, priority: 0, weight: 1 }]);
        expect(smtp?.code).toBe('ENOTFOUND');
        const [mx587] = await probeTcp(lab(), ['mx.unlisted.example:587']);
        expect(mx587?.code).toBe('ECONNREFUSED');

        await lab().apply('mx_spoofed');
        const [mx] = await probeDns(lab(), ['MX:unlisted.example']);
        expect(mx?.records).toEqual([{ exchange: ATTACKER_NAME, priority: 10 }]);

        await lab().apply('autoconfig_other_domain');
        const [web] = await probeTcp(lab(), ['autoconfig.unlisted.example:443:tls']);
        expect(web?.tlsAuthorized).toBe(true);
        const doc = await lab().run(
          [
            'node',
            '-e',
            "fetch('https://autoconfig.unlisted.example/mail/config-v1.1.xml').then(r=>r.text()).then(t=>console.log(t))",
          ],
          { env: lab().env },
        );
        expect(doc.stdout).toContain(`<hostname>${ATTACKER_NAME}</hostname>`);
      });

      it("out-of-bounds DNS answers; the PC's record of its SYNs sees loopback, LAN and odd ports when something connects", async () => {
        await lab().apply('dns_out_of_bounds');
        const [sub, mx, loop] = await probeDns(lab(), [
          'SRV:_submission._tcp.unlisted.example',
          'MX:unlisted.example',
          'A:loopback.unlisted.example',
        ]);
        expect(sub?.records).toHaveLength(5);
        expect(sub?.records).toContainEqual({
          name: '127.0.0.1',
          port: 587,
          priority: 2,
          weight: 1,
        });
        expect(mx?.records).toContainEqual({ exchange: '10.0.0.25', priority: 20 });
        expect(loop?.records).toEqual(['127.0.0.1']);
        await lab().clearPcConnects();
        await probeTcp(
          lab(),
          [
            'loopback.unlisted.example:587',
            'lan.unlisted.example:587',
            'alt.unlisted.example:2526',
          ],
          { deadlineMs: 1000 },
        );
        expect(await lab().pcConnects()).toEqual(
          expect.arrayContaining([
            { ip: '127.0.0.1', port: 587 },
            { ip: '192.168.1.25', port: 587 },
            { ip: ATTACKER_IP, port: 2526 },
          ]),
        );
        await lab().clearPcConnects();
        expect(await lab().pcConnects()).toEqual([]);
      });
    });

    describe('the CLI, with the password on standard input, never sends it where the network pointed', () => {
      async function diagnose(
        name: ScenarioName,
        extra: string[] = [],
        input: string = PASSWORD,
      ): Promise<Run> {
        await lab().apply(name);
        lab().clearAuthAttempts();
        await lab().clearPcConnects();
        const email = SCENARIOS[name].email ?? LAB_ACCOUNT.email;
        const hasEmail = extra.includes('--email');
        const r = await lab().run(
          [
            'node',
            'build/cli/cli.mjs',
            'diagnose',
            '--json',
            '--lang',
            'en',
            ...(hasEmail ? [] : ['--email', email]),
            '--password-stdin',
            ...extra,
          ],
          { input, env: lab().env, timeoutMs: 40_000 },
        );
        expect(r.code, r.stderr).toBe(0);
        const run: Run = {
          json: JSON.parse(r.stdout) as CliJson,
          auth: await lab().authAttempts(),
          connects: await lab().pcConnects(),
          redirected: await lab().redirectedConnects(),
        };
        // One line per run, so the lead sees what the engine says even when the test passes.
        console.log(`${summary(`${name} ${extra.join(' ')}`.trim(), run)} ${r.ms} ms`);
        return run;
      }

      /** The interceptor's certificate is reported against the host asked for, and never followed. */
      function expectInterceptedNotFollowed(run: Run, host: string, port?: number): void {
        const { json } = run;
        expect(run.auth, 'AUTH received').toEqual([]);
        expect(run.redirected).toBeGreaterThan(0);
        expect(json.verdict.code).toBe('tls_problem');
        expect(json.recommended).toEqual(
          expect.objectContaining({ host, verified: false, ...(port ? { port } : {}) }),
        );
        expect(json.recommended?.needsConfirmation).toBeUndefined();
        expect(paramsOf(json, 'certificate_invalid')).toContainEqual(
          expect.objectContaining({
            host,
            problem: 'wrong_host',
            names: expect.arrayContaining([ATTACKER_NAME]) as unknown,
          }),
        );
        expect(paramsOf(json, 'login_withheld')).toContainEqual(
          expect.objectContaining({ reason: 'not_verified' }),
        );
        expect(loginOutcomes(json)).toEqual(['withheld']);
        // Its name is looked up, resolves elsewhere, and is never talked to.
        expect(json.probes.filter((p) => p.host === ATTACKER_NAME && p.kind !== 'dns')).toEqual([]);
        expect(run.connects.filter((c) => c.ip === ATTACKER_IP)).toEqual([]);
      }

      it('an interceptor with a valid certificate for its own name on 587 and 465, for a guessed, a typed and a provider-data server: tls_problem naming it, not verified, no AUTH', async () => {
        expectInterceptedNotFollowed(await diagnose('intercept_own_name'), 'smtp.example.jp', 587);
        expectInterceptedNotFollowed(
          await diagnose('intercept_own_name', ['--server', 'smtp.example.jp', '--port', '587']),
          'smtp.example.jp',
          587,
        );
        const biglobe = await diagnose('intercept_own_name', ['--email', 'taro@biglobe.ne.jp']);
        expectInterceptedNotFollowed(biglobe, 'mail.biglobe.ne.jp');
        expect(biglobe.json.recommended?.source).toBe('provider_db');
      });

      it('an interceptor on 465 only (implicit TLS): tls_problem on 465 naming it, not verified, no AUTH', async () => {
        const run = await diagnose('intercept_465_own_name');
        expectInterceptedNotFollowed(run, 'smtp.example.jp', 465);
        expect(run.json.recommended?.security).toBe('tls');
      });

      it("the attacker's name at the very address that answered: only a suggestion (certificate_other_name), not verified, no AUTH", async () => {
        const { json, auth, redirected } = await diagnose('intercept_same_address');
        expect(auth, 'AUTH received').toEqual([]);
        expect(redirected).toBeGreaterThan(0);
        expectSuggestionVerdict(json, ATTACKER_NAME);
        expect(json.recommended).toEqual(
          expect.objectContaining({
            host: ATTACKER_NAME,
            verified: false,
            needsConfirmation: {
              reason: 'certificate_other_name',
              namedBy: expect.stringMatching(/^(smtp|mail)\.example\.jp$/) as unknown,
            },
          }),
        );
        expect(ids(json)).toEqual(
          expect.arrayContaining(['certificate_other_name', 'host_suggested', 'login_withheld']),
        );
        expect(paramsOf(json, 'certificate_other_name')).toContainEqual(
          expect.objectContaining({ name: ATTACKER_NAME }),
        );
        expect(paramsOf(json, 'host_suggested')).toContainEqual(
          expect.objectContaining({ host: ATTACKER_NAME, reason: 'certificate_other_name' }),
        );
        expect(paramsOf(json, 'login_withheld')).toContainEqual(
          expect.objectContaining({ host: ATTACKER_NAME, reason: 'needs_confirmation' }),
        );
        expect(loginOutcomes(json)).toEqual(['withheld']);
      });

      it('a self-signed certificate, from an interceptor or from the server itself, also for typed settings: tls_problem, not verified, no AUTH', async () => {
        for (const [name, extra] of [
          ['intercept_self_signed', []],
          ['tls_self_signed', []],
          ['tls_self_signed', ['--server', 'smtp.example.jp', '--port', '587']],
        ] as const) {
          const run = await diagnose(name, [...extra]);
          const label = `${name} ${extra.join(' ')}`;
          expect(run.auth, `${label}: AUTH received`).toEqual([]);
          expect(run.json.verdict.code, label).toBe('tls_problem');
          expect(run.json.recommended, label).toEqual(
            expect.objectContaining({ host: 'smtp.example.jp', port: 587, verified: false }),
          );
          expect(paramsOf(run.json, 'certificate_invalid'), label).toContainEqual(
            expect.objectContaining({ host: 'smtp.example.jp', problem: 'self_signed' }),
          );
          expect(loginOutcomes(run.json), label).toEqual(['withheld']);
        }
      });

      const WHO = {
        srv_spoofed: 'a spoofed SRV',
        mx_spoofed: 'a spoofed MX',
        autoconfig_other_domain: "the domain's own autoconfig",
      } as const;
      for (const [name, reason, source] of [
        ['srv_spoofed', 'srv_other_domain', 'srv'],
        ['mx_spoofed', 'mx_other_domain', 'guess'],
        ['autoconfig_other_domain', 'autoconfig_other_domain', 'autoconfig'],
      ] as const) {
        it(`${WHO[name]} naming the attacker: only a suggestion (${reason}), not verified, no AUTH`, async () => {
          const { json, auth } = await diagnose(name);
          expect(auth, 'AUTH received').toEqual([]);
          expectSuggestionVerdict(json, ATTACKER_NAME);
          expect(json.recommended).toEqual(
            expect.objectContaining({
              host: ATTACKER_NAME,
              verified: false,
              source,
              needsConfirmation: { reason, namedBy: 'unlisted.example' },
            }),
          );
          expect(paramsOf(json, 'host_suggested')).toContainEqual(
            expect.objectContaining({ host: ATTACKER_NAME, reason }),
          );
          expect(paramsOf(json, 'login_withheld')).toContainEqual(
            expect.objectContaining({ host: ATTACKER_NAME, reason: 'needs_confirmation' }),
          );
          expect(loginOutcomes(json)).toEqual(['withheld']);
        });
      }

      it('DNS answers out of bounds (SRV ports 25, 2526, 8080; IP literals; loopback and LAN names): each refused in the evidence, nothing connected there, no AUTH', async () => {
        const { json, auth, connects } = await diagnose('dns_out_of_bounds');
        expect(auth, 'AUTH received').toEqual([]);
        expect(
          connects.filter((c) => inside(c.ip)),
          'connects to loopback or LAN',
        ).toEqual([]);
        expect(
          connects.filter((c) => c.ip === ATTACKER_IP),
          'connects to odd ports',
        ).toEqual([]);
        expect(connects.length).toBeGreaterThan(0);
        const refused = paramsOf(json, 'dns_target_refused');
        for (const expected of [
          { target: 'alt.unlisted.example', port: 25, reason: 'port' },
          { target: 'alt.unlisted.example', port: 2526, reason: 'port' },
          { target: 'alt.unlisted.example', port: 8080, reason: 'port' },
          { target: '127.0.0.1', port: 587, reason: 'ip_literal' },
          { target: '10.0.0.25', reason: 'ip_literal' },
          { name: 'loopback.unlisted.example', target: '127.0.0.1', reason: 'private_address' },
          { name: 'lan.unlisted.example', target: '192.168.1.25', reason: 'private_address' },
        ]) {
          expect(refused, JSON.stringify(expected)).toContainEqual(
            expect.objectContaining(expected),
          );
        }
        expect(json.verdict.code).not.toBe('ok');
      });

      it('shared hosting: the hosting server is named but needs confirmation, no AUTH; once confirmed, the login test runs there and is accepted', async () => {
        const hosting = 'server1.hosting.example';
        const first = await diagnose('shared_hosting');
        expect(first.auth, 'AUTH received before the confirmation').toEqual([]);
        expectSuggestionVerdict(first.json, hosting);
        expect(first.json.recommended).toEqual(
          expect.objectContaining({
            host: hosting,
            port: 587,
            security: 'starttls',
            verified: false,
            needsConfirmation: { reason: 'certificate_other_name', namedBy: 'smtp.shop.example' },
          }),
        );
        expect(paramsOf(first.json, 'certificate_other_name')).toContainEqual(
          expect.objectContaining({ host: 'smtp.shop.example', name: hosting }),
        );
        expect(ids(first.json)).toEqual(
          expect.arrayContaining(['host_suggested', 'login_withheld']),
        );
        expect(first.auth).toEqual([]);

        const confirmed = await diagnose('shared_hosting', ['--accept-suggested', hosting]);
        expect(confirmed.json.recommended).toEqual(
          expect.objectContaining({ host: hosting, port: 587, verified: true }),
        );
        expect(confirmed.json.recommended?.needsConfirmation).toBeUndefined();
        expect(ids(confirmed.json)).toContain('auth_ok');
        expect(confirmed.json.probes.filter((p) => p.role === 'login')).toEqual([
          expect.objectContaining({ host: hosting, port: 587, outcome: 'accepted' }),
        ]);
        expect(confirmed.auth).toEqual([
          expect.objectContaining({
            server: 'hosting',
            port: 587,
            username: 'taro@shop.example',
            password: true,
            tls: true,
            accepted: true,
          }),
        ]);
      });
    });

    describe('fix --yes never writes a server the network chose', () => {
      const ACCOUNT = 'thunderbird:k3x9q2ab.default-release:smtp1';
      let home: TempHome | null = null;

      afterEach(async () => {
        await home?.remove();
        home = null;
      });

      /** A temporary home whose first Thunderbird account sends as `email` through `host`:25. */
      async function thunderbirdHome(email: string, host: string): Promise<string> {
        home = await makeTempHome();
        const root = await installThunderbird(home, 'linux');
        const dir = join(root, 'Profiles', 'k3x9q2ab.default-release');
        const prefs = join(dir, 'prefs.js');
        const text = (await readFile(prefs, 'utf8'))
          .replaceAll('taro.yamada@ocn.ne.jp', email)
          .replaceAll('"smtp.ocn.ne.jp"', `"${host}"`);
        await writeFile(prefs, text);
        return dir;
      }

      async function fix(name: ScenarioName, dir: string, extra: string[] = []) {
        await lab().apply(name);
        lab().clearAuthAttempts();
        const before = await readFile(join(dir, 'prefs.js'));
        const r = await lab().run(
          [
            'node',
            'build/cli/cli.mjs',
            'fix',
            '--account',
            ACCOUNT,
            '--yes',
            '--lang',
            'en',
            ...extra,
          ],
          { env: { ...lab().env, HOME: home?.home ?? '' }, timeoutMs: 40_000 },
        );
        const after = await readFile(join(dir, 'prefs.js'));
        // The whole-file backups (each fix also leaves its record, .fix.json, beside its backup).
        const backups = (await readdir(dir)).filter((f) => /\.sendcheck-.*\.bak$/.test(f));
        const smtp1 = after
          .toString('utf8')
          .split('\n')
          .filter((l) => /smtpserver\.smtp1\.(hostname|port)"/.test(l));
        const said = r.stderr.trim() || r.stdout.trim().split('\n').at(-1);
        const prefs = before.equals(after) ? 'unchanged' : `now ${smtp1.join(' ')}`;
        console.log(`[fix ${name}] exit ${r.code}, prefs.js ${prefs}: ${said}`);
        return { r, changed: !before.equals(after), backups, auth: await lab().authAttempts() };
      }

      it('on an open network it does write the verified settings (the refusals below are not blanket)', async () => {
        const dir = await thunderbirdHome(LAB_ACCOUNT.email, 'smtp.example.jp');
        const { r, changed, backups } = await fix('open', dir);
        expect(r.code, r.stderr).toBe(0);
        expect(changed).toBe(true);
        expect(backups).toHaveLength(1);
        expect(await readFile(join(dir, 'prefs.js'), 'utf8')).toContain(
          'user_pref("mail.smtpserver.smtp1.port", 587);',
        );
      });

      it('behind an interceptor (not verified): refuses, prefs.js unchanged byte for byte, no AUTH', async () => {
        const dir = await thunderbirdHome(LAB_ACCOUNT.email, 'smtp.example.jp');
        const { r, changed, backups, auth } = await fix('intercept_own_name', dir);
        expect(changed, 'prefs.js changed').toBe(false);
        expect(r.code).toBe(2);
        expect(backups).toEqual([]);
        expect(auth).toEqual([]);
      });

      it('shared hosting (needs confirmation): refuses, prefs.js unchanged byte for byte', async () => {
        const dir = await thunderbirdHome('taro@shop.example', 'smtp.shop.example');
        const { r, changed, backups, auth } = await fix('shared_hosting', dir);
        expect(changed, 'prefs.js changed').toBe(false);
        expect(r.code).toBe(2);
        expect(backups).toEqual([]);
        expect(auth).toEqual([]);
      });

      it('shared hosting, once the user confirms the hosting server: writes it', async () => {
        const dir = await thunderbirdHome('taro@shop.example', 'smtp.shop.example');
        const hosting = 'server1.hosting.example';
        const { r, changed, backups } = await fix('shared_hosting', dir, [
          '--accept-suggested',
          hosting,
        ]);
        expect(r.code, r.stderr).toBe(0);
        expect(changed).toBe(true);
        expect(backups).toHaveLength(1);
        const prefs = await readFile(join(dir, 'prefs.js'), 'utf8');
        expect(prefs).toContain(`user_pref("mail.smtpserver.smtp1.hostname", "${hosting}");`);
        expect(prefs).toContain('user_pref("mail.smtpserver.smtp1.port", 587);');
      });
    });
  },
);
