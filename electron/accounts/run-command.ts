/**
 * How the readers run outside programs (reg.exe, lsof, PowerShell): without a shell, with a
 * timeout, output decoded the way Windows writes it. Below env.ts and windows-owner.ts, which
 * both use it.
 */
import { execFile } from 'node:child_process';
import { decodeWindowsText } from './ini.js';

/** The outcome of one outside command (stdout decoded). */
export interface CommandResult {
  code: number;
  stdout: string;
}

/** Runs `reg.exe` with these arguments (Windows only). */
export type RunReg = (args: string[]) => Promise<CommandResult>;
/** Runs a program with these arguments (lsof on macOS); timeoutMs defaults to 10 seconds. */
export type RunCommand = (
  file: string,
  args: string[],
  opts?: { timeoutMs?: number },
) => Promise<CommandResult>;

/** Runs a command without a shell; never rejects (a missing program or a timeout is code -1). */
export function runCommand(
  file: string,
  args: string[],
  opts: { timeoutMs?: number } = {},
): Promise<CommandResult> {
  return new Promise((resolve) => {
    execFile(
      file,
      args,
      {
        encoding: 'buffer',
        windowsHide: true,
        timeout: opts.timeoutMs ?? 10_000,
        maxBuffer: 8 * 1024 * 1024,
      },
      (err, stdout) => {
        const code = err ? (typeof err.code === 'number' ? err.code : -1) : 0;
        resolve({ code, stdout: decodeWindowsText(stdout) });
      },
    );
  });
}
