/** The simulated ISP network: start it, switch scenarios, run processes in the PC, tear it down. */
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readAuthLog, type AuthRecord } from './auth-log.js';
import { cleanupStaleLab, runDirRoot, teardownSync } from './cleanup.js';
import { Resolver } from './dnsmasq.js';
import { onProcessEnd } from './exit-hooks.js';
import { LabHelpers } from './lab-helpers.js';
import { clearPcConnects, readPcConnects, readRedirected, type PcConnect } from './lab-watch.js';
import { applyPcState, applyPolicy, buildNetwork } from './network.js';
import { resolveScenario, type Scenario, type ScenarioName } from './scenarios.js';
import { REPO_ROOT, ServersProcess } from './servers-process.js';
import { findTool, procStartTime, recordPid } from './sys.js';
import { LAB_PREFIX, NS } from './topology.js';

export { cleanupStaleLab } from './cleanup.js';
export type { AuthRecord } from './auth-log.js';
export type { PcConnect } from './lab-watch.js';

/** What a process run inside the PC left. code is null when it was killed (timeout). */
export interface LabRunResult {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** A running lab. */
export interface Lab {
  /** PEM of the lab CA, for NODE_EXTRA_CA_CERTS. */
  readonly caFile: string;
  /** Environment for processes in the PC (NODE_EXTRA_CA_CERTS). */
  readonly env: Record<string, string>;
  /** The lab's temp dir (dnsmasq and server logs live here while it runs). */
  readonly runDir: string;
  /** The scenario applied last. */
  readonly scenario: Scenario;
  /** Environment the scenario gives every process in the PC (the EACCES shim's LD_PRELOAD). */
  readonly scenarioEnv: Record<string, string>;
  /** The TLS-inspecting security product's root certificate (written while it runs). */
  readonly securityRootFile: string;
  /** Switches policy, DNS, servers and PC state; idempotent. */
  apply(scenario: ScenarioName | Scenario): Promise<void>;
  /** Runs a process inside sclab-pc to completion (default timeout 60 s). */
  run(
    argv: string[],
    opts?: { input?: string; env?: Record<string, string>; timeoutMs?: number },
  ): Promise<LabRunResult>;
  /** Starts a long-lived process inside sclab-pc; stop() kills it if it is still running. */
  spawn(argv: string[], opts?: { env?: Record<string, string> }): ChildProcess;
  /** Tears everything down: processes, namespaces, /etc/netns dirs, temp files. Safe to call twice. */
  stop(): Promise<void>;
  /** Every AUTH any lab server received since the last clear, once the servers caught up. */
  authAttempts(): Promise<AuthRecord[]>;
  /** Forgets the AUTH attempts recorded so far. */
  clearAuthAttempts(): void;
  /** Every (address, port) the PC sent a SYN to since the last apply or clear. */
  pcConnects(): Promise<PcConnect[]>;
  /** Forgets the PC's destinations seen so far. */
  clearPcConnects(): Promise<void>;
  /** Connects the ISP's interceptors (IspPolicy.redirect) took since the last apply. */
  redirectedConnects(): Promise<number>;
}

/** Whether this machine can run the lab, and why not. */
export function labAvailable(): { ok: boolean; reason: string } {
  if (process.platform !== 'linux') return { ok: false, reason: 'the lab needs Linux' };
  if (process.getuid?.() !== 0) return { ok: false, reason: 'the lab needs root' };
  for (const [name, pkg] of [
    ['ip', 'iproute2'],
    ['nft', 'nftables'],
    ['dnsmasq', 'dnsmasq-base'],
    ['sysctl', 'procps'],
  ]) {
    if (!findTool(name ?? '')) return { ok: false, reason: `${name} missing (Debian: ${pkg})` };
  }
  return { ok: true, reason: 'ok' };
}

function pcEnv(labEnv: Record<string, string>, extra?: Record<string, string>): NodeJS.ProcessEnv {
  // Nothing in the PC may be steered to a proxy outside the lab: only a scenario's own (labEnv,
  // a lab address) survives.
  const outside = (env: NodeJS.ProcessEnv | Record<string, string>) =>
    Object.fromEntries(Object.entries(env).filter(([key]) => !/_proxy$/i.test(key)));
  return { ...outside(process.env), ...labEnv, ...outside(extra ?? {}) };
}

class RunningLab implements Lab {
  readonly env: Record<string, string>;
  scenario: Scenario;
  scenarioEnv: Record<string, string> = {};
  private readonly children = new Set<ChildProcess>();
  private queue: Promise<void> = Promise.resolve();
  private stopped = false;

  constructor(
    readonly runDir: string,
    readonly caFile: string,
    scenario: Scenario,
    private readonly servers: ServersProcess,
    private readonly resolver: Resolver,
    private readonly helpers: LabHelpers,
    private readonly unhook: () => void,
  ) {
    this.scenario = scenario;
    this.env = { NODE_EXTRA_CA_CERTS: caFile };
  }

  apply(scenario: ScenarioName | Scenario): Promise<void> {
    const next = this.queue.then(async () => {
      if (this.stopped) throw new Error('lab is stopped');
      const s = resolveScenario(scenario);
      await applyScenario(s, this.servers, this.resolver, this.helpers);
      this.scenarioEnv = await this.helpers.pcEnv(s);
      this.scenario = s;
    });
    this.queue = next.catch(() => undefined);
    return next;
  }

