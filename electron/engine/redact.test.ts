import { describe, it, expect } from 'vitest';
import { REDACTED, Redactor, secretForms } from './redact.js';

describe('Redactor', () => {
  it('replaces every occurrence of every secret, longest first', () => {
    const r = new Redactor();
    r.add('hunter2', 'hunter2hunter2', 'alice');
    expect(r.apply('alice:hunter2hunter2 and hunter2 again, alice')).toBe(
      `${REDACTED}:${REDACTED} and ${REDACTED} again, ${REDACTED}`,
    );
  });

  it('skips empty and very short secrets that would shred ordinary text', () => {
    const r = new Redactor();
    r.add('', 'a', 'ab');
    expect(r.apply('a bad cab')).toBe('a bad cab');
  });

  it('forgets its secrets on clear()', () => {
    const r = new Redactor();
    r.add(...secretForms('s3cret!'));
    expect(r.apply('czNjcmV0IQ== s3cret!')).toBe(`${REDACTED} ${REDACTED}`);
    r.clear();
    expect(r.apply('s3cret!')).toBe('s3cret!');
  });
});

describe('secretForms', () => {
  it('gives the raw and base64 forms', () => {
    expect(secretForms('pässword')).toEqual([
      'pässword',
      Buffer.from('pässword').toString('base64'),
    ]);
  });
});
