/**
 * Every AUTH a lab server receives, one JSON line each in the run dir. The servers process appends;
 * tests read it through the lab (Lab.authAttempts) to show where a password went, or that it went
 * nowhere. The password itself is never written, only whether one arrived.
 */
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import type { ServerId } from './topology.js';

/** One AUTH attempt as a server saw it. */
export interface AuthRecord {
  server: ServerId;
  /** The address and port it arrived on (the server's own, also behind a redirect). */
  address: string;
  port: number;
  /** The mechanism named in the AUTH command, upper case (PLAIN, LOGIN, CRAM-MD5 ...). */
  mechanism: string;
  /** The user name, once it arrived; null when the exchange ended before it. */
  username: string | null;
  /** A non-empty password (or CRAM-MD5 digest) arrived. */
  password: boolean;
  /** The AUTH came over TLS. */
  tls: boolean;
  /** The server answered 235. */
  accepted: boolean;
}

/** The log's file name inside the run dir. */
export const AUTH_LOG_FILE = 'auth-attempts.jsonl';

/** Appends one attempt (synchronously, before the server answers it). */
export function recordAuth(file: string, record: AuthRecord): void {
  appendFileSync(file, `${JSON.stringify(record)}\n`);
}

/** Every attempt recorded so far, oldest first. */
export function readAuthLog(file: string): AuthRecord[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as AuthRecord);
}
