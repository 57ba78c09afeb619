import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import { cleanupStaleLab, labAvailable, startLab, type Lab } from './lab.js';
import { probeDns, probeTcp, type ProbeReport } from './probes.js';
import { REPO_ROOT } from './servers-process.js';
import { procStartTime, runCommandSync } from './sys.js';
import type { Scenario } from './scenarios.js';
import { LAB_ACCOUNT, LAB_PREFIX, NS, TUN_IFACE } from './topology.js';
import { useLab } from './use-lab.js';

const available = labAvailable();
const SILENT_MS = 2000;

function labNamespacesNow(): string[] {
  return runCommandSync('ip', ['netns', 'list'])
    .stdout.split('\n')
    .filter((l) => l.startsWith(LAB_PREFIX));
}

function pgrep(pattern: string): string {
  return spawnSync('pgrep', ['-af', pattern], { encoding: 'utf8' }).stdout.trim();
}

function expectNothingLeft(runDir: string, pids: number[] = []): void {
  expect(labNamespacesNow()).toEqual([]);
  expect(existsSync(runDir)).toBe(false);
  const etc = existsSync('/etc/netns') ? readdirSync('/etc/netns') : [];
  expect(etc.filter((e) => e.startsWith(LAB_PREFIX))).toEqual([]);
  // The servers' and dnsmasq's command lines name files in the run dir.
  expect(pgrep(runDir)).toBe('');
  for (const pid of pids) expect(procStartTime(pid), `pid ${pid}`).toBeNull();
}

function byTarget(reports: ProbeReport[]): Record<string, ProbeReport> {
  return Object.fromEntries(reports.map((r) => [r.target, r]));
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await work();
  return Math.round(performance.now() - t);
}

