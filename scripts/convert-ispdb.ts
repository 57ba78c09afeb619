/**
 * Converts Thunderbird's ISPDB (config-v1.1 XML, MPL-2.0) into shared/providers/providers.json,
 * merged with the project's own hand-kept entries (shared/providers/hand-kept.json), with
 * NOTICE.md and a copy of the licence. Run: npm run convert-ispdb [-- INPUT_DIR]
 * (default DEFAULT_INPUT: the ISPDB folder kept beside the checkout, see shared/providers/README.md).
 * The output is deterministic, so a test can
 * compare the committed files with a fresh conversion. This is the only producer of providers.json.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type {
  HandKeptSource,
  Provider,
  ProviderDb,
  ProviderServer,
  ProviderSource,
} from '../shared/providers/index.js';
import { mergeHandKept, readHandKept } from '../shared/providers/hand-kept.js';
import type { HandKeptEntry } from '../shared/providers/hand-kept.js';
import { readOutgoingServer, smtpServerElements } from '../shared/providers/outgoing-server.js';
import { parseProviderData } from '../shared/providers/validate-data.js';
import { childElements, childText, parseXml, textOf } from '../shared/xml-lite.js';
import type { XmlElement } from '../shared/xml-lite.js';

/** The repository root (this file sits in scripts/). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** Where the source data sits on a development machine. */
export const DEFAULT_INPUT = resolve(REPO_ROOT, '..', 'shared', 'data', 'ispdb');
/** Where the converted files go. */
export const OUTPUT_DIR = join(REPO_ROOT, 'shared', 'providers');
/** The project's own entries, kept by hand (repository path, as recorded in the output). */
export const HAND_KEPT_FILE = 'shared/providers/hand-kept.json';

/** Counts over the raw source, for checking a conversion against SOURCE.md. */
export interface ConversionStats {
  files: number;
  domainEntries: number;
  jpDomainEntries: number;
  outgoingServers: number;
}

/** The three generated files' contents, plus the parsed data and counts. */
export interface Conversion {
  db: ProviderDb;
  stats: ConversionStats;
  json: string;
  notice: string;
  license: string;
}

function convertServer(el: XmlElement, file: string): ProviderServer {
  try {
    return readOutgoingServer(el);
  } catch (e) {
    throw new Error(`${file} <outgoingServer>: ${(e as Error).message}`, { cause: e });
  }
}

function convertFile(xml: string, file: string, stats: ConversionStats): Provider {
  const root = parseXml(xml);
  if (root.name !== 'clientConfig')
    throw new Error(`${file}: root is <${root.name}>, not <clientConfig>`);
  const providers = childElements(root, 'emailProvider');
  const ep = providers[0];
  if (providers.length !== 1 || !ep) throw new Error(`${file}: expected one <emailProvider>`);
  const domains = childElements(ep, 'domain').map(textOf);
  stats.domainEntries += domains.length;
  stats.jpDomainEntries += domains.filter((d) => d.toLowerCase().endsWith('.jp')).length;
  for (const d of domains) {
    if (!/^[a-z0-9.-]+$/i.test(d))
      throw new Error(`${file}: domain ${JSON.stringify(d)} is not plain ASCII`);
  }
  const outgoing = smtpServerElements(ep).map((o) => convertServer(o, file));
  stats.outgoingServers += outgoing.length;
  const id = basename(file, '.xml');
  return {
    id,
    displayName: childText(ep, 'displayName') ?? id,
    domains: [...new Set(domains.map((d) => d.toLowerCase()))].sort(),
    outgoing,
  };
}

function readSource(inputDir: string): ProviderSource {
  const text = readFileSync(join(inputDir, 'SOURCE.md'), 'utf8');
  const m =
    /repository ([\w.-]+\/[\w.-]+), folder ([\w./-]+), commit ([0-9a-f]{7,40}) \((\d{4}-\d{2}-\d{2})\)/.exec(
      text.replace(/\s+/g, ' '),
    );
  if (!m)
    throw new Error(`${inputDir}/SOURCE.md does not name the repository, folder, commit and date`);
  return {
    repository: m[1] ?? '',
    path: m[2] ?? '',
    commit: m[3] ?? '',
    date: m[4] ?? '',
    license: 'MPL-2.0',
  };
}

/** One provider per line: small, and a change to one provider is a one-line diff. */
function renderJson(db: ProviderDb): string {
  const lines = db.providers.map((p) => `    ${JSON.stringify(p)}`);
  return (
    `{\n  "source": ${JSON.stringify(db.source)},\n` +
    `  "handKept": ${JSON.stringify(db.handKept)},\n` +
    `  "generatedAt": ${JSON.stringify(db.generatedAt)},\n` +
    `  "providers": [\n${lines.join(',\n')}\n  ]\n}\n`
  );
}

/** The newest of the input dates: the data is as old as its freshest check. */
function newestDate(dates: string[]): string {
  return dates.reduce((a, b) => (b > a ? b : a), '');
}

