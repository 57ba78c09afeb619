/**
 * The lab's helper processes that only some scenarios need: the PC's security software (mail
 * shield, TLS inspection), the ISP's NAT64 and its packet delayer, and the EACCES shim's library.
 * Each runs only while its scenario is applied and is restarted only when its settings change.
 * Everything lives in the lab's run dir and namespaces, where teardown finds it.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createWriteStream, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { RelaysConfig } from './lab-relays.js';
import { interceptRoutes } from './pc-intercept.js';
import type { Scenario } from './scenarios.js';
import { REPO_ROOT } from './servers-process.js';
import { findTool, mustRun, recordPid } from './sys.js';
import { ADDR, DELAY_TABLE, ip6Of, labServer, NS, TUN_IFACE, type ServerId } from './topology.js';

const SHIM_DIR = fileURLToPath(new URL('./shim/', import.meta.url));
const RELAYS_SCRIPT = fileURLToPath(new URL('./lab-relays.ts', import.meta.url));
const READY_TIMEOUT_MS = 20_000;
/** The TLS-inspecting product's root; the engine is never told to trust it. */
export const SECURITY_ROOT_NAME = 'Lab Security Product Root';
/** Ports the ISP's NAT64 carries. */
export const NAT64_PORTS = [25, 80, 443, 465, 587];

interface HelperSpec {
  ns: string;
  argv: string[];
  /** What the process reads besides its argv (a config file's content): a change restarts it. */
  settings?: string;
  /** Runs once the process printed READY (routes through a device it made, for instance). */
  afterReady?: () => Promise<void>;
}

interface Running {
  signature: string;
  child: ChildProcessWithoutNullStreams;
}

/** Builds a C file from test/lab/shim with the system compiler (gcc or cc). */
async function compile(
  runDir: string,
  source: string,
  out: string,
  shared: boolean,
): Promise<string> {
  const target = join(runDir, out);
  if (existsSync(target)) return target;
  const cc = findTool('cc') ?? findTool('gcc');
  if (!cc) throw new Error('lab: no C compiler (Debian: gcc libc6-dev)');
  const flags = shared ? ['-shared', '-fPIC'] : [];
  await mustRun(cc, [
    ...flags,
    '-O2',
    '-o',
    target,
    join(SHIM_DIR, source),
    ...(shared ? ['-ldl'] : []),
  ]);
  return target;
}

function startHelper(
  runDir: string,
  label: string,
  spec: HelperSpec,
): Promise<ChildProcessWithoutNullStreams> {
  const [cmd = '', ...rest] = spec.argv;
  const child = spawn(findTool('ip') ?? 'ip', ['netns', 'exec', spec.ns, cmd, ...rest], {
    cwd: REPO_ROOT,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  if (child.pid) recordPid(runDir, label, child.pid);
  const log = createWriteStream(join(runDir, `${label}.log`));
  let tail = '';
  child.stderr.on('data', (d: Buffer) => {
    log.write(d);
    tail = (tail + d.toString()).slice(-2000);
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`lab helper ${label} not ready: ${tail}`));
    }, READY_TIMEOUT_MS);
    createInterface({ input: child.stdout }).on('line', (line) => {
      if (line !== 'READY') return;
      clearTimeout(timer);
      resolve(child);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`lab helper ${label} exited (${code}): ${tail}`));
    });
  });
}

function stopChild(child: ChildProcessWithoutNullStreams): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.stdin.end();
  const timer = setTimeout(() => child.kill('SIGKILL'), 2000);
  return gone.finally(() => clearTimeout(timer));
}

function delayArgs(scenario: Scenario): string[] | null {
  const delay = scenario.isp.delay;
  if (!delay) return null;
  const rules = Object.entries(delay.servers ?? {}).flatMap(([id, ms]) => {
    const ip = labServer(id as ServerId).ip;
    return [`${ip}=${ms}`, `${ip6Of(ip)}=${ms}`];
  });
  return [TUN_IFACE, String(delay.defaultMs ?? 0), ...rules];
}

/** Starts, keeps or stops each helper as scenarios change. */
export class LabHelpers {
  private readonly running = new Map<string, Running>();

  constructor(private readonly runDir: string) {}

