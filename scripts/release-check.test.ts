import { describe, expect, it } from 'vitest';
import { releaseProblems } from './release-check.js';

const FILES = [
  'SendCheck-Setup-1.2.0.exe',
  'SendCheck-1.2.0-portable.exe',
  'SendCheck-1.2.0-mac-x64.dmg',
  'SendCheck-1.2.0-mac-arm64.dmg',
  'SendCheck-1.2.0-mac-x64.zip',
  'SendCheck-1.2.0-mac-arm64.zip',
];

describe('scripts/release-check.ts', () => {
  it('passes a release whose tag is the version and whose installers are all there and signed', () => {
    expect(releaseProblems('v1.2.0', '1.2.0', FILES)).toEqual([]);
  });

  it('refuses an unsigned file, a missing installer and a tag that is not the version', () => {
    const files = FILES.filter((f) => !f.endsWith('arm64.dmg')).map((f) =>
      f.endsWith('portable.exe') ? 'SendCheck-1.2.0-portable-unsigned.exe' : f,
    );
    expect(releaseProblems('v1.2.1', '1.2.0', files)).toEqual([
      'tag v1.2.1 is not v1.2.0 (package.json)',
      'the portable exe is missing',
      'the Apple silicon Mac dmg is missing',
      'SendCheck-1.2.0-portable-unsigned.exe is unsigned',
    ]);
  });
});
