import { describe, expect, it } from 'vitest';
import { howBlocked } from './probe-outcomes.js';

describe('howBlocked', () => {
  it('reads silent drops beside one other way as that way (rate-limited ICMP and resets)', () => {
    expect(howBlocked(['prohibited', 'filtered', 'prohibited'])).toBe('prohibited');
    expect(howBlocked(['refused', 'filtered'])).toBe('refused');
    expect(howBlocked(['filtered', 'filtered'])).toBe('filtered');
    expect(howBlocked(['refused', 'prohibited'])).toBe('mixed');
  });

  it('across different ports counts only one way shared by all', () => {
    expect(howBlocked(['filtered', 'filtered'], true)).toBe('filtered');
    expect(howBlocked(['refused', 'filtered'], true)).toBe('mixed');
  });
});
