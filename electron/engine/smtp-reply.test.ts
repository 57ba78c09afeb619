import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  SmtpReplyReader,
  sanitizeServerText,
  type FeedResult,
  type SmtpReply,
  type SmtpReplyLimits,
} from './smtp-reply.js';

function feedAll(chunks: (string | Buffer)[], limits?: Partial<SmtpReplyLimits>): FeedResult {
  const reader = new SmtpReplyReader(limits);
  const replies: SmtpReply[] = [];
  for (const c of chunks) {
    const r = reader.feed(typeof c === 'string' ? Buffer.from(c, 'latin1') : c);
    replies.push(...r.replies);
    if (r.error) return { replies, error: r.error };
  }
  return { replies, error: null };
}

function serialize(r: SmtpReply): string {
  return r.lines
    .map((text, i) => `${r.code}${i === r.lines.length - 1 ? ' ' : '-'}${text}\r\n`)
    .join('');
}

/** Splits `s` at the given cut points (any positions, sorted and deduplicated). */
function splitAt(s: Buffer, cuts: number[]): Buffer[] {
  const points = [...new Set(cuts.map((c) => c % (s.length + 1)))].sort((a, b) => a - b);
  const out: Buffer[] = [];
  let prev = 0;
  for (const p of points) {
    out.push(s.subarray(prev, p));
    prev = p;
  }
  out.push(s.subarray(prev));
  return out;
}

const printable = fc
  .array(fc.integer({ min: 0x20, max: 0x7e }), { maxLength: 120 })
  .map((cs) => String.fromCharCode(...cs));
const validReply: fc.Arbitrary<SmtpReply> = fc.record({
  code: fc.integer({ min: 200, max: 599 }),
  lines: fc.array(printable, { minLength: 1, maxLength: 8 }),
});

