/**
 * Runs listAccounts for macOS in a child process that the kernel refuses a 0o000 folder, as macOS
 * refuses ~/Library/Mail and ~/Library/Accounts without Full Disk Access (EPERM; EACCES here). A
 * plain user is refused anyway; root reads everything through its capabilities, so as root the
 * child runs with none (setpriv drops them) while staying the same user.
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The per-program statuses listAccounts answers in that child. */
export async function listAccountsWithoutPrivileges(
  home: string,
): Promise<{ program: string; status: string; count: number; detail?: string }[]> {
  const entry = fileURLToPath(new URL('../../electron/accounts/index.ts', import.meta.url));
  const script = `const m = await import(${JSON.stringify(entry)}); const r = await m.listAccounts({ home: ${JSON.stringify(home)}, platform: 'darwin' }); console.log(JSON.stringify(r.programs));`;
  const node = [process.execPath, '--import', 'tsx', '--input-type=module', '-e', script];
  const asRoot = process.getuid?.() === 0;
  const [file, ...args] = asRoot
    ? ['setpriv', '--bounding-set=-all', '--inh-caps=-all', '--', ...node]
    : node;
  const out = await new Promise<string>((resolve, reject) => {
    execFile(file ?? '', args, { env: { ...process.env, HOME: home } }, (err, stdout, stderr) =>
      err ? reject(new Error(`${err.message}\n${stderr}`)) : resolve(stdout),
    );
  });
  return JSON.parse(out) as { program: string; status: string; count: number; detail?: string }[];
}
