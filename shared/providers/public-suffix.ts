/**
 * A small, conservative test for "this name is a bare public suffix" (`jp`, `ne.jp`, `co.uk`,
 * `tokyo.jp`), used so that a parent-domain look-up never stops on one. It is not the whole Public
 * Suffix List: look-ups only ever match names that are in the provider data, and the converter's
 * test checks every data domain against the full list. This guard covers the shapes a walk up
 * from an address passes through, so that a bad data entry such as `ne.jp` can never match.
 */

// Second-level labels that registries use as categories under a two-letter country code
// (ne.jp, co.uk, com.au, or.kr, ...).
const CATEGORY_LABELS = new Set([
  'ac',
  'ad',
  'co',
  'com',
  'ed',
  'edu',
  'go',
  'gob',
  'gov',
  'gr',
  'lg',
  'ltd',
  'me',
  'mil',
  'ne',
  'net',
  'nom',
  'or',
  'org',
  'plc',
  'sch',
]);

// The 47 prefectures: each `PREF.jp` is a public suffix, and so is every `CITY.PREF.jp`.
const JP_PREFECTURES = new Set(
  (
    'aichi akita aomori chiba ehime fukui fukuoka fukushima gifu gunma hiroshima hokkaido hyogo ' +
    'ibaraki ishikawa iwate kagawa kagoshima kanagawa kochi kumamoto kyoto mie miyagi miyazaki ' +
    'nagano nagasaki nara niigata oita okayama okinawa osaka saga saitama shiga shimane shizuoka ' +
    'tochigi tokushima tokyo tottori toyama wakayama yamagata yamaguchi yamanashi'
  ).split(' '),
);

/** True when `name` (ASCII, lower case, no trailing dot) is a public suffix by the rules above. */
export function isBarePublicSuffix(name: string): boolean {
  const labels = name.split('.');
  if (labels.length <= 1) return true;
  const tld = labels[labels.length - 1] ?? '';
  const second = labels[labels.length - 2] ?? '';
  if (labels.length === 2) {
    if (tld.length === 2 && CATEGORY_LABELS.has(second)) return true;
    if (tld === 'jp' && JP_PREFECTURES.has(second)) return true;
  }
  // CITY.PREF.jp names are suffixes too (e.g. shibuya.tokyo.jp).
  return labels.length === 3 && tld === 'jp' && JP_PREFECTURES.has(second);
}
