/** Tears a lab down, and finds and removes whatever an interrupted earlier lab left behind. */
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  isAlive,
  killAllSync,
  procStartTime,
  readPidRecords,
  runCommandSync,
  sleep,
  type PidRecord,
} from './sys.js';
import { IFACE, LAB_PREFIX } from './topology.js';

/** Where ip-netns keeps per-namespace /etc overrides (resolv.conf). */
export const NETNS_ETC = '/etc/netns';

/** Run dirs live in the OS temp dir, named sclab-<pid>-<random>. */
export function runDirRoot(): string {
  return tmpdir();
}

/** Lab namespaces that exist now. */
export function labNamespaces(): string[] {
  const out = runCommandSync('ip', ['netns', 'list']).stdout;
  return out
    .split('\n')
    .map((line) => line.split(' ')[0] ?? '')
    .filter((name) => name.startsWith(LAB_PREFIX));
}

function namespacePids(name: string): PidRecord[] {
  return runCommandSync('ip', ['netns', 'pids', name])
    .stdout.split('\n')
    .filter((l) => /^\d+$/.test(l.trim()))
    .map((l) => Number(l.trim()))
    .filter((pid) => pid !== process.pid)
    .map((pid) => ({ pid, startTime: procStartTime(pid) ?? '', label: name }));
}

/** Processes whose command line names the run dir (dnsmasq's config, the servers' config). */
function processesNaming(runDir: string): PidRecord[] {
  const found: PidRecord[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    try {
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      if (cmdline.includes(runDir + '/')) {
        found.push({
          pid: Number(entry),
          startTime: procStartTime(Number(entry)) ?? '',
          label: 'named',
        });
      }
    } catch {
      // exited while we looked
    }
  }
  return found;
}

/**
 * Removes the lab: its processes (recorded ones, anything inside a lab namespace, anything naming
 * the run dir), the namespaces (their veths go with them), /etc/netns/sclab-*, and the run dir.
 * Synchronous so that it also works from a process 'exit' handler. Safe to call repeatedly.
 */
export function teardownSync(runDir: string | null): void {
  const namespaces = labNamespaces();
  const victims = [
    ...(runDir ? readPidRecords(runDir) : []),
    ...(runDir ? processesNaming(runDir) : []),
    ...namespaces.flatMap(namespacePids),
  ];
  killAllSync(victims);
  if (namespaces.length > 0) {
    runCommandSync(
      'ip',
      ['-force', '-batch', '-'],
      namespaces.map((n) => `netns del ${n}`).join('\n') + '\n',
    );
  }
  // The lab never makes links in the root namespace; if one of its names shows up there anyway,
  // it can only be a leftover of ours.
  const rootLinks = runCommandSync('ip', ['-o', 'link', 'show']).stdout;
  for (const name of Object.values(IFACE)) {
    if (rootLinks.includes(` ${name}@`) || rootLinks.includes(` ${name}:`)) {
      runCommandSync('ip', ['link', 'del', name]);
    }
  }
  if (existsSync(NETNS_ETC)) {
    for (const entry of readdirSync(NETNS_ETC)) {
      if (entry.startsWith(LAB_PREFIX))
        rmSync(join(NETNS_ETC, entry), { recursive: true, force: true });
    }
  }
  if (runDir) rmSync(runDir, { recursive: true, force: true });
}

interface RunDirInfo {
  path: string;
  ownerPid: number;
  ownerAlive: boolean;
}

function runDirs(): RunDirInfo[] {
  const root = runDirRoot();
  return readdirSync(root)
    .filter((entry) => entry.startsWith(LAB_PREFIX))
    .map((entry) => {
      const path = join(root, entry);
      let owner: string[] = [];
      try {
        owner = readFileSync(join(path, 'owner'), 'utf8').trim().split(' ');
      } catch {
        // no owner file: a run dir whose start was interrupted
      }
      const ownerPid = Number(owner[0] ?? 0);
      const ownerAlive = ownerPid > 0 && isAlive(ownerPid, owner[1]);
      return { path, ownerPid, ownerAlive };
    });
}

/**
 * Removes what an interrupted earlier run left. A lab still owned by another live process is
 * waited for (up to waitMs) rather than destroyed: the namespace names are fixed, so one lab at a
 * time per machine. A lab owned by this very process is taken over.
 */
export async function cleanupStaleLab(opts: { waitMs?: number } = {}): Promise<void> {
  const deadline = Date.now() + (opts.waitMs ?? 45_000);
  for (;;) {
    const others = runDirs().filter((d) => d.ownerAlive && d.ownerPid !== process.pid);
    if (others.length === 0) break;
    if (Date.now() > deadline) {
      const pids = others.map((d) => d.ownerPid).join(', ');
      throw new Error(`lab: another lab is running (pid ${pids}); stop it or wait for it`);
    }
    await sleep(250);
  }
  for (const dir of runDirs()) teardownSync(dir.path);
  teardownSync(null);
}
