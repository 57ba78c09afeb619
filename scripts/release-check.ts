// The release job's last check before it drafts a GitHub release (.github/workflows/desktop.yml):
// the tag is the version in package.json, every installer is there, and none is marked unsigned.
// The package jobs already refuse to build an unsigned release (scripts/dist.ts); this is the
// second lock, on the files themselves, so nothing unsigned can ever be attached.
//
// Usage: node --import tsx scripts/release-check.ts TAG DIR
import { readdirSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { UNSIGNED_MARK } from './dist.js';

/** Problems with a release of `files` under `tag` for package.json `version`; empty when fine. */
export function releaseProblems(tag: string, version: string, files: readonly string[]): string[] {
  const problems: string[] = [];
  const v = version.replaceAll('.', '\\.');
  if (tag !== `v${version}`) problems.push(`tag ${tag} is not v${version} (package.json)`);
  const wanted: Array<[string, RegExp]> = [
    ['the Windows installer', new RegExp(`^SendCheck-Setup-${v}\\.exe$`)],
    ['the portable exe', new RegExp(`^SendCheck-${v}-portable\\.exe$`)],
    ['the Intel Mac dmg', new RegExp(`^SendCheck-${v}-mac-x64\\.dmg$`)],
    ['the Apple silicon Mac dmg', new RegExp(`^SendCheck-${v}-mac-arm64\\.dmg$`)],
  ];
  for (const [what, pattern] of wanted)
    if (!files.some((f) => pattern.test(f))) problems.push(`${what} is missing`);
  for (const file of files) if (file.includes(UNSIGNED_MARK)) problems.push(`${file} is unsigned`);
  return problems;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [tag = '', dir = '.'] = process.argv.slice(2);
  const version = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
  const files = readdirSync(dir);
  const problems = releaseProblems(tag, version, files);
  for (const p of problems) console.error(`release-check: ${p}`);
  if (problems.length > 0) process.exit(1);
  console.log(`release-check: ${tag}, ${files.length} files, all signed`);
}