  get securityRootFile(): string {
    return this.helpers.securityRootFile;
  }

  async authAttempts(): Promise<AuthRecord[]> {
    await this.servers.sync();
    return readAuthLog(this.servers.authLog);
  }

  clearAuthAttempts(): void {
    // The servers append with O_APPEND, so their next line lands at the new end.
    writeFileSync(this.servers.authLog, '', { flag: 'a' });
    truncateSync(this.servers.authLog, 0);
  }

  pcConnects(): Promise<PcConnect[]> {
    return readPcConnects();
  }

  clearPcConnects(): Promise<void> {
    return clearPcConnects();
  }

  redirectedConnects(): Promise<number> {
    return readRedirected();
  }

  spawn(argv: string[], opts: { env?: Record<string, string> } = {}): ChildProcess {
    if (this.stopped) throw new Error('lab is stopped');
    const [cmd, ...rest] = argv;
    if (!cmd) throw new Error('lab.spawn: empty argv');
    const program = cmd === 'node' ? process.execPath : cmd;
    const child = spawn(findTool('ip') ?? 'ip', ['netns', 'exec', NS.pc, program, ...rest], {
      cwd: REPO_ROOT,
      env: pcEnv({ ...this.env, ...this.scenarioEnv }, opts.env),
      // Its own process group, so a timeout or stop() also takes its children.
      detached: true,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    if (child.pid) recordPid(this.runDir, 'pc', child.pid);
    this.children.add(child);
    child.on('exit', () => this.children.delete(child));
    return child;
  }

  run(
    argv: string[],
    opts: { input?: string; env?: Record<string, string>; timeoutMs?: number } = {},
  ): Promise<LabRunResult> {
    const started = performance.now();
    const child = this.spawn(argv, opts.env ? { env: opts.env } : {});
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdin?.end(opts.input ?? '');
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => killGroup(child), opts.timeoutMs ?? 60_000);
      child.on('error', (e) => {
        clearTimeout(timer);
        reject(e);
      });
      child.on('close', (code) => {
        clearTimeout(timer);
        resolve({ code, stdout, stderr, ms: Math.round(performance.now() - started) });
      });
    });
  }

  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    const exits = [...this.children].map(
      (c) =>
        new Promise<void>((resolve) =>
          c.exitCode !== null ? resolve() : c.once('exit', () => resolve()),
        ),
    );
    for (const child of this.children) killGroup(child);
    await Promise.race([Promise.all(exits), new Promise((r) => setTimeout(r, 3000))]);
    await Promise.all([this.servers.stop(), this.resolver.stop(), this.helpers.stop()]);
    teardownSync(this.runDir);
    this.unhook();
  }
}

function killGroup(child: ChildProcess): void {
  if (!child.pid || child.exitCode !== null) return;
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    // already gone
  }
}

async function applyScenario(
  s: Scenario,
  servers: ServersProcess,
  resolver: Resolver,
  helpers: LabHelpers,
): Promise<void> {
  await Promise.all([
    applyPolicy(s),
    resolver.apply(s),
    servers.apply(s.servers ?? {}),
    applyPcState(s.pcOnline !== false, s.pc?.ipv6Only === true),
    helpers.apply(s),
  ]);
}

/** Builds a fresh lab (after removing any stale one) in the given scenario (default 'open'). */
export async function startLab(opts: { scenario?: ScenarioName } = {}): Promise<Lab> {
  const available = labAvailable();
  if (!available.ok) throw new Error(`lab unavailable: ${available.reason}`);
  await cleanupStaleLab();
  const runDir = mkdtempSync(join(runDirRoot(), `${LAB_PREFIX}${process.pid}-`));
  // dnsmasq reads and logs here after dropping root.
  chmodSync(runDir, 0o755);
  writeFileSync(join(runDir, 'owner'), `${process.pid} ${procStartTime(process.pid) ?? ''}\n`);
  const unhook = onProcessEnd(() => teardownSync(runDir));
  try {
    const scenario = resolveScenario(opts.scenario ?? 'open');
    await buildNetwork();
    const caFile = join(runDir, 'lab-ca.pem');
    const servers = new ServersProcess(runDir, caFile, scenario.servers ?? {});
    const resolver = new Resolver(runDir);
    const helpers = new LabHelpers(runDir);
    // allSettled: nothing may still be starting when a failure tears the lab down.
    const results = await Promise.allSettled([
      servers.ready,
      applyPolicy(scenario),
      resolver.apply(scenario),
      applyPcState(scenario.pcOnline !== false, scenario.pc?.ipv6Only === true),
      helpers.apply(scenario),
    ]);
    const failed = results.find((r) => r.status === 'rejected');
    if (failed) throw failed.reason;
    const lab = new RunningLab(runDir, caFile, scenario, servers, resolver, helpers, unhook);
    lab.scenarioEnv = await helpers.pcEnv(scenario);
    return lab;
  } catch (e) {
    unhook();
    teardownSync(runDir);
    throw e;
  }
}
