/**
 * Removes whatever an interrupted lab run left: sclab-* namespaces (the delayer's tun device and
 * policy routes go with them), their processes (servers, resolver, the PC's mail shield and TLS
 * inspection, the ISP's NAT64 and delayer), /etc/netns/sclab-* and the run dirs (with the compiled
 * shim and delayer). Needs root.  node --import tsx scripts/lab-cleanup.ts
 */
import { cleanupStaleLab, labNamespaces } from '../test/lab/cleanup.js';

const before = labNamespaces();
try {
  await cleanupStaleLab({ waitMs: 0 });
  process.stdout.write(`lab cleanup: removed ${before.length} namespace(s) ${before.join(' ')}\n`);
} catch (e) {
  // A lab owned by a live process is left alone.
  process.stderr.write(`lab cleanup: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
}
