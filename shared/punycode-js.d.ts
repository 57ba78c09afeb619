/** Types for punycode.js 2.x (the package ships none), only what shared/punycode.ts uses. */
declare module 'punycode/punycode.js' {
  /** RFC 3492 encoding and decoding of one label; both throw RangeError on invalid input. */
  const punycode: { decode(input: string): string; encode(input: string): string };
  export default punycode;
}
