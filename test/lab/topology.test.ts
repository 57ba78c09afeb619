import { describe, expect, it } from 'vitest';
import { labPrefix } from './topology.js';

describe('labPrefix', () => {
  it('defaults to sclab- and takes a prefix of its own that never nests in another', () => {
    expect(labPrefix(undefined)).toBe('sclab-');
    expect(labPrefix('')).toBe('sclab-');
    expect(labPrefix('sclab2-')).toBe('sclab2-');
    expect('sclab2-pc'.startsWith(labPrefix(undefined))).toBe(false);
  });

  it('refuses anything that could name a namespace outside the lab', () => {
    for (const bad of ['lab-', 'sclab', 'sclab-x-', 'sclab2', '../x-', 'sclab toolong-'])
      expect(() => labPrefix(bad)).toThrow(/SCLAB_PREFIX/);
  });
});
