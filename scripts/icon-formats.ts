/**
 * Encoders for Windows .ico and macOS .icns, small enough to own: both are a directory of images.
 * ICO: 32-bit BMP frames up to 48 px (what every Windows shell, rcedit and NSIS read) and a PNG
 * frame at 256 px. ICNS: PNG frames under Apple's type codes.
 */

/** One rendered size: PNG bytes, and the RGBA pixels (straight alpha) for BMP frames. */
export interface IconImage {
  size: number;
  png: Buffer;
  rgba: Buffer;
}

/** Straight (not premultiplied) RGBA from premultiplied RGBA, as resvg renders it. */
export function unpremultiply(pixels: Buffer): Buffer {
  const out = Buffer.from(pixels);
  for (let i = 0; i < out.length; i += 4) {
    const a = out[i + 3] ?? 0;
    if (a === 0 || a === 255) continue;
    for (let c = 0; c < 3; c++)
      out[i + c] = Math.min(255, Math.round(((out[i + c] ?? 0) * 255) / a));
  }
  return out;
}

/** A 32-bit BMP frame as ICO stores it: header with doubled height, bottom-up BGRA, AND mask. */
function bmpFrame(image: IconImage): Buffer {
  const { size, rgba } = image;
  const header = Buffer.alloc(40);
  header.writeUInt32LE(40, 0); // BITMAPINFOHEADER size
  header.writeInt32LE(size, 4);
  header.writeInt32LE(size * 2, 8); // colour rows + mask rows
  header.writeUInt16LE(1, 12); // planes
  header.writeUInt16LE(32, 14); // bits per pixel
  header.writeUInt32LE(0, 16); // BI_RGB
  const pixels = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++) {
    const src = (size - 1 - y) * size * 4; // BMP rows run bottom-up
    for (let x = 0; x < size; x++) {
      const s = src + x * 4;
      const d = (y * size + x) * 4;
      pixels[d] = rgba[s + 2] ?? 0;
      pixels[d + 1] = rgba[s + 1] ?? 0;
      pixels[d + 2] = rgba[s] ?? 0;
      pixels[d + 3] = rgba[s + 3] ?? 0;
    }
  }
  // The 1-bit AND mask, rows padded to 32 bits; all zero because the alpha channel decides.
  const mask = Buffer.alloc(Math.ceil(size / 32) * 4 * size);
  return Buffer.concat([header, pixels, mask]);
}

/** The largest size stored as BMP; larger ones are stored as PNG. */
export const ICO_BMP_MAX = 48;

/** Encodes a .ico from images of at most 256 px. */
export function encodeIco(images: readonly IconImage[]): Buffer {
  const frames = images.map((img) => (img.size <= ICO_BMP_MAX ? bmpFrame(img) : img.png));
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(images.length, 4);
  const dir = Buffer.alloc(16 * images.length);
  let offset = 6 + dir.length;
  images.forEach((img, i) => {
    if (img.size > 256) throw new Error(`ICO frames are at most 256 px, got ${img.size}`);
    const frame = frames[i] ?? Buffer.alloc(0);
    const at = i * 16;
    dir.writeUInt8(img.size === 256 ? 0 : img.size, at); // 0 means 256
    dir.writeUInt8(img.size === 256 ? 0 : img.size, at + 1);
    dir.writeUInt8(0, at + 2); // no palette
    dir.writeUInt8(0, at + 3);
    dir.writeUInt16LE(1, at + 4); // planes
    dir.writeUInt16LE(32, at + 6); // bits per pixel
    dir.writeUInt32LE(frame.length, at + 8);
    dir.writeUInt32LE(offset, at + 12);
    offset += frame.length;
  });
  return Buffer.concat([header, dir, ...frames]);
}

/** Apple's PNG-capable ICNS types and the pixel size each holds. */
export const ICNS_TYPES: ReadonlyArray<readonly [string, number]> = [
  ['icp4', 16],
  ['icp5', 32],
  ['icp6', 64],
  ['ic07', 128],
  ['ic08', 256],
  ['ic09', 512],
  ['ic10', 1024], // 512@2x
  ['ic11', 32], // 16@2x
  ['ic12', 64], // 32@2x
  ['ic13', 256], // 128@2x
  ['ic14', 512], // 256@2x
];

/** Encodes a .icns from PNGs keyed by pixel size (every size in ICNS_TYPES must be there). */
export function encodeIcns(pngBySize: ReadonlyMap<number, Buffer>): Buffer {
  const chunks = ICNS_TYPES.map(([type, size]) => {
    const png = pngBySize.get(size);
    if (!png) throw new Error(`missing ${size} px image for ${type}`);
    const head = Buffer.alloc(8);
    head.write(type, 0, 'ascii');
    head.writeUInt32BE(png.length + 8, 4);
    return Buffer.concat([head, png]);
  });
  const body = Buffer.concat(chunks);
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'ascii');
  head.writeUInt32BE(body.length + 8, 4);
  return Buffer.concat([head, body]);
}

/**
 * A 24-bit BMP (BITMAPINFOHEADER, bottom-up rows padded to 4 bytes) of an RGBA image laid over a
 * solid background: the portable exe's splash (NSIS shows only BMP, and without alpha).
 */
export function encodeBmp24(
  width: number,
  height: number,
  rgba: Buffer,
  background: readonly [number, number, number],
): Buffer {
  const stride = Math.ceil((width * 3) / 4) * 4;
  const file = Buffer.alloc(14 + 40 + stride * height);
  file.write('BM', 0, 'ascii');
  file.writeUInt32LE(file.length, 2);
  file.writeUInt32LE(14 + 40, 10); // where the pixels start
  file.writeUInt32LE(40, 14);
  file.writeInt32LE(width, 18);
  file.writeInt32LE(height, 22); // positive: rows run bottom-up
  file.writeUInt16LE(1, 26); // planes
  file.writeUInt16LE(24, 28); // bits per pixel
  file.writeUInt32LE(0, 30); // BI_RGB
  file.writeUInt32LE(stride * height, 34);
  for (let y = 0; y < height; y++) {
    const row = 54 + (height - 1 - y) * stride;
    for (let x = 0; x < width; x++) {
      const s = (y * width + x) * 4;
      const a = (rgba[s + 3] ?? 0) / 255;
      const blend = (c: number, bg: number) => Math.round(c * a + bg * (1 - a));
      file[row + x * 3] = blend(rgba[s + 2] ?? 0, background[2]);
      file[row + x * 3 + 1] = blend(rgba[s + 1] ?? 0, background[1]);
      file[row + x * 3 + 2] = blend(rgba[s] ?? 0, background[0]);
    }
  }
  return file;
}
