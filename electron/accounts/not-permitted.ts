/** macOS's refusal to let this process read a file, told apart from every other failure. */

/** macOS refused to let this process read a mail program's files (no Full Disk Access). */
export class NotPermittedError extends Error {
  constructor(readonly path: string) {
    super(`macOS did not allow reading ${path}`);
    this.name = 'NotPermittedError';
  }
}

/**
 * Rethrows a file error: EPERM (what macOS answers without Full Disk Access) and EACCES (plain
 * POSIX permissions) as NotPermittedError, anything else as it was.
 */
export function permissionError(err: unknown, path: string): never {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'EPERM' || code === 'EACCES') throw new NotPermittedError(path);
  throw err;
}
