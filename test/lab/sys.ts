/** Small process helpers for the lab: run tools, find them, and track processes by pid + start time. */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/** What a finished command left. */
export interface CommandResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Finds an executable on PATH or in the sbin directories root's tools live in. */
export function findTool(name: string): string | null {
  const dirs = [...(process.env.PATH ?? '').split(delimiter), '/usr/sbin', '/sbin', '/usr/bin'];
  for (const dir of dirs) {
    if (dir && existsSync(join(dir, name))) return join(dir, name);
  }
  return null;
}

function tool(name: string): string {
  const path = findTool(name);
  if (!path) throw new Error(`lab: ${name} not found (install iproute2 / nftables / dnsmasq-base)`);
  return path;
}

/** Runs a command to completion without a shell. */
export function runCommand(cmd: string, args: string[], input?: string): Promise<CommandResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd.includes('/') ? cmd : tool(cmd), args, {
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    // A tool that fails before reading its input closes the pipe: its exit code tells why.
    child.stdin.on('error', () => undefined);
    child.stdin.end(input ?? '');
  });
}

/** Runs a command and throws with its stderr when it fails. */
export async function mustRun(cmd: string, args: string[], input?: string): Promise<string> {
  const r = await runCommand(cmd, args, input);
  if (r.code !== 0) {
    throw new Error(`lab: ${cmd} ${args.join(' ')} failed (${r.code}): ${r.stderr.trim()}`);
  }
  return r.stdout;
}

/** Synchronous run for teardown paths that must work inside an 'exit' handler. */
export function runCommandSync(cmd: string, args: string[], input?: string): CommandResult {
  const path = cmd.includes('/') ? cmd : findTool(cmd);
  if (!path) return { code: null, stdout: '', stderr: `${cmd} not found` };
  const r = spawnSync(path, args, { input: input ?? '', encoding: 'utf8', timeout: 10_000 });
  return { code: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}

/** Blocks the thread for ms (teardown in 'exit' handlers cannot await). */
export function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Resolves after ms. */
export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/** A process's start time in clock ticks since boot, or null when it is gone or a zombie. */
export function procStartTime(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the parenthesised command name; the name itself may contain spaces.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (fields[0] === 'Z' || fields[0] === 'X') return null;
    return fields[19] ?? null;
  } catch {
    return null;
  }
}

/** True when pid is alive and, if given, still the process that started at startTime. */
export function isAlive(pid: number, startTime?: string): boolean {
  const now = procStartTime(pid);
  return now !== null && (startTime === undefined || now === startTime);
}

/** A process the lab started, identified well enough to survive pid reuse. */
export interface PidRecord {
  pid: number;
  startTime: string;
  label: string;
}

/** Writes a pid record into runDir/pids so an interrupted run's processes can be found later. */
export function recordPid(runDir: string, label: string, pid: number): void {
  const startTime = procStartTime(pid);
  if (startTime === null) return;
  mkdirSync(join(runDir, 'pids'), { recursive: true });
  writeFileSync(join(runDir, 'pids', `${pid}`), `${pid} ${startTime} ${label}\n`);
}

/** Reads the pid records of a run dir (missing dir: none). */
export function readPidRecords(runDir: string): PidRecord[] {
  let names: string[];
  try {
    names = readdirSync(join(runDir, 'pids'));
  } catch {
    return [];
  }
  const records: PidRecord[] = [];
  for (const name of names) {
    try {
      const [pid, startTime, label] = readFileSync(join(runDir, 'pids', name), 'utf8')
        .trim()
        .split(' ');
      if (pid && startTime) records.push({ pid: Number(pid), startTime, label: label ?? '' });
    } catch {
      // a half-written record: its process is found through its namespace instead
    }
  }
  return records;
}

/** SIGKILLs the still-alive processes and waits (bounded) until they are gone. */
export function killAllSync(records: { pid: number; startTime?: string }[], waitMs = 3000): void {
  const alive = records.filter((r) => isAlive(r.pid, r.startTime));
  for (const r of alive) {
    try {
      process.kill(r.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  const deadline = Date.now() + waitMs;
  while (alive.some((r) => isAlive(r.pid, r.startTime)) && Date.now() < deadline) sleepSync(10);
}
