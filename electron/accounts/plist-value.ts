/** The values a property list holds, XML or binary. */

/** A keyed archiver's reference to another object of the archive (a binary plist's UID object). */
export class PlistUid {
  constructor(readonly value: number) {}
}

/** A plist value: data comes as base64 text and dates as ISO text; UIDs only from binary plists. */
export type PlistValue =
  string | number | boolean | PlistUid | PlistValue[] | { [key: string]: PlistValue };

/** A plist dictionary. */
export type PlistDict = { [key: string]: PlistValue };

/** True for a dictionary (not an array, not a UID). */
export function isPlistDict(v: PlistValue | undefined): v is PlistDict {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof PlistUid);
}
