/**
 * Is Becky! running? Becky! Internet Mail runs as B2.exe; it keeps each mailbox's settings in
 * memory and writes Mailbox.ini itself, so SendCheck never writes while it runs. Windows says
 * which programs run through tasklist.exe, run by its full path under %SystemRoot%\System32
 * (env.runTasklist) and asked for B2.exe only, in CSV without a heading: a line whose first field is
 * "B2.exe" means it runs. tasklist answers 0 with a line of information (in the language of
 * Windows) when nothing matches; anything else, or no way to ask, is "cannot tell", and SendCheck
 * then does not write either.
 */
import type { AccountsEnv } from './env.js';

/** The image name of Becky! Internet Mail (version 2). */
export const BECKY_IMAGE = 'B2.exe';

/** tasklist's arguments: only B2.exe, CSV, no heading line. */
export const TASKLIST_ARGS = ['/FI', `IMAGENAME eq ${BECKY_IMAGE}`, '/FO', 'CSV', '/NH'];

/** What tasklist says about B2.exe. */
export type BeckyRunning = 'running' | 'not_running' | 'unknown';

/** Reads tasklist's answer: a CSV line for B2.exe, or exit 0 without one. */
export function readTasklist(r: { code: number; stdout: string }): BeckyRunning {
  const images = r.stdout
    .split(/\r\n|\n|\r/)
    .map((l) => /^\s*"([^"]*)"/.exec(l)?.[1]?.toLowerCase())
    .filter((n) => n !== undefined);
  if (images.includes(BECKY_IMAGE.toLowerCase())) return 'running';
  return r.code === 0 ? 'not_running' : 'unknown';
}

/** Whether B2.exe runs now, as tasklist says. */
export async function beckyRunning(env: AccountsEnv): Promise<BeckyRunning> {
  if (!env.runTasklist) return 'unknown';
  return readTasklist(await env.runTasklist(TASKLIST_ARGS));
}