function handKeptSource(entries: HandKeptEntry[]): HandKeptSource {
  return {
    file: HAND_KEPT_FILE,
    entries: entries.length,
    checked: newestDate(entries.map((e) => e.checked)),
  };
}

function renderNotice(src: ProviderSource, stats: ConversionStats, providers: number): string {
  return `# Provider settings data: notice

\`providers.json\` in this folder is converted from the mail-provider settings database that
Thunderbird uses for account auto-configuration (the ISPDB).

- Source: repository \`${src.repository}\`, folder \`${src.path}\`, commit \`${src.commit}\` (${src.date}).
- ${stats.files} XML files, ${stats.domainEntries} \`<domain>\` entries, ${providers} providers.
- Licence: Mozilla Public License, v. 2.0 (${src.license}), a copy of which is in \`LICENSE\` beside
  this file. This Source Code Form is subject to the terms of the Mozilla Public License, v. 2.0.
  If a copy of the MPL was not distributed with this file, You can obtain one at
  https://mozilla.org/MPL/2.0/.
- What was changed: only the outgoing (SMTP) servers are kept; fields are renamed; duplicate
  domains are merged; \`%EMAILADDRESS\` is corrected to \`%EMAILADDRESS%\`; entries on port 25, with
  a plain socket, or with network-based authentication are marked \`insideIspOnly\`.

## The project's own entries

Entries whose \`origin\` is \`own\` are SendCheck's own, and fields added to an ISPDB entry
(\`origin\` \`ispdb+own\`: \`sourceUrls\`, \`checked\`, \`oauthOnly\`, \`appPassword\`,
\`usernameForm\`, \`notes\`, \`unverified\`, and servers an entry replaces) are too. They are kept by
hand in \`hand-kept.json\`, each taken from the provider's own published pages (\`sourceUrls\`) on
the date in \`checked\`; what no page confirmed is left out and named in \`unverified\`.

Do not edit \`providers.json\` by hand. Regenerate it with \`npm run convert-ispdb\` (optionally
followed by the path of the ISPDB folder).
`;
}

/** Converts the ISPDB folder (the one holding SOURCE.md, LICENSE and ispdb/*.xml) and merges the hand-kept entries. */
export function convertIspdb(
  inputDir: string,
  handKeptPath: string = join(REPO_ROOT, HAND_KEPT_FILE),
): Conversion {
  const xmlDir = existsSync(join(inputDir, 'ispdb')) ? join(inputDir, 'ispdb') : inputDir;
  const files = readdirSync(xmlDir)
    .filter((f) => f.endsWith('.xml'))
    .sort();
  const stats: ConversionStats = {
    files: files.length,
    domainEntries: 0,
    jpDomainEntries: 0,
    outgoingServers: 0,
  };
  const providers = files
    .map((f) => convertFile(readFileSync(join(xmlDir, f), 'utf8'), f, stats))
    // Code-unit order, not locale order: the same bytes on every machine.
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const owner = new Map<string, string>();
  for (const p of providers) {
    for (const d of p.domains) {
      const other = owner.get(d);
      if (other !== undefined) throw new Error(`domain ${d} is in both ${other} and ${p.id}`);
      owner.set(d, p.id);
    }
  }
  const source = readSource(inputDir);
  const handKept = readHandKept(JSON.parse(readFileSync(handKeptPath, 'utf8')) as unknown);
  const merged = mergeHandKept(providers, handKept);
  const db: ProviderDb = {
    source,
    handKept: handKeptSource(handKept),
    generatedAt: newestDate([source.date, ...handKept.map((e) => e.checked)]),
    providers: merged,
  };
  // The output is checked by the same reader the app uses, so a bad hand-kept entry stops here.
  const checked = parseProviderData(JSON.parse(renderJson(db)) as unknown);
  if (!checked.ok) throw new Error(`the merged provider data is invalid: ${checked.error}`);
  return {
    db,
    stats,
    json: renderJson(db),
    notice: renderNotice(source, stats, providers.length),
    license: readFileSync(join(inputDir, 'LICENSE'), 'utf8'),
  };
}

/** Writes the converted files into outputDir. */
export function writeConversion(c: Conversion, outputDir: string): void {
  mkdirSync(outputDir, { recursive: true });
  writeFileSync(join(outputDir, 'providers.json'), c.json);
  writeFileSync(join(outputDir, 'NOTICE.md'), c.notice);
  writeFileSync(join(outputDir, 'LICENSE'), c.license);
}

if (
  process.argv[1] !== undefined &&
  import.meta.url === pathToFileURL(resolve(process.argv[1])).href
) {
  const input = resolve(process.argv[2] ?? DEFAULT_INPUT);
  const c = convertIspdb(input);
  writeConversion(c, OUTPUT_DIR);
  const domains = c.db.providers.reduce((n, p) => n + p.domains.length, 0);
  console.log(
    `converted ${c.stats.files} files: ${c.db.providers.length} providers, ${domains} domains ` +
      `(${c.stats.domainEntries} entries), ${c.stats.outgoingServers} outgoing servers -> ${OUTPUT_DIR}`,
  );
}
