/**
 * The low-level part of reference codes: Crockford's base32 alphabet, packing fields into 5-bit
 * symbols, and the check character.
 *
 * The check character is a weighted sum over GF(32) (primitive polynomial x⁵+x²+1) with distinct
 * non-zero weights αⁱ for the data positions and 1 for itself. A single substitution changes the
 * sum by e·wᵢ ≠ 0, a transposition of two different characters by (a+b)(wᵢ+wⱼ) ≠ 0: every one of
 * them is caught, adjacent or not, as long as a code has at most 30 data characters. Unlike
 * Crockford's mod-37 symbol it never needs the extra symbols * ~ $ = U, which are hard to read
 * aloud on the phone.
 */

/** Crockford's base32 alphabet: no I, L, O or U, so nothing is mistaken for 1, 0 or V. */
export const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

const GF_POLY = 0b100101; // x^5 + x^2 + 1, primitive: α = 2 generates all 31 non-zero elements
const MAX_DATA = 30; // weights α^1..α^30 are distinct from each other and from the check's α^0

function gfMul(a: number, b: number): number {
  let out = 0;
  let x = a;
  for (let y = b; y > 0; y >>= 1) {
    if (y & 1) out ^= x;
    x <<= 1;
    if (x & 0b100000) x ^= GF_POLY;
  }
  return out;
}

/** α^0 .. α^MAX_DATA. */
const POWERS: number[] = [1];
for (let k = 1; k <= MAX_DATA; k++) POWERS.push(gfMul(POWERS[k - 1] ?? 1, 2));

/** The check symbol (0-31) of data symbols: data position i weighs α^(n - i), n = data.length. */
export function checkSymbol(data: readonly number[]): number {
  if (data.length > MAX_DATA) throw new RangeError('at most 30 data symbols');
  let sum = 0;
  data.forEach((v, i) => (sum ^= gfMul(v, POWERS[data.length - i] ?? 0)));
  return sum;
}

/** Packs unsigned fields into 5-bit symbols, most significant bit first. */
export class BitWriter {
  private readonly bits: number[] = [];
  /** Appends value as `width` bits. */
  put(value: number, width: number): this {
    // A value that does not fit would silently change its neighbours: fail loudly instead.
    if (!Number.isInteger(value) || value < 0 || value >= 2 ** width)
      throw new RangeError(`${value} does not fit in ${width} bits`);
    for (let b = width - 1; b >= 0; b--) this.bits.push(Math.floor(value / 2 ** b) % 2);
    return this;
  }
  /** The bits as 5-bit symbols; a last partial symbol is padded with zero bits. */
  symbols(): number[] {
    const out: number[] = [];
    for (let i = 0; i < this.bits.length; i += 5) {
      const group = this.bits.slice(i, i + 5);
      while (group.length < 5) group.push(0);
      out.push(group.reduce((acc, bit) => acc * 2 + bit, 0));
    }
    return out;
  }
}

/** Reads fields back from 5-bit symbols in the order BitWriter wrote them. */
export class BitReader {
  private pos = 0;
  constructor(private readonly symbols: readonly number[]) {}
  /** Reads `width` bits as an unsigned number (zero bits past the end). */
  take(width: number): number {
    let out = 0;
    for (let i = 0; i < width; i++, this.pos++) {
      const sym = this.symbols[Math.floor(this.pos / 5)] ?? 0;
      out = out * 2 + ((sym >> (4 - (this.pos % 5))) & 1);
    }
    return out;
  }
}
