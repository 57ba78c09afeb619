/**
 * Small validators for data read from outside (a report file someone sent): each takes `unknown`
 * and returns a fresh value of the expected type built from checked fields only, or throws
 * InvalidField with the path of the first bad field. Callers turn that into a result (they never
 * let it escape). Strings are length-capped and lose control and bidi-override characters; objects
 * must be plain; keys that are not part of the shape are left behind, never copied, so a file
 * cannot smuggle `__proto__` or anything else into the result.
 */

/** The first field that did not pass, and why (English, for logs and the helpdesk). */
export class InvalidField extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`${path}: ${reason}`);
  }
}

/** Parses one value found at `path`. */
export type Check<T> = (raw: unknown, path: string) => T;

// C0 except tab and line feed, DEL, C1, and the bidi overrides that can disguise text on screen.
const STRIP = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** A string of at most `max` UTF-16 units, control characters removed. */
export function str(max: number): Check<string> {
  return (raw, path) => {
    if (typeof raw !== 'string') throw new InvalidField(path, 'must be a string');
    if (raw.length > max) throw new InvalidField(path, `longer than ${max} characters`);
    return raw.replace(STRIP, '');
  };
}

/** An integer in [min, max]. */
export function int(min: number, max: number): Check<number> {
  return (raw, path) => {
    if (typeof raw !== 'number' || !Number.isInteger(raw) || raw < min || raw > max)
      throw new InvalidField(path, `must be an integer from ${min} to ${max}`);
    return raw;
  };
}

/** true or false. */
export const bool: Check<boolean> = (raw, path) => {
  if (typeof raw !== 'boolean') throw new InvalidField(path, 'must be true or false');
  return raw;
};

/** One of a fixed list of strings (or numbers). */
export function oneOf<const T extends string | number | null>(values: readonly T[]): Check<T> {
  return (raw, path) => {
    if (!(values as readonly unknown[]).includes(raw))
      throw new InvalidField(path, 'is not one of the known values');
    return raw as T;
  };
}

/** null, or what the inner check allows. */
export function nullable<T>(check: Check<T>): Check<T | null> {
  return (raw, path) => (raw === null ? null : check(raw, path));
}

const OPTIONAL = Symbol('optional');
/** A check whose field may be absent. */
type OptionalCheck<T> = Check<T | undefined> & { [OPTIONAL]: true };

/** The field may be absent (then it stays absent in the result). */
export function optional<T>(check: Check<T>): OptionalCheck<T> {
  const out = ((raw: unknown, path: string) =>
    raw === undefined ? undefined : check(raw, path)) as OptionalCheck<T>;
  out[OPTIONAL] = true;
  return out;
}

/** An array of at most `max` items. */
export function arr<T>(item: Check<T>, max: number): Check<T[]> {
  return (raw, path) => {
    if (!Array.isArray(raw)) throw new InvalidField(path, 'must be a list');
    if (raw.length > max) throw new InvalidField(path, `has more than ${max} items`);
    return raw.map((v, i) => item(v, `${path}[${i}]`));
  };
}

/** A plain object (what JSON.parse makes), read only through its own properties. */
export function plain(raw: unknown, path: string): Record<string, unknown> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    throw new InvalidField(path, 'must be an object');
  const proto: unknown = Object.getPrototypeOf(raw);
  if (proto !== Object.prototype && proto !== null)
    throw new InvalidField(path, 'must be a plain object');
  return raw as Record<string, unknown>;
}

/** The value of an own property, never one inherited from Object.prototype. */
export function own(o: Record<string, unknown>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(o, key) ? o[key] : undefined;
}

type Shape = Record<string, Check<unknown>>;
type Out<S extends Shape> = {
  [K in keyof S as S[K] extends OptionalCheck<unknown> ? never : K]: ReturnType<S[K]>;
} & {
  [K in keyof S as S[K] extends OptionalCheck<unknown> ? K : never]?: Exclude<
    ReturnType<S[K]>,
    undefined
  >;
};

/** An object with exactly these fields checked; absent optional fields stay absent. */
export function obj<S extends Shape>(shape: S): Check<Out<S>> {
  return (raw, path) => {
    const o = plain(raw, path);
    const out: Record<string, unknown> = {};
    for (const [key, check] of Object.entries(shape)) {
      const value = check(own(o, key), `${path}.${key}`);
      if (value !== undefined) out[key] = value;
      else if (!(OPTIONAL in check)) throw new InvalidField(`${path}.${key}`, 'is missing');
    }
    return out as Out<S>;
  };
}