describe.skipIf(!available.ok)('lab scenarios', () => {
  const lab = useLab();

  it('open: every simulated server answers with its own greeting and lab-CA certificate', async () => {
    await lab().apply('open');
    const greetings: Record<string, string> = {
      'smtp.example.jp:25': 'smtp.example.jp',
      'smtp.example.jp:587:starttls': 'smtp.example.jp',
      'smtp.example.jp:465:tls': 'smtp.example.jp',
      'mail.example.jp:587': 'smtp.example.jp',
      'mx.example.jp:25': 'mx.example.jp',
      'gmail-smtp-in.l.google.com:25': 'mx.google.com',
      'hotmail-com.olc.protection.outlook.com:25': 'hotmail-com.olc.protection.outlook.com',
      'mx01.mail.icloud.com:25': 'mx01.mail.icloud.com',
      'mail.biglobe.ne.jp:465:tls': 'mail.biglobe.ne.jp',
      'mail.biglobe.ne.jp:587:starttls': 'mail.biglobe.ne.jp',
      'submit.example.org:587:starttls': 'submit.example.org',
      'relay.isp.example:25': 'relay.isp.example',
      'smtp.isp.example:587': 'relay.isp.example',
    };
    const web = ['www.google.com:443:tls', 'www.apple.com:443:tls'];
    const reports = byTarget(await probeTcp(lab(), [...Object.keys(greetings), ...web]));
    for (const [target, name] of Object.entries(greetings)) {
      expect(reports[target]?.greeting, target).toBe(`220 ${name} ESMTP SendCheck lab`);
    }
    for (const target of [...web, 'smtp.example.jp:465:tls', 'mail.biglobe.ne.jp:587:starttls']) {
      expect(reports[target]?.outcome, target).toBe('connected');
      expect(reports[target]?.tlsAuthorized, target).toBe(true);
      expect(reports[target]?.cert?.issuer, target).toMatch(/^SendCheck Lab CA/);
    }
    expect(reports['smtp.example.jp:587:starttls']?.ehlo).toContain('250 AUTH PLAIN LOGIN');
  });

  it('open: the lab CA is trusted only through NODE_EXTRA_CA_CERTS', async () => {
    const r = await lab().run(
      ['node', '--import', 'tsx', 'test/lab/probe-tcp.ts', 'www.google.com:443:tls'],
      { env: { NODE_EXTRA_CA_CERTS: '' } },
    );
    const report = JSON.parse(r.stdout) as ProbeReport;
    expect(report.outcome).toBe('connected');
    expect(report.tlsAuthorized).toBe(false);
    expect(report.tlsError).toBe('UNABLE_TO_VERIFY_LEAF_SIGNATURE');
  });

  it('open: AUTH accepts the lab account and answers 535 to anything else', async () => {
    const targets = ['smtp.example.jp:587:starttls', 'mail.biglobe.ne.jp:465:tls'];
    const good = await probeTcp(lab(), targets, {
      user: LAB_ACCOUNT.email,
      pass: LAB_ACCOUNT.password,
    });
    const bad = await probeTcp(lab(), targets, { user: LAB_ACCOUNT.email, pass: 'wrong' });
    for (const r of good) expect(r.authReply, r.target).toMatch(/^235 /);
    for (const r of bad) expect(r.authReply, r.target).toMatch(/^535 /);
  });

  it('open: the resolver answers A, MX and SRV, and NXDOMAIN for anything else', async () => {
    const [mx, a, srv, lookup, nx, gmail] = await probeDns(lab(), [
      'MX:example.jp',
      'A:smtp.example.jp',
      'SRV:_submission._tcp.example.org',
      'LOOKUP:www.google.com',
      'A:nowhere.example',
      'MX:gmail.com',
    ]);
    expect(mx?.records).toEqual([{ exchange: 'mx.example.jp', priority: 10 }]);
    expect(a?.records).toEqual(['203.0.113.10']);
    expect(srv?.records).toEqual([
      { name: 'submit.example.org', port: 587, priority: 0, weight: 1 },
    ]);
    expect(lookup?.records).toEqual([{ address: '203.0.113.30', family: 4 }]);
    expect(nx?.code).toBe('ENOTFOUND');
    expect(gmail?.records).toEqual([{ exchange: 'gmail-smtp-in.l.google.com', priority: 5 }]);
  });

  it('op25b_drop: outbound 25 times out, 587 answers, the ISP relay stays reachable', async () => {
    await lab().apply('op25b_drop');
    const r = byTarget(
      await probeTcp(
        lab(),
        [
          'gmail-smtp-in.l.google.com:25',
          'smtp.example.jp:25',
          'smtp.example.jp:587',
          'relay.isp.example:25',
        ],
        { deadlineMs: SILENT_MS },
      ),
    );
    expect(r['gmail-smtp-in.l.google.com:25']?.outcome).toBe('timeout');
    expect(r['smtp.example.jp:25']?.outcome).toBe('timeout');
    expect(r['smtp.example.jp:587']?.greeting).toMatch(/^220 smtp\.example\.jp /);
    expect(r['relay.isp.example:25']?.greeting).toMatch(/^220 relay\.isp\.example /);
  });

  it('op25b_reset: outbound 25 is refused at once', async () => {
    await lab().apply('op25b_reset');
    const [mx, sub] = await probeTcp(lab(), [
      'gmail-smtp-in.l.google.com:25',
      'smtp.example.jp:587',
    ]);
    expect(mx?.code).toBe('ECONNREFUSED');
    expect(mx?.connectMs).toBeLessThan(500);
    expect(sub?.outcome).toBe('connected');
  });

  it('op25b_icmp: outbound 25 fails at once with EHOSTUNREACH (ICMP admin-prohibited)', async () => {
    await lab().apply('op25b_icmp');
    const [mx, sub] = await probeTcp(lab(), [
      'gmail-smtp-in.l.google.com:25',
      'smtp.example.jp:587',
    ]);
    // Linux maps ICMP type 3 code 13 to EHOSTUNREACH (observed; never ENETUNREACH here).
    expect(mx?.code).toBe('EHOSTUNREACH');
    expect(mx?.connectMs).toBeLessThan(500);
    expect(sub?.outcome).toBe('connected');
  });

  it("op25b_intercept: port 25 of any server greets with the ISP relay's banner and certificate", async () => {
    await lab().apply('op25b_intercept');
    const r = byTarget(
      await probeTcp(lab(), [
        'gmail-smtp-in.l.google.com:25',
        'mx01.mail.icloud.com:25:starttls',
        'smtp.example.jp:587',
      ]),
    );
    expect(r['gmail-smtp-in.l.google.com:25']?.greeting).toMatch(/^220 relay\.isp\.example /);
    const icloud = r['mx01.mail.icloud.com:25:starttls'];
    expect(icloud?.greeting).toMatch(/^220 relay\.isp\.example /);
    expect(icloud?.cert?.subject).toBe('relay.isp.example');
    expect(icloud?.tlsError).toBe('ERR_TLS_CERT_ALTNAME_INVALID');
    expect(r['smtp.example.jp:587']?.greeting).toMatch(/^220 smtp\.example\.jp /);
  });

  it('submission_blocked: 25 and 587 time out, 465 answers', async () => {
    await lab().apply('submission_blocked');
    const [p25, p587, p465] = await probeTcp(
      lab(),
      ['smtp.example.jp:25', 'smtp.example.jp:587', 'smtp.example.jp:465:tls'],
      { deadlineMs: SILENT_MS },
    );
    expect(p25?.outcome).toBe('timeout');
    expect(p587?.outcome).toBe('timeout');
    expect(p465?.greeting).toMatch(/^220 smtp\.example\.jp /);
  });

  it('smtp_blocked: 25, 465 and 587 time out, 443 answers', async () => {
    await lab().apply('smtp_blocked');
    const reports = await probeTcp(
      lab(),
      [
        'smtp.example.jp:25',
        'smtp.example.jp:465',
        'smtp.example.jp:587',
        'www.google.com:443:tls',
      ],
      { deadlineMs: SILENT_MS },
    );
    expect(reports.map((r) => r.outcome)).toEqual(['timeout', 'timeout', 'timeout', 'connected']);
  });

  it("server_down: example.jp's submission host answers nothing, everything else works", async () => {
    await lab().apply('server_down');
    const reports = await probeTcp(
      lab(),
      [
        'smtp.example.jp:25',
        'smtp.example.jp:465',
        'smtp.example.jp:587',
        'mx.example.jp:25',
        'gmail-smtp-in.l.google.com:25',
        'mail.biglobe.ne.jp:587',
        'www.google.com:443',
      ],
      { deadlineMs: SILENT_MS },
    );
    expect(reports.map((r) => r.outcome)).toEqual([
      'timeout',
      'timeout',
      'timeout',
      'connected',
      'connected',
      'connected',
      'connected',
    ]);
    const [dns] = await probeDns(lab(), ['A:smtp.example.jp']);
    expect(dns?.records).toEqual(['203.0.113.10']);
  });

  it('server_refusing: nothing listens on the submission host, connects are refused', async () => {
    await lab().apply('server_refusing');
    const [p587, p465, mx] = await probeTcp(lab(), [
      'smtp.example.jp:587',
      'smtp.example.jp:465',
      'mx.example.jp:25',
    ]);
    expect(p587?.code).toBe('ECONNREFUSED');
    expect(p465?.code).toBe('ECONNREFUSED');
    expect(mx?.outcome).toBe('connected');
  });

  it("tls_expired / tls_wrong_host / tls_self_signed: example.jp's certificate fails, others do not", async () => {
    const targets = [
      'smtp.example.jp:465:tls',
      'smtp.example.jp:587:starttls',
      'mail.biglobe.ne.jp:465:tls',
    ];
    await lab().apply('tls_expired');
    const [p465, p587, other] = await probeTcp(lab(), targets);
    expect(new Date(p465?.cert?.validTo ?? '').getTime()).toBeLessThan(Date.now());
    expect(p465?.tlsError).toBe('CERT_HAS_EXPIRED');
    expect(p587?.tlsError).toBe('CERT_HAS_EXPIRED');
    expect(other?.tlsAuthorized).toBe(true);

    await lab().apply('tls_wrong_host');
    const [wrong] = await probeTcp(lab(), targets.slice(0, 1));
    expect(wrong?.cert?.subject).toBe('wrong-host.example.net');
    expect(wrong?.tlsError).toBe('ERR_TLS_CERT_ALTNAME_INVALID');

    await lab().apply('tls_self_signed');
    const [self] = await probeTcp(lab(), targets.slice(0, 1));
    expect(self?.tlsError).toBe('DEPTH_ZERO_SELF_SIGNED_CERT');
  });

  it('dns_down: lookups time out while servers still answer by address', async () => {
    await lab().apply('dns_down');
    const [a, lookup] = await probeDns(lab(), ['A:smtp.example.jp', 'LOOKUP:smtp.example.jp'], {
      timeoutMs: 1000,
    });
    expect(a?.code).toBe('ETIMEOUT');
    expect(lookup?.code).toBe('EAI_AGAIN');
    const [byIp] = await probeTcp(lab(), ['203.0.113.20:25']);
    expect(byIp?.greeting).toMatch(/^220 mx\.google\.com /);
  });

  it('no_internet: names resolve but connects time out', async () => {
    await lab().apply('no_internet');
    const [dns] = await probeDns(lab(), ['A:www.google.com']);
    expect(dns?.records).toEqual(['203.0.113.30']);
    const reports = await probeTcp(lab(), ['www.google.com:443', 'smtp.example.jp:587'], {
      deadlineMs: SILENT_MS,
    });
    expect(reports.map((r) => r.outcome)).toEqual(['timeout', 'timeout']);
  });

  it('offline: connects fail with ENETUNREACH at once, and the PC comes back', async () => {
    await lab().apply('offline');
    const [p] = await probeTcp(lab(), ['203.0.113.20:25']);
    expect(p?.code).toBe('ENETUNREACH');
    expect(p?.connectMs).toBeLessThan(200);
    const [dns] = await probeDns(lab(), ['A:smtp.example.jp']);
    expect(dns?.ok).toBe(false);
    expect(dns?.ms).toBeLessThan(1000);
    await lab().apply('open');
    const [back] = await probeTcp(lab(), ['gmail-smtp-in.l.google.com:25']);
    expect(back?.outcome).toBe('connected');
  });

  it('op25b_loss and loss_open: most connects succeed through 4% loss; 25 stays blocked', async () => {
    const subs = Array.from({ length: 20 }, () => 'smtp.example.jp:587');
    await lab().apply('op25b_loss');
    const ruleset = runCommandSync('ip', [
      'netns',
      'exec',
      NS.isp,
      'nft',
      'list',
      'ruleset',
    ]).stdout;
    expect(ruleset).toContain('numgen random mod 100 < 4 drop');
    const lossy = await probeTcp(lab(), [...subs, 'gmail-smtp-in.l.google.com:25'], {
      deadlineMs: 4000,
    });
    expect(lossy.at(-1)?.outcome).toBe('timeout');
    expect(
      lossy.slice(0, -1).filter((r) => r.greeting?.startsWith('220 ')).length,
    ).toBeGreaterThanOrEqual(16);

    await lab().apply('loss_open');
    const open = await probeTcp(lab(), [...subs, 'gmail-smtp-in.l.google.com:25'], {
      deadlineMs: 4000,
    });
    expect(open.filter((r) => r.greeting?.startsWith('220 ')).length).toBeGreaterThanOrEqual(17);
  });

  it('apply is idempotent and takes under a second', async () => {
    const times: Record<string, number> = {};
    for (const name of [
      'tls_expired',
      'tls_expired',
      'op25b_intercept',
      'offline',
      'open',
    ] as const) {
      const ms = await timed(() => lab().apply(name));
      times[name] = Math.max(times[name] ?? 0, ms);
      expect(ms, name).toBeLessThan(1000);
    }
    const [p] = await probeTcp(lab(), ['smtp.example.jp:465:tls']);
    expect(p?.tlsAuthorized).toBe(true);
    console.log('lab apply ms', times);
  });
});

