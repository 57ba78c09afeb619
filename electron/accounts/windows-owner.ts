/**
 * Which folders belong to the user running SendCheck, on Windows. Node's fs.stat gives no owner
 * there, so Windows PowerShell is asked: the owner SID of each folder (Get-Acl) against the SID of
 * the current user (WindowsIdentity.GetCurrent). PowerShell is run by its full path under
 * System32, with no profile, non-interactive, with a time limit; the folder names travel inside
 * the encoded command as Base64 of their UTF-8 bytes, so no quoting of a name can break out.
 * Anything unclear (an error, a timeout, an answer of the wrong length) counts as "not owned".
 */
import { win32 } from 'node:path';
import type { RunCommand } from './run-command.js';

/** The subset of the given folders the current user owns. */
export type OwnedByUser = (paths: readonly string[]) => Promise<Set<string>>;

/** How long one PowerShell run may take (it starts slowly on a busy PC). */
export const OWNER_CHECK_TIMEOUT_MS = 20_000;

/** Folders asked about in one run: keeps the command line far below Windows' 32767 characters. */
const PATHS_PER_RUN = 24;

/** Windows PowerShell 5.1, which every supported Windows has, by its full path. */
export function powershellPath(windowsDir: string): string {
  return win32.join(windowsDir, 'System32', 'WindowsPowerShell', 'v1.0', 'powershell.exe');
}

/** The script: one line per folder, in order: owned, other or unknown. */
export function ownerCheckScript(paths: readonly string[]): string {
  const encoded = paths.map((p) => `'${Buffer.from(p, 'utf8').toString('base64')}'`).join(',');
  return [
    "$ErrorActionPreference = 'Stop'",
    '$me = [System.Security.Principal.WindowsIdentity]::GetCurrent().User.Value',
    `foreach ($b in @(${encoded})) {`,
    '  try {',
    '    $p = [System.Text.Encoding]::UTF8.GetString([System.Convert]::FromBase64String($b))',
    '    $o = (Get-Acl -LiteralPath $p).GetOwner([System.Security.Principal.SecurityIdentifier]).Value',
    "    if ($o -eq $me) { 'owned' } else { 'other' }",
    "  } catch { 'unknown' }",
    '}',
  ].join('\n');
}

/** The arguments PowerShell gets: the script as -EncodedCommand (Base64 of UTF-16LE). */
export function ownerCheckArgs(paths: readonly string[]): string[] {
  const encoded = Buffer.from(ownerCheckScript(paths), 'utf16le').toString('base64');
  return ['-NoLogo', '-NoProfile', '-NonInteractive', '-EncodedCommand', encoded];
}

/** The owner check over a command runner (the real one, or a test's fake). */
export function powershellOwnerCheck(powershell: string, run: RunCommand): OwnedByUser {
  return async (paths) => {
    const owned = new Set<string>();
    for (let i = 0; i < paths.length; i += PATHS_PER_RUN) {
      const batch = paths.slice(i, i + PATHS_PER_RUN);
      const r = await run(powershell, ownerCheckArgs(batch), { timeoutMs: OWNER_CHECK_TIMEOUT_MS });
      const lines = r.stdout
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter((l) => l !== '');
      // A failed or garbled run tells nothing about any folder of the batch.
      if (r.code !== 0 || lines.length !== batch.length) continue;
      batch.forEach((p, j) => {
        if (lines[j] === 'owned') owned.add(p);
      });
    }
    return owned;
  };
}
