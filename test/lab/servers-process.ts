/** Starts and steers the lab's one server process (lab-servers.ts) inside sclab-net. */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createWriteStream, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import {
  READY_LINE,
  type ApplyMessage,
  type KnobMap,
  type ServersConfig,
} from './servers-protocol.js';
import { AUTH_LOG_FILE } from './auth-log.js';
import { findTool, recordPid } from './sys.js';
import { LAB_ACCOUNT, LAB_SERVERS, NS } from './topology.js';

/** The repository root: child processes run there so `--import tsx` resolves. */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

const SCRIPT = fileURLToPath(new URL('./lab-servers.ts', import.meta.url));
const READY_TIMEOUT_MS = 30_000;
const APPLY_TIMEOUT_MS = 10_000;

/** The server process, as the lab sees it. */
export class ServersProcess {
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly waiting = new Map<number, (error: string | null) => void>();
  private nextId = 1;
  private exited = false;
  private stderrTail = '';
  /** Resolves once READY was printed; rejects if the process dies or is too slow first. */
  readonly ready: Promise<void>;
  /** Every AUTH attempt the servers received (auth-log.ts). */
  readonly authLog: string;

  constructor(runDir: string, caFile: string, knobs: KnobMap) {
    this.authLog = join(runDir, AUTH_LOG_FILE);
    const config: ServersConfig = {
      caFile,
      account: { user: LAB_ACCOUNT.email, password: LAB_ACCOUNT.password },
      authLog: this.authLog,
      servers: [...LAB_SERVERS],
      knobs,
    };
    const configFile = join(runDir, 'servers.json');
    writeFileSync(configFile, JSON.stringify(config));
    const ip = findTool('ip') ?? 'ip';
    const argv = ['netns', 'exec', NS.net, process.execPath, '--import', 'tsx', SCRIPT, configFile];
    this.child = spawn(ip, argv, { cwd: REPO_ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    if (this.child.pid) recordPid(runDir, 'servers', this.child.pid);
    const log = createWriteStream(join(runDir, 'servers.log'));
    this.child.stderr.on('data', (d: Buffer) => {
      log.write(d);
      this.stderrTail = (this.stderrTail + d.toString()).slice(-4000);
    });
    this.ready = new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`lab servers not ready after ${READY_TIMEOUT_MS} ms`)),
        READY_TIMEOUT_MS,
      );
      const lines = createInterface({ input: this.child.stdout });
      lines.on('line', (line) => {
        if (line === READY_LINE) {
          clearTimeout(timer);
          resolve();
          return;
        }
        const m = /^(APPLIED|ERROR) (\d+) ?(.*)$/.exec(line);
        if (!m) return;
        const done = this.waiting.get(Number(m[2]));
        this.waiting.delete(Number(m[2]));
        done?.(m[1] === 'APPLIED' ? null : (m[3] ?? 'error'));
      });
      this.child.on('exit', (code, signal) => {
        this.exited = true;
        clearTimeout(timer);
        const why = `lab servers exited (${code ?? signal}): ${this.stderrTail.trim()}`;
        reject(new Error(why));
        for (const done of this.waiting.values()) done(why);
        this.waiting.clear();
      });
    });
    // A rejection nobody awaited yet must not crash the test process.
    this.ready.catch(() => undefined);
  }

  /** Switches every server to these knobs and waits until the listeners are rebound. */
  apply(knobs: KnobMap): Promise<void> {
    return this.send(knobs);
  }

  /** Waits until the servers have served what already reached them (the AUTH log is complete). */
  sync(): Promise<void> {
    return this.send(undefined);
  }

  private send(knobs: KnobMap | undefined): Promise<void> {
    if (this.exited) return Promise.reject(new Error('lab servers are not running'));
    const id = this.nextId++;
    const message: ApplyMessage = knobs ? { id, knobs } : { id };
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiting.delete(id);
        reject(new Error('lab servers did not apply the knobs in time'));
      }, APPLY_TIMEOUT_MS);
      this.waiting.set(id, (error) => {
        clearTimeout(timer);
        if (error) reject(new Error(`lab servers: ${error}`));
        else resolve();
      });
      this.child.stdin.write(JSON.stringify(message) + '\n');
    });
  }

  /** Closes stdin (the process exits on its own) and waits for the exit, killing it if slow. */
  async stop(): Promise<void> {
    if (this.exited) return;
    const gone = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    this.child.stdin.end();
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 2000);
    await gone;
    clearTimeout(timer);
  }
}
