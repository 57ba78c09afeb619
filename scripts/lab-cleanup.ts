/**
 * Removes whatever an interrupted lab run left: sclab-* namespaces (the delayer's tun device and
 * policy routes go with them), their processes (servers, resolver, the PC's mail shield and TLS
 * inspection, the ISP's NAT64 and delayer), /etc/netns/sclab-* and the run dirs (with the compiled
 * shim and delayer). Needs root.  node --import tsx scripts/lab-cleanup.ts [--all]
 *
 * Without --all it cleans the lab of this checkout's SCLAB_PREFIX (default sclab-); with --all,
 * the lab of every prefix found on the machine, one after the other.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { cleanupStaleLab, labNamespaces } from '../test/lab/cleanup.js';
import { runCommandSync } from '../test/lab/sys.js';

/** The lab prefixes that have namespaces, /etc/netns entries or run dirs on this machine. */
function prefixesFound(): string[] {
  const names = [
    ...runCommandSync('ip', ['netns', 'list'])
      .stdout.split('\n')
      .map((l) => l.split(' ')[0] ?? ''),
    ...safeList('/etc/netns'),
    ...safeList(tmpdir()),
  ];
  const found = names.map((n) => /^(sclab[a-z0-9]{0,6}-)/.exec(n)?.[1]).filter(Boolean);
  return [...new Set(found as string[])];
}

function safeList(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

if (process.argv.includes('--all')) {
  let failed = false;
  for (const prefix of prefixesFound()) {
    const r = spawnSync(process.execPath, [...process.execArgv, process.argv[1] ?? ''], {
      env: { ...process.env, SCLAB_PREFIX: prefix },
      stdio: 'inherit',
    });
    failed ||= r.status !== 0;
  }
  process.exitCode = failed ? 1 : 0;
} else {
  const before = labNamespaces();
  try {
    await cleanupStaleLab({ waitMs: 0 });
    process.stdout.write(
      `lab cleanup: removed ${before.length} namespace(s) ${before.join(' ')}\n`,
    );
  } catch (e) {
    // A lab owned by a live process is left alone.
    process.stderr.write(`lab cleanup: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  }
}
