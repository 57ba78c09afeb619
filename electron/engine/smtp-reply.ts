/** A strict, incremental reader of SMTP replies (RFC 5321 section 4.2, 4.5.3.1.5). */

/** One complete reply: its code and the text of each line (after the code and separator). */
export interface SmtpReply {
  code: number;
  lines: string[];
}

/** Why the reader gave up on the stream. */
export type SmtpReplyErrorKind = 'line_too_long' | 'reply_too_large' | 'protocol_error';

/** A typed parse failure; once returned, the reader stays failed. */
export interface SmtpReplyError {
  kind: SmtpReplyErrorKind;
  message: string;
}

/** What one feed() produced: the replies completed by this chunk, and a failure if one came up. */
export interface FeedResult {
  replies: SmtpReply[];
  error: SmtpReplyError | null;
}

/** Limits of one reader. */
export interface SmtpReplyLimits {
  /** Longest line including CRLF (RFC 5321: 512). */
  maxLineOctets: number;
  /** Largest whole reply in octets. */
  maxReplyOctets: number;
  /** Most lines in one reply. */
  maxLines: number;
}

/** The limits a hostile server meets (docs/diagnosis.md, "Trust: the network may suggest, never decide"). */
export const DEFAULT_REPLY_LIMITS: SmtpReplyLimits = {
  maxLineOctets: 512,
  maxReplyOctets: 64 * 1024,
  maxLines: 100,
};

const CR = 0x0d;
const LF = 0x0a;

// C0, DEL, C1, plus the invisible and direction-changing characters that could make logged text
// look like something it is not.
const UNSAFE_CHARS =
  /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;

/** Strips CR, LF and other control characters from server text before it is shown or logged. */
export function sanitizeServerText(s: string): string {
  return s.replace(UNSAFE_CHARS, '');
}

/** Reads replies from raw chunks split anywhere; strict about framing, codes and sizes. */
export class SmtpReplyReader {
  private buf: Buffer = Buffer.alloc(0);
  private code: number | null = null;
  private lines: string[] = [];
  private replyOctets = 0;
  private failed: SmtpReplyError | null = null;
  private readonly limits: SmtpReplyLimits;

  constructor(limits: Partial<SmtpReplyLimits> = {}) {
    this.limits = { ...DEFAULT_REPLY_LIMITS, ...limits };
  }

  /** Octets received but not yet part of a complete reply (a partial line or a partial reply). */
  pendingOctets(): number {
    return this.buf.length + this.replyOctets;
  }

  /** The failure that stopped the reader, if any. */
  error(): SmtpReplyError | null {
    return this.failed;
  }

  /** Feeds one chunk; returns the replies it completed and, at most once per failure, the error. */
  feed(chunk: Buffer): FeedResult {
    const replies: SmtpReply[] = [];
    if (this.failed) return { replies, error: this.failed };
    this.buf = this.buf.length === 0 ? chunk : Buffer.concat([this.buf, chunk]);
    let start = 0;
    for (;;) {
      const lf = this.buf.indexOf(LF, start);
      if (lf === -1) break;
      const err = this.takeLine(this.buf.subarray(start, lf + 1), replies);
      start = lf + 1;
      if (err) return this.fail(err, replies);
    }
    this.buf = this.buf.subarray(start);
    const err = this.checkPartial();
    return err ? this.fail(err, replies) : { replies, error: null };
  }

  private fail(error: SmtpReplyError, replies: SmtpReply[]): FeedResult {
    this.failed = error;
    this.buf = Buffer.alloc(0);
    return { replies, error };
  }

  // A partial line can already be judged: too long, or a CR not followed by LF.
  private checkPartial(): SmtpReplyError | null {
    const n = this.buf.length;
    const cr = this.buf.indexOf(CR);
    if (cr !== -1 && cr < n - 1) return protocolError('CR not followed by LF');
    const content = n > 0 && this.buf[n - 1] === CR ? n - 1 : n;
    if (content + 2 > this.limits.maxLineOctets) {
      return {
        kind: 'line_too_long',
        message: `reply line passed ${this.limits.maxLineOctets} octets without CRLF`,
      };
    }
    if (this.replyOctets + n > this.limits.maxReplyOctets) return this.tooManyOctets();
    return null;
  }

  private tooManyOctets(): SmtpReplyError {
    return {
      kind: 'reply_too_large',
      message: `reply over ${this.limits.maxReplyOctets} octets`,
    };
  }

  // `raw` ends with LF.
  private takeLine(raw: Buffer, out: SmtpReply[]): SmtpReplyError | null {
    const len = raw.length;
    if (len < 2 || raw[len - 2] !== CR) return protocolError('bare LF without CR');
    const body = raw.subarray(0, len - 2);
    if (body.includes(CR)) return protocolError('CR not followed by LF');
    if (len > this.limits.maxLineOctets) {
      return {
        kind: 'line_too_long',
        message: `reply line of ${len} octets (limit ${this.limits.maxLineOctets})`,
      };
    }
    this.replyOctets += len;
    if (this.replyOctets > this.limits.maxReplyOctets) return this.tooManyOctets();
    if (this.lines.length + 1 > this.limits.maxLines) {
      return { kind: 'reply_too_large', message: `reply over ${this.limits.maxLines} lines` };
    }

    const parsed = parseLine(body);
    if ('kind' in parsed) return parsed;
    if (this.code !== null && parsed.code !== this.code) {
      return protocolError(`reply code changed from ${this.code} to ${parsed.code} mid-reply`);
    }
    this.code = parsed.code;
    this.lines.push(parsed.text);
    if (parsed.last) {
      out.push({ code: parsed.code, lines: this.lines });
      this.code = null;
      this.lines = [];
      this.replyOctets = 0;
    }
    return null;
  }
}

interface ParsedLine {
  code: number;
  text: string;
  last: boolean;
}

function protocolError(message: string): SmtpReplyError {
  return { kind: 'protocol_error', message };
}

function isDigit(b: number | undefined): boolean {
  return b !== undefined && b >= 0x30 && b <= 0x39;
}

function parseLine(body: Buffer): ParsedLine | SmtpReplyError {
  const [d0, d1, d2] = [body[0], body[1], body[2]];
  if (!isDigit(d0) || !isDigit(d1) || !isDigit(d2)) {
    return protocolError('reply line does not start with a three-digit code');
  }
  const code = Number(body.toString('latin1', 0, 3));
  if (code < 200 || code > 599) return protocolError(`reply code ${code} is outside 2xx-5xx`);
  const sep = body[3];
  if (sep === undefined) return { code, text: '', last: true };
  if (sep !== 0x20 && sep !== 0x2d) {
    return protocolError('reply code not followed by space, hyphen or CRLF');
  }
  // Servers do send UTF-8 (SMTPUTF8); invalid sequences become U+FFFD rather than failing.
  const text = sanitizeServerText(body.toString('utf8', 4));
  return { code, text, last: sep === 0x20 };
}
