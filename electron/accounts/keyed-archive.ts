/**
 * NSKeyedArchiver archives (a binary plist: $archiver "NSKeyedArchiver", $top.root a UID into
 * $objects, "$null" at index 0), as the account database stores each property value. Only what
 * account properties hold is unwrapped: strings, numbers and booleans (stored inline), and
 * NSArray / NSSet / NSDictionary / NSString / NSData / NSDate objects (NS.objects, NS.keys,
 * NS.string, NS.data, NS.time). Any other class reads as null. Nesting and the number of values
 * are capped, and a reference into itself is refused, since the archive is untrusted input.
 */
import { parseBinaryPlist } from './bplist.js';
import { isPlistDict, PlistUid, type PlistDict, type PlistValue } from './plist-value.js';

/** An unarchived value: null for "$null" and for classes this reader does not unwrap. */
export type ArchivedValue =
  string | number | boolean | null | ArchivedValue[] | { [key: string]: ArchivedValue };

const MAX_DEPTH = 32;
const MAX_VALUES = 10_000;
// Seconds from 1970-01-01 to CoreFoundation's reference date, 2001-01-01 (UTC).
const CF_EPOCH_SECONDS = 978_307_200;

class Unarchiver {
  private produced = 0;
  private readonly reading = new Set<number>();

  constructor(private readonly objects: PlistValue[]) {}

  value(ref: PlistValue | undefined, depth: number): ArchivedValue {
    if (!(ref instanceof PlistUid)) throw new Error('keyed archive: expected a reference');
    const index = ref.value;
    if (index >= this.objects.length) throw new Error('keyed archive: reference out of bounds');
    if (depth > MAX_DEPTH) throw new Error('keyed archive: nested too deeply');
    if (++this.produced > MAX_VALUES) throw new Error('keyed archive: too many values');
    if (this.reading.has(index)) throw new Error('keyed archive: an object contains itself');
    this.reading.add(index);
    try {
      return this.object(this.objects[index] as PlistValue, depth);
    } finally {
      this.reading.delete(index);
    }
  }

  private list(v: PlistValue | undefined, depth: number): ArchivedValue[] {
    if (!Array.isArray(v)) throw new Error('keyed archive: expected a list of references');
    return v.map((r) => this.value(r, depth + 1));
  }

  private className(o: PlistDict): string {
    const cls = o.$class;
    if (!(cls instanceof PlistUid)) return '';
    const def = this.objects[cls.value];
    return isPlistDict(def) && typeof def.$classname === 'string' ? def.$classname : '';
  }

  private object(o: PlistValue, depth: number): ArchivedValue {
    if (o === '$null') return null;
    if (typeof o === 'string' || typeof o === 'number' || typeof o === 'boolean') return o;
    if (!isPlistDict(o)) return null;
    switch (this.className(o).replace(/^NSMutable/, 'NS')) {
      case 'NSArray':
      case 'NSSet':
      case 'NSOrderedSet':
        return this.list(o['NS.objects'], depth);
      case 'NSDictionary': {
        const keys = this.list(o['NS.keys'], depth);
        const values = this.list(o['NS.objects'], depth);
        if (keys.length !== values.length)
          throw new Error('keyed archive: keys and values differ in number');
        const out = Object.create(null) as { [key: string]: ArchivedValue };
        keys.forEach((k, i) => {
          if (typeof k === 'string') out[k] = values[i] as ArchivedValue;
        });
        return out;
      }
      case 'NSString':
        return typeof o['NS.string'] === 'string' ? o['NS.string'] : null;
      case 'NSData':
        return typeof o['NS.data'] === 'string' ? o['NS.data'] : null;
      case 'NSDate':
        return typeof o['NS.time'] === 'number'
          ? new Date((o['NS.time'] + CF_EPOCH_SECONDS) * 1000).toISOString()
          : null;
      default:
        return null;
    }
  }
}

/** The root object of an NSKeyedArchiver archive; throws when the bytes are not such an archive. */
export function unarchive(bytes: Uint8Array): ArchivedValue {
  const plist = parseBinaryPlist(bytes);
  if (!isPlistDict(plist) || plist.$archiver !== 'NSKeyedArchiver')
    throw new Error('keyed archive: not an NSKeyedArchiver archive');
  const top = plist.$top;
  const objects = plist.$objects;
  if (!isPlistDict(top) || !Array.isArray(objects))
    throw new Error('keyed archive: no $top or $objects');
  return new Unarchiver(objects).value(top.root, 0);
}
