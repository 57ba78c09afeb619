/**
 * XML property lists (Apple's plist 1.0) through the project's strict XML reader. The one
 * DOCTYPE a plist carries (an external id, no internal subset, so no entities) is removed before
 * parsing; anything else DTD-like is still refused by the XML reader. Binary plists (bplist00)
 * go to the bounded binary reader (bplist.ts).
 */
import { parseXml, textOf, type XmlElement } from '../../shared/xml-lite.js';
import { isBinaryPlist, parseBinaryPlist } from './bplist.js';
import type { PlistValue } from './plist-value.js';

export type { PlistValue } from './plist-value.js';

const DOCTYPE = /<!DOCTYPE\s+plist\s+PUBLIC\s+"[^"<>[\]]*"\s+"[^"<>[\]]*"\s*>/;

function elements(el: XmlElement): XmlElement[] {
  return el.children.filter((c): c is XmlElement => typeof c !== 'string');
}

function rawText(el: XmlElement): string {
  return el.children.filter((c): c is string => typeof c === 'string').join('');
}

function value(el: XmlElement, depth: number): PlistValue {
  if (depth > 64) throw new Error('plist nested too deeply');
  switch (el.name) {
    case 'string':
      return rawText(el);
    case 'integer':
    case 'real': {
      const n = Number(textOf(el));
      if (!Number.isFinite(n)) throw new Error(`bad <${el.name}>`);
      return n;
    }
    case 'true':
    case 'false':
      return el.name === 'true';
    case 'date':
    case 'data':
      return textOf(el);
    case 'array':
      return elements(el).map((c) => value(c, depth + 1));
    case 'dict':
      return dict(el, depth);
    default:
      throw new Error(`unknown plist element <${el.name}>`);
  }
}

function dict(el: XmlElement, depth: number): { [key: string]: PlistValue } {
  const out: { [key: string]: PlistValue } = Object.create(null) as { [key: string]: PlistValue };
  const kids = elements(el);
  for (let i = 0; i < kids.length; i += 2) {
    const k = kids[i];
    const v = kids[i + 1];
    if (k?.name !== 'key' || v === undefined) throw new Error('<dict> needs <key> then a value');
    out[rawText(k)] = value(v, depth + 1);
  }
  return out;
}

/** Parses a plist document, XML or binary (bplist00), to its top value; throws on malformed input. */
export function parsePlist(bytes: Uint8Array): PlistValue {
  if (isBinaryPlist(bytes)) return parseBinaryPlist(bytes);
  const head = Buffer.from(bytes.subarray(0, 8)).toString('latin1');
  if (head.startsWith('bplist')) throw new Error('binary plist of an unknown version (not read)');
  const text = Buffer.from(bytes).toString('utf8').replace(DOCTYPE, '');
  const root = parseXml(text);
  if (root.name !== 'plist') throw new Error('not a plist');
  const [top, extra] = elements(root);
  if (top === undefined || extra !== undefined) throw new Error('a plist holds exactly one value');
  return value(top, 0);
}