describe('SmtpReplyReader: well-formed replies', () => {
  it('reads a single-line and a multiline reply', () => {
    const r = feedAll([
      '220 mx.example.test ESMTP\r\n250-mx hello\r\n250-PIPELINING\r\n250 AUTH PLAIN\r\n',
    ]);
    expect(r.error).toBeNull();
    expect(r.replies).toEqual([
      { code: 220, lines: ['mx.example.test ESMTP'] },
      { code: 250, lines: ['mx hello', 'PIPELINING', 'AUTH PLAIN'] },
    ]);
  });

  it('accepts a bare code as the last line', () => {
    expect(feedAll(['250-a\r\n250\r\n']).replies).toEqual([{ code: 250, lines: ['a', ''] }]);
  });

  it('waits for more data on a partial line without failing', () => {
    const reader = new SmtpReplyReader();
    expect(reader.feed(Buffer.from('220 hel'))).toEqual({ replies: [], error: null });
    expect(reader.pendingOctets()).toBe(7);
    expect(reader.feed(Buffer.from('lo\r'))).toEqual({ replies: [], error: null });
    expect(reader.feed(Buffer.from('\n')).replies).toEqual([{ code: 220, lines: ['hello'] }]);
    expect(reader.pendingOctets()).toBe(0);
  });

  it('strips control characters from the text', () => {
    const r = feedAll([Buffer.from('220 a\u0000b\u0007c\u001b[31m\u202Ed\r\n', 'utf8')]);
    expect(r.replies[0]?.lines[0]).toBe('abc[31md');
  });

  it('accepts a line of exactly 512 octets including CRLF', () => {
    const line = `250 ${'x'.repeat(506)}\r\n`;
    expect(line.length).toBe(512);
    expect(feedAll([line]).error).toBeNull();
  });

  it('property: any chunking of valid replies yields the same replies', () => {
    fc.assert(
      fc.property(
        fc.array(validReply, { minLength: 1, maxLength: 6 }),
        fc.array(fc.nat(), { maxLength: 40 }),
        (replies, cuts) => {
          const wire = Buffer.from(replies.map(serialize).join(''), 'latin1');
          const r = feedAll(splitAt(wire, cuts));
          expect(r.error).toBeNull();
          expect(r.replies).toEqual(replies);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('SmtpReplyReader: violations', () => {
  it.each([
    ['bare LF', '220 hello\n', 'protocol_error'],
    ['CR in the middle of a line', '220 hel\rlo\r\n', 'protocol_error'],
    ['mixed codes', '250-a\r\n251 b\r\n', 'protocol_error'],
    ['code 199', '199 hmm\r\n', 'protocol_error'],
    ['code 600', '600 hmm\r\n', 'protocol_error'],
    ['two-digit code', '22 hmm\r\n', 'protocol_error'],
    ['letters', 'HTTP/1.1 400 Bad Request\r\n', 'protocol_error'],
    ['bad separator', '220_hello\r\n', 'protocol_error'],
    ['empty line', '\r\n', 'protocol_error'],
    ['513-octet line', `250 ${'x'.repeat(507)}\r\n`, 'line_too_long'],
  ])('%s -> %s', (_name, input, kind) => {
    expect(feedAll([input]).error?.kind).toBe(kind);
  });

  it('reports a giant line as soon as 512 octets pass without CRLF', () => {
    const reader = new SmtpReplyReader();
    // 510 octets can still end in CRLF; the 511th non-CR octet cannot.
    expect(reader.feed(Buffer.from(`220 ${'x'.repeat(506)}`)).error).toBeNull();
    expect(reader.feed(Buffer.from('\r')).error).toBeNull();
    const r1 = new SmtpReplyReader();
    expect(r1.feed(Buffer.from(`220 ${'x'.repeat(506)}`)).error).toBeNull();
    expect(r1.feed(Buffer.from('y')).error?.kind).toBe('line_too_long');
    const r2 = new SmtpReplyReader();
    expect(r2.feed(Buffer.from('x'.repeat(511))).error?.kind).toBe('line_too_long');
  });

  it('caps the number of lines in one reply', () => {
    const r = feedAll(['250-x\r\n'.repeat(100), '250 end\r\n']);
    expect(r.error?.kind).toBe('reply_too_large');
    expect(feedAll(['250-x\r\n'.repeat(99), '250 end\r\n']).error).toBeNull();
  });

  it('caps the octets of one reply', () => {
    const line = `250-${'y'.repeat(500)}\r\n`;
    const r = feedAll([line.repeat(20)], { maxReplyOctets: 8 * 1024, maxLines: 1000 });
    expect(r.error?.kind).toBe('reply_too_large');
  });

  it('keeps replies completed before the error and stays failed afterwards', () => {
    const reader = new SmtpReplyReader();
    const r = reader.feed(Buffer.from('220 ok\r\n250 fine\nmore'));
    expect(r.replies).toEqual([{ code: 220, lines: ['ok'] }]);
    expect(r.error?.kind).toBe('protocol_error');
    expect(reader.feed(Buffer.from('250 ok\r\n'))).toEqual({ replies: [], error: r.error });
    expect(reader.error()).toEqual(r.error);
  });

  it('property: arbitrary bytes never throw and never yield a bad reply', () => {
    fc.assert(
      fc.property(fc.array(fc.uint8Array({ maxLength: 700 }), { maxLength: 12 }), (chunks) => {
        const reader = new SmtpReplyReader();
        for (const c of chunks) {
          const r = reader.feed(Buffer.from(c));
          for (const reply of r.replies) {
            expect(reply.code).toBeGreaterThanOrEqual(200);
            expect(reply.code).toBeLessThanOrEqual(599);
            expect(reply.lines.length).toBeGreaterThan(0);
            expect(reply.lines.length).toBeLessThanOrEqual(100);
            for (const l of reply.lines) expect(l).not.toMatch(/[\u0000-\u001f\u007f]/);
          }
          if (r.error) {
            expect(['line_too_long', 'reply_too_large', 'protocol_error']).toContain(r.error.kind);
            expect(typeof r.error.message).toBe('string');
          }
          expect(reader.pendingOctets()).toBeLessThanOrEqual(64 * 1024);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('property: a line longer than 512 octets is always line_too_long, however it is chunked', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 511, max: 3000 }),
        fc.boolean(),
        fc.array(fc.nat(), { maxLength: 20 }),
        (len, withCrlf, cuts) => {
          const wire = Buffer.from(`250 ${'z'.repeat(len - 4)}${withCrlf ? '\r\n' : ''}`);
          expect(feedAll(splitAt(wire, cuts)).error?.kind).toBe('line_too_long');
        },
      ),
    );
  });

  it('property: a code change inside a multiline reply is a protocol error', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 200, max: 599 }),
        fc.integer({ min: 200, max: 599 }),
        fc.array(fc.nat(), { maxLength: 10 }),
        (a, b, cuts) => {
          fc.pre(a !== b);
          const wire = Buffer.from(`${a}-first\r\n${b} second\r\n`);
          expect(feedAll(splitAt(wire, cuts)).error?.kind).toBe('protocol_error');
        },
      ),
    );
  });

  it('property: a bare LF anywhere in valid replies is a protocol error', () => {
    fc.assert(
      fc.property(
        fc.array(validReply, { minLength: 1, maxLength: 4 }),
        fc.nat(),
        (replies, pick) => {
          const wire = replies.map(serialize).join('');
          const crlfs = [...wire.matchAll(/\r\n/g)].map((m) => m.index);
          const at = crlfs[pick % crlfs.length] ?? 0;
          const broken = wire.slice(0, at) + wire.slice(at + 1);
          expect(feedAll([broken]).error?.kind).toBe('protocol_error');
        },
      ),
    );
  });

  it('property: an endless trickle of continuation lines ends in reply_too_large', () => {
    fc.assert(
      fc.property(fc.integer({ min: 200, max: 599 }), printable, (code, text) => {
        const reader = new SmtpReplyReader();
        let error = null;
        for (let i = 0; i < 2000 && !error; i++) {
          error = reader.feed(Buffer.from(`${code}-${text}\r\n`)).error;
        }
        expect(error?.kind).toBe('reply_too_large');
      }),
      { numRuns: 50 },
    );
  });
});

describe('sanitizeServerText', () => {
  it('removes CR, LF, C0, DEL, C1 and bidi controls and keeps ordinary text', () => {
    expect(sanitizeServerText('a\r\nb\tc\u007fd\u0085e\u202Ef\u2066g')).toBe('abcdefg');
    expect(sanitizeServerText('メール OK é')).toBe('メール OK é');
  });
});
