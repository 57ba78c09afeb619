/**
 * IDN helpers that run the same in Node and in the renderer (no node: imports).
 * toASCII leans on the WHATWG URL parser (UTS #46, as both Node and Chromium implement it);
 * toUnicode needs a Punycode decoder, because URL has no way back to Unicode: it comes from
 * punycode.js (docs/parsers.md says why that and not tr46 or our own).
 */
// The userland package by path: a bare 'punycode' would be Node's deprecated built-in module.
import punycode from 'punycode/punycode.js';

/** Decodes one Punycode string (the part after "xn--"); null when it is not valid Punycode. */
export function decodePunycode(input: string): string | null {
  try {
    return punycode.decode(input);
  } catch {
    // RangeError for bad digits, non-basic characters, overflow or code points past U+10FFFF.
    return null;
  }
}

/**
 * The ASCII (punycode) form of a host name, lower case, via the URL parser; null when the URL
 * parser refuses it. Callers must reject URL syntax characters (/ : @ % ...) first, and still
 * check LDH rules on the result: the URL parser is more lenient than DNS.
 */
export function hostToAscii(host: string): string | null {
  try {
    return new URL(`http://${host}/`).hostname;
  } catch {
    return null;
  }
}

/**
 * The Unicode form of an ASCII host name for display. A label that does not decode, or does not
 * encode back to itself, stays in its xn-- form so the display never hides what is probed.
 */
export function hostToUnicode(asciiHost: string): string {
  return asciiHost
    .split('.')
    .map((label) => {
      if (!/^xn--/i.test(label)) return label;
      const decoded = decodePunycode(label.slice(4));
      if (decoded === null || decoded === '') return label;
      return hostToAscii(decoded) === label.toLowerCase() ? decoded : label;
    })
    .join('.');
}