  /** Environment for processes in the PC under this scenario (the EACCES shim). */
  async pcEnv(scenario: Scenario): Promise<Record<string, string>> {
    const proxy = scenario.pc?.proxy;
    const proxyEnv: Record<string, string> =
      proxy === undefined ? {} : { https_proxy: proxy, http_proxy: proxy };
    if (!scenario.pc?.denyMailConnect) return proxyEnv;
    const lib = await compile(this.runDir, 'deny-mail-connect.c', 'deny-mail-connect.so', true);
    return { ...proxyEnv, LD_PRELOAD: lib };
  }

  /** Where the TLS-inspecting product writes its root certificate while it runs. */
  get securityRootFile(): string {
    return join(this.runDir, 'security-product-root.pem');
  }

  private pcRelays(scenario: Scenario): HelperSpec | null {
    const routes = interceptRoutes(scenario);
    if (routes.length === 0) return null;
    const config: RelaysConfig = {};
    const shield = routes.filter((r) => r.role === 'shield');
    const inspect = routes.filter((r) => r.role === 'inspect');
    if (shield.length > 0) {
      config.shield = {
        mode: scenario.pc?.mailShield ?? 'relay',
        bindAddress: ADDR.pcRelay,
        routes: shield,
      };
    }
    if (inspect.length > 0) {
      config.inspect = {
        bindAddress: ADDR.pcRelay,
        routes: inspect,
        caName: SECURITY_ROOT_NAME,
        caOut: this.securityRootFile,
      };
    }
    return this.relaysSpec(NS.pc, 'relays-pc', config);
  }

  private relaysSpec(ns: string, label: string, config: RelaysConfig): HelperSpec {
    const file = join(this.runDir, `${label}.json`);
    const settings = JSON.stringify(config);
    writeFileSync(file, settings);
    return { ns, argv: [process.execPath, '--import', 'tsx', RELAYS_SCRIPT, file], settings };
  }

  private async delayer(scenario: Scenario): Promise<HelperSpec | null> {
    const args = delayArgs(scenario);
    if (!args) return null;
    const bin = await compile(this.runDir, 'delay-tun.c', 'delay-tun', false);
    const table = String(DELAY_TABLE);
    return {
      ns: NS.isp,
      argv: [bin, ...args],
      afterReady: async () => {
        await mustRun('ip', ['-n', NS.isp, 'link', 'set', TUN_IFACE, 'up']);
        await mustRun('ip', [
          '-n',
          NS.isp,
          'route',
          'replace',
          'default',
          'dev',
          TUN_IFACE,
          'table',
          table,
        ]);
        await mustRun('ip', [
          '-n',
          NS.isp,
          '-6',
          'route',
          'replace',
          'default',
          'dev',
          TUN_IFACE,
          'table',
          table,
        ]);
      },
    };
  }

  private async wanted(scenario: Scenario): Promise<Record<string, HelperSpec | null>> {
    const nat64 = scenario.dns?.aaaa === 'dns64' || scenario.pc?.ipv6Only === true;
    return {
      'relays-pc': this.pcRelays(scenario),
      'nat64-isp': nat64
        ? this.relaysSpec(NS.isp, 'nat64-isp', { nat64: { ports: NAT64_PORTS } })
        : null,
      'delay-isp': await this.delayer(scenario),
    };
  }

  /** Brings the helpers in line with the scenario. */
  async apply(scenario: Scenario): Promise<void> {
    const wanted = await this.wanted(scenario);
    await Promise.all(
      Object.entries(wanted).map(async ([label, spec]) => {
        const signature = spec ? JSON.stringify([spec.ns, spec.argv, spec.settings ?? '']) : '';
        const current = this.running.get(label);
        if (current && current.signature === signature && current.child.exitCode === null) return;
        if (current) {
          this.running.delete(label);
          await stopChild(current.child);
        }
        if (!spec) return;
        const child = await startHelper(this.runDir, label, spec);
        this.running.set(label, { signature, child });
        await spec.afterReady?.();
      }),
    );
  }

  /** Stops every helper. */
  async stop(): Promise<void> {
    const all = [...this.running.values()];
    this.running.clear();
    await Promise.all(all.map((r) => stopChild(r.child)));
  }
}
