/**
 * Fuzz target: the SMTP reply reader (electron/engine/smtp-reply.ts). Streams are made of
 * reply-like lines (good and bad codes, separators, line endings, UTF-8 and control characters,
 * long lines, many lines) or of raw bytes, cut into chunks anywhere, read with the default limits
 * or small random ones. Besides "never throws", it checks:
 * - every reply has a code in 200-599, 1..maxLines lines, and no control characters in its text;
 * - a failed reader stays failed and gives no more replies;
 * - the replies and whether it failed do not depend on where the chunks were cut;
 * - a stream written from well-formed replies within the limits reads back exactly.
 */
import fc from 'fast-check';
import {
  DEFAULT_REPLY_LIMITS,
  SmtpReplyReader,
  type SmtpReply,
  type SmtpReplyLimits,
} from '../../../electron/engine/smtp-reply.js';
import type { CheckResult, SyncTarget } from '../harness.js';

/** One generated stream. */
export interface ReplyInput {
  bytes: Uint8Array;
  /** Chunk boundaries (offsets into bytes). */
  cuts: number[];
  limits: Partial<SmtpReplyLimits>;
  /** Replies the stream was written from, when it is well-formed within the limits. */
  expected: SmtpReply[] | null;
}

const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

const code = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 200, max: 599 }).map(String) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 999 }).map((n) => String(n).padStart(3, '0')) },
  { weight: 1, arbitrary: fc.string({ maxLength: 4 }) },
);
const sep = fc.constantFrom(' ', ' ', ' ', '-', '-', '', '\t', 'x');
const text = fc.oneof(
  { weight: 4, arbitrary: fc.string({ maxLength: 60 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 60 }) },
  {
    weight: 1,
    arbitrary: fc.string({
      unit: fc.constantFrom('a', '\r', '\n', '\u0000', 'é', '\u202e'),
      maxLength: 20,
    }),
  },
  { weight: 1, arbitrary: fc.integer({ min: 400, max: 700 }).map((n) => 'L'.repeat(n)) },
);
const ending = fc.constantFrom('\r\n', '\r\n', '\r\n', '\r\n', '\n', '\r', '', '\r\r\n');
const line = fc.tuple(code, sep, text, ending).map(([c, s, t, e]) => `${c}${s}${t}${e}`);

const limits = fc.oneof(
  { weight: 3, arbitrary: fc.constant({}) },
  {
    weight: 1,
    arbitrary: fc.record(
      {
        maxLineOctets: fc.integer({ min: 4, max: 600 }),
        maxReplyOctets: fc.integer({ min: 4, max: 5000 }),
        maxLines: fc.integer({ min: 1, max: 120 }),
      },
      { requiredKeys: [] },
    ),
  },
);

function cutsFor(length: number): fc.Arbitrary<number[]> {
  return fc
    .array(fc.integer({ min: 0, max: length }), { maxLength: 12 })
    .map((a) => [...new Set(a)].sort((x, y) => x - y));
}

// Messy streams: reply-like lines, or raw bytes, or both.
const messy: fc.Arbitrary<Omit<ReplyInput, 'cuts'>> = fc
  .tuple(
    fc.oneof(
      {
        weight: 3,
        arbitrary: fc.array(line, { maxLength: 120 }).map((ls) => Buffer.from(ls.join(''), 'utf8')),
      },
      { weight: 1, arbitrary: fc.uint8Array({ maxLength: 700 }).map((a) => Buffer.from(a)) },
      {
        weight: 1,
        arbitrary: fc
          .tuple(fc.array(line, { maxLength: 5 }), fc.uint8Array({ maxLength: 80 }))
          .map(([ls, raw]) => Buffer.concat([Buffer.from(ls.join('')), Buffer.from(raw)])),
      },
    ),
    limits,
  )
  .map(([bytes, l]) => ({ bytes: new Uint8Array(bytes), limits: l, expected: null }));

