/**
 * The app's own log file, under Electron's userData folder (logs/sendcheck.log): start-up, each
 * diagnosis's reference code, and failures, one timestamped line each, so that a user whose app
 * did nothing can send support something. Rotated by size: when the file passes the limit it
 * becomes sendcheck.1.log (the older one sendcheck.2.log), and the oldest generation is dropped.
 *
 * What goes in is only what the main process writes here itself: no request, no address, no
 * password ever reaches a log line (the IPC wrapper logs an error's name for the channels that
 * carry a password). Writes are synchronous and never throw: a log that cannot be written must
 * not take the app down with it. Plain Node, no electron, so it is tested as it runs.
 */
import { appendFileSync, mkdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';

/** The log file's name inside its folder. */
export const LOG_FILE = 'sendcheck.log';
/** Where the log lives under userData. */
export const LOG_DIR = 'logs';

/** Size and generations of the log. */
export interface AppLogOptions {
  /** The size in bytes past which the file is rotated (256 KiB by default). */
  maxBytes?: number;
  /** Rotated files kept besides the current one (2 by default). */
  generations?: number;
  /** The clock, for tests. */
  now?: () => Date;
}

/** Longest line kept, in characters: a runaway message cannot fill the file by itself. */
const MAX_LINE = 2000;

/** A size-rotated log file. */
export class AppLog {
  readonly file: string;
  private readonly maxBytes: number;
  private readonly generations: number;
  private readonly now: () => Date;

  constructor(folder: string, options: AppLogOptions = {}) {
    this.file = path.join(folder, LOG_FILE);
    this.maxBytes = options.maxBytes ?? 256 * 1024;
    this.generations = options.generations ?? 2;
    this.now = options.now ?? (() => new Date());
  }

  /** The rotated file of a generation (1 is the newest). */
  generation(n: number): string {
    return path.join(path.dirname(this.file), LOG_FILE.replace(/\.log$/, `.${n}.log`));
  }

  /** Appends one line (control characters flattened, length capped); never throws. */
  write(message: string): void {
    const text = message.replace(/[\u0000-\u001f\u007f]+/g, ' ').slice(0, MAX_LINE);
    const line = `${this.now().toISOString()} ${text}\n`;
    try {
      mkdirSync(path.dirname(this.file), { recursive: true });
      this.rotateIfFull(Buffer.byteLength(line));
      appendFileSync(this.file, line, { encoding: 'utf8', mode: 0o600 });
    } catch {
      // Nowhere to write (a read-only or full disk): the app goes on without its log.
    }
  }

  /** The whole log, oldest generation first, as text ('' when there is none). */
  text(): string {
    const files = [
      ...Array.from({ length: this.generations }, (_, i) => this.generation(this.generations - i)),
      this.file,
    ];
    return files.map((f) => readOrEmpty(f)).join('');
  }

  private rotateIfFull(adding: number): void {
    let size: number;
    try {
      size = statSync(this.file).size;
    } catch {
      return; // no file yet
    }
    if (size + adding <= this.maxBytes) return;
    rmSync(this.generation(this.generations), { force: true });
    for (let n = this.generations - 1; n >= 1; n--) {
      try {
        renameSync(this.generation(n), this.generation(n + 1));
      } catch {
        // That generation does not exist yet.
      }
    }
    if (this.generations >= 1) renameSync(this.file, this.generation(1));
    else rmSync(this.file, { force: true });
  }
}

function readOrEmpty(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}