describe.skipIf(!available.ok)('lab lifecycle', () => {
  it('stop() removes namespaces, processes, /etc/netns entries and the run dir; twice is fine', async () => {
    const t = performance.now();
    const lab = await startLab();
    const startMs = Math.round(performance.now() - t);
    const sleeper = lab.spawn(['sleep', '600']);
    expect(labNamespacesNow().sort()).toEqual(Object.values(NS).sort());
    expect(pgrep(lab.runDir)).not.toBe('');
    const stopMs = await timed(() => lab.stop());
    expectNothingLeft(lab.runDir, [sleeper.pid ?? 0]);
    await lab.stop();
    console.log('lab start ms', startMs, 'stop ms', stopMs);
    expect(startMs + stopMs).toBeLessThan(10_000);
  });

  it('a lab with every helper running (shield, TLS inspection, NAT64, delayer, shim) leaves nothing', async () => {
    const lab = await startLab();
    const everything: Scenario = {
      name: 'all_helpers',
      summary: 'every helper process at once',
      isp: { delay: { defaultMs: 5 } },
      dns: { aaaa: 'dns64' },
      pc: { mailShield: 'relay', tlsInspection: true, denyMailConnect: true },
    };
    await lab.apply(everything);
    const helpers = readdirSync(join(lab.runDir, 'pids')).length;
    expect(helpers).toBeGreaterThanOrEqual(5);
    expect(runCommandSync('ip', ['-n', NS.isp, 'link', 'show', TUN_IFACE]).code).toBe(0);
    expect(existsSync(join(lab.runDir, 'deny-mail-connect.so'))).toBe(true);
    const [web] = await probeTcp(lab, ['www.google.com:443:tls']);
    expect(web?.cert?.issuer).toBe('Lab Security Product Root');
    const pids = runCommandSync('ip', ['netns', 'pids', NS.isp])
      .stdout.split('\n')
      .filter(Boolean)
      .map(Number);
    await lab.stop();
    expectNothingLeft(lab.runDir, pids);
  });

  it('a lab left running (its reference dropped) is cleaned up by the next startLab', async () => {
    let first: Lab | undefined = await startLab({ scenario: 'op25b_drop' });
    const staleDir = first.runDir;
    const stalePid = first.spawn(['sleep', '600']).pid ?? 0;
    first = undefined; // the interrupted test never calls stop()
    expect(first).toBeUndefined();

    const second = await startLab();
    try {
      expect(existsSync(staleDir)).toBe(false);
      expect(pgrep(staleDir)).toBe('');
      expect(existsSync(`/proc/${stalePid}`)).toBe(false);
      const [p] = await probeTcp(second, ['gmail-smtp-in.l.google.com:25']);
      expect(p?.greeting).toMatch(/^220 mx\.google\.com /);
    } finally {
      await second.stop();
    }
    expectNothingLeft(second.runDir);
  });

  it('a lab whose owning process was killed (SIGKILL) is removed by cleanupStaleLab', async () => {
    // A scenario with a helper (the tun delayer) as well as the servers and the resolver.
    const holder = spawn(
      process.execPath,
      ['--import', 'tsx', 'test/lab/lab-hold.ts', 'satellite_op25b'],
      {
        cwd: REPO_ROOT,
        stdio: ['pipe', 'pipe', 'inherit'],
      },
    );
    const line = await new Promise<string>((resolve, reject) => {
      createInterface({ input: holder.stdout }).once('line', resolve);
      holder.once('exit', (code) => reject(new Error(`lab-hold exited ${code}`)));
    });
    const runDir = line.split(' ')[1] ?? '';
    expect(existsSync(runDir)).toBe(true);
    holder.kill('SIGKILL');
    await new Promise((r) => holder.once('exit', r));
    // The namespaces and the daemonised resolver outlive their owner.
    expect(labNamespacesNow().length).toBe(3);
    expect(existsSync(join(runDir, 'delay-tun'))).toBe(true);
    await cleanupStaleLab();
    expectNothingLeft(runDir);
  });
});