// Well-formed replies within the default limits, with the replies they must read back as.
const safeText = fc
  .string({ unit: 'grapheme', maxLength: 40 })
  .filter(
    (s) =>
      !CONTROL.test(s) &&
      !/[\u200b-\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/.test(s) &&
      !s.includes('\ufffd'),
  );
const reply = fc.record({
  code: fc.integer({ min: 200, max: 599 }),
  lines: fc.array(safeText, { minLength: 1, maxLength: 8 }),
});
const wellFormed: fc.Arbitrary<Omit<ReplyInput, 'cuts'>> = fc
  .array(reply, { maxLength: 10 })
  .map((replies) => {
    const wire = replies
      .map((r) =>
        r.lines.map((t, i) => `${r.code}${i === r.lines.length - 1 ? ' ' : '-'}${t}\r\n`).join(''),
      )
      .join('');
    return { bytes: new Uint8Array(Buffer.from(wire, 'utf8')), limits: {}, expected: replies };
  })
  .filter((i) =>
    i.expected.every((r) =>
      r.lines.every((t) => Buffer.byteLength(t) + 6 <= DEFAULT_REPLY_LIMITS.maxLineOctets),
    ),
  );

/** Every generated stream, with its chunk cuts. */
export const replyInput: fc.Arbitrary<ReplyInput> = fc
  .oneof({ weight: 4, arbitrary: messy }, { weight: 1, arbitrary: wellFormed })
  .chain((i) => cutsFor(i.bytes.length).map((cuts) => ({ ...i, cuts })));

interface ReadOut {
  replies: SmtpReply[];
  failed: boolean;
  problems: string[];
}

function readAll(input: ReplyInput, cuts: number[]): ReadOut {
  const reader = new SmtpReplyReader(input.limits);
  const lim = { ...DEFAULT_REPLY_LIMITS, ...input.limits };
  const out: ReadOut = { replies: [], failed: false, problems: [] };
  const bounds = [0, ...cuts, input.bytes.length];
  for (let k = 0; k + 1 < bounds.length; k++) {
    const chunk = Buffer.from(input.bytes.subarray(bounds[k], bounds[k + 1]));
    const r = reader.feed(chunk);
    if (out.failed && r.replies.length > 0) out.problems.push('replies after a failure');
    if (out.failed && r.error === null) out.problems.push('a failed reader recovered');
    for (const rep of r.replies) {
      if (!Number.isInteger(rep.code) || rep.code < 200 || rep.code > 599)
        out.problems.push(`reply code ${rep.code}`);
      if (rep.lines.length < 1 || rep.lines.length > lim.maxLines)
        out.problems.push(`reply of ${rep.lines.length} lines`);
      if (rep.lines.some((t) => CONTROL.test(t)))
        out.problems.push('control character in reply text');
      out.replies.push(rep);
    }
    if (r.error) out.failed = true;
  }
  return out;
}

/** The reply reader target. */
export const replyReaderTarget: SyncTarget<ReplyInput> = {
  name: 'smtp-reply-reader',
  arbitrary: replyInput,
  budgetMs: 1000,
  check(input) {
    const found: CheckResult = [];
    const chunked = readAll(input, input.cuts);
    const whole = readAll(input, []);
    for (const p of new Set([...chunked.problems, ...whole.problems]))
      found.push({ kind: 'wrong', message: p });
    if (chunked.failed !== whole.failed)
      found.push({
        kind: 'wrong',
        message: `failed ${whole.failed} whole, ${chunked.failed} in chunks`,
      });
    if (JSON.stringify(chunked.replies) !== JSON.stringify(whole.replies))
      found.push({ kind: 'wrong', message: 'replies depend on where the chunks were cut' });
    if (input.expected !== null) {
      if (whole.failed) found.push({ kind: 'wrong', message: 'a well-formed stream was refused' });
      if (JSON.stringify(whole.replies) !== JSON.stringify(input.expected))
        found.push({ kind: 'wrong', message: 'a well-formed stream read back differently' });
    }
    return found;
  },
};
