/** The ISP's resolver: one dnsmasq daemon in sclab-isp, restarted when its data changes. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dnsmasqArgs, dnsmasqConfig } from './dns-config.js';
import { nsRun } from './network.js';
import type { Scenario } from './scenarios.js';
import { isAlive, procStartTime, recordPid, sleep } from './sys.js';
import { NS } from './topology.js';

/** Controls the lab's dnsmasq. */
export class Resolver {
  private config: string | null = null;
  private pid: number | null = null;
  private startTime: string | null = null;

  constructor(private readonly runDir: string) {}

  /** Makes the resolver serve the scenario's data; a no-op when the data is unchanged. */
  async apply(scenario: Scenario): Promise<void> {
    const config = dnsmasqConfig(scenario);
    if (config === this.config && this.pid !== null && isAlive(this.pid, this.startTime ?? '')) {
      return;
    }
    await this.stop();
    const confFile = join(this.runDir, 'dnsmasq.conf');
    const pidFile = join(this.runDir, 'dnsmasq.pid');
    writeFileSync(confFile, config);
    // dnsmasq forks into the background once its socket is bound: its exit means it is ready.
    await nsRun(NS.isp, [
      'dnsmasq',
      ...dnsmasqArgs(confFile, pidFile, join(this.runDir, 'dnsmasq.log')),
    ]);
    const pid = Number(readFileSync(pidFile, 'utf8').trim());
    this.pid = pid;
    this.startTime = procStartTime(pid);
    recordPid(this.runDir, 'dnsmasq', pid);
    this.config = config;
  }

  /** Stops the daemon and waits until it is gone. */
  async stop(): Promise<void> {
    const { pid, startTime } = this;
    this.pid = null;
    this.config = null;
    if (pid === null || !isAlive(pid, startTime ?? undefined)) return;
    try {
      process.kill(pid, 'SIGTERM');
    } catch {
      return;
    }
    const deadline = Date.now() + 2000;
    while (isAlive(pid, startTime ?? undefined) && Date.now() < deadline) await sleep(10);
    if (isAlive(pid, startTime ?? undefined)) process.kill(pid, 'SIGKILL');
  }
}
