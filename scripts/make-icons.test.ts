import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { ICNS_TYPES, ICO_BMP_MAX, encodeBmp24, encodeIco, unpremultiply } from './icon-formats.js';
import { ICO_SIZES, makeIcons, makeSplash, render, SPLASH } from './make-icons.js';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const pngSize = (png: Buffer) => ({ w: png.readUInt32BE(16), h: png.readUInt32BE(20) });

/** Reads an ICO directory back: size, frame bytes. */
function readIco(ico: Buffer) {
  expect(ico.readUInt16LE(0)).toBe(0);
  expect(ico.readUInt16LE(2)).toBe(1);
  const count = ico.readUInt16LE(4);
  return Array.from({ length: count }, (_, i) => {
    const at = 6 + i * 16;
    const size = ico.readUInt8(at) || 256;
    const length = ico.readUInt32LE(at + 8);
    const offset = ico.readUInt32LE(at + 12);
    return { size, frame: ico.subarray(offset, offset + length), end: offset + length };
  });
}

describe('icon files in assets/', () => {
  const ico = readFileSync('assets/icon.ico');
  const icns = readFileSync('assets/icon.icns');
  const png = readFileSync('assets/icon.png');

  it('icon.png is a 1024 px PNG', () => {
    expect(png.subarray(0, 8)).toEqual(PNG_SIGNATURE);
    expect(pngSize(png)).toEqual({ w: 1024, h: 1024 });
  });

  it('icon.ico has every Windows size: 32-bit BMP frames up to 48 px, PNG above', () => {
    const frames = readIco(ico);
    expect(frames.map((f) => f.size)).toEqual([...ICO_SIZES]);
    for (const { size, frame } of frames) {
      if (size <= ICO_BMP_MAX) {
        expect(frame.readUInt32LE(0)).toBe(40);
        expect(frame.readInt32LE(4)).toBe(size);
        expect(frame.readInt32LE(8)).toBe(size * 2);
        expect(frame.readUInt16LE(14)).toBe(32);
        expect(frame.length).toBe(40 + size * size * 4 + Math.ceil(size / 32) * 4 * size);
      } else {
        expect(frame.subarray(0, 8)).toEqual(PNG_SIGNATURE);
        expect(pngSize(frame)).toEqual({ w: size, h: size });
      }
    }
    expect(Math.max(...frames.map((f) => f.end))).toBe(ico.length);
  });

  it('icon.icns holds a PNG of the right size under each type code', () => {
    expect(icns.toString('ascii', 0, 4)).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    const seen: Array<[string, number]> = [];
    for (let at = 8; at < icns.length;) {
      const type = icns.toString('ascii', at, at + 4);
      const length = icns.readUInt32BE(at + 4);
      const body = icns.subarray(at + 8, at + length);
      expect(body.subarray(0, 8)).toEqual(PNG_SIGNATURE);
      const { w, h } = pngSize(body);
      expect(w).toBe(h);
      seen.push([type, w]);
      at += length;
    }
    expect(seen).toEqual(ICNS_TYPES.map(([t, s]) => [t, s]));
  });

  // resvg's output is exact on one platform; other platforms may differ in the last bit of a pixel.
  it.runIf(process.platform === 'linux')(
    'are what npm run icons makes from icon.svg (run it after editing the SVG)',
    () => {
      const made = makeIcons(readFileSync('assets/icon.svg'));
      expect(made.png.equals(png)).toBe(true);
      expect(made.ico.equals(ico)).toBe(true);
      expect(made.icns.equals(icns)).toBe(true);
      expect(makeSplash(readFileSync('assets/icon.svg')).equals(splash)).toBe(true);
    },
  );

  const splash = readFileSync('assets/portable-splash.bmp');
  it('portable-splash.bmp is a 24-bit BMP: white, with the icon in the middle', () => {
    expect(splash.toString('ascii', 0, 2)).toBe('BM');
    expect(splash.readUInt32LE(2)).toBe(splash.length);
    const [width, height] = [splash.readInt32LE(18), splash.readInt32LE(22)];
    expect({ width, height, bits: splash.readUInt16LE(28) }).toEqual({
      width: SPLASH.width,
      height: SPLASH.height,
      bits: 24,
    });
    const stride = Math.ceil((width * 3) / 4) * 4;
    const pixel = (x: number, y: number) => {
      const at = splash.readUInt32LE(10) + (height - 1 - y) * stride + x * 3;
      return [splash[at + 2], splash[at + 1], splash[at]];
    };
    expect(pixel(2, 2)).toEqual([255, 255, 255]);
    expect(pixel(width - 3, height - 3)).toEqual([255, 255, 255]);
    // The icon's blue body, low on its left (the centre itself is the white envelope).
    const [r, g, b] = pixel(width / 2 - SPLASH.icon / 2 + 30, height / 2 + 50) as number[];
    expect(b).toBeGreaterThan(150);
    expect(r).toBeLessThan(100);
    expect(g).toBeLessThan(150);
  });
});

describe('encoders', () => {
  it('writes a 24-bit BMP bottom-up, rows padded to 4 bytes, over the background', () => {
    // 2 x 2: red opaque, transparent; green half, blue opaque (top row first).
    const rgba = Buffer.from([255, 0, 0, 255, 0, 0, 0, 0, 0, 255, 0, 128, 0, 0, 255, 255]);
    const bmp = encodeBmp24(2, 2, rgba, [255, 255, 255]);
    expect(bmp.length).toBe(54 + 8 * 2);
    // Bottom row first, BGR: green half over white, then blue; 2 bytes of padding.
    expect([...bmp.subarray(54, 62)]).toEqual([127, 255, 127, 255, 0, 0, 0, 0]);
    expect([...bmp.subarray(62, 70)]).toEqual([0, 0, 255, 255, 255, 255, 0, 0]);
  });

  it('turns premultiplied pixels into straight alpha', () => {
    const out = unpremultiply(Buffer.from([128, 0, 0, 128, 10, 20, 30, 255, 0, 0, 0, 0]));
    expect([...out]).toEqual([255, 0, 0, 128, 10, 20, 30, 255, 0, 0, 0, 0]);
  });

  it('writes BMP rows bottom-up in BGRA', () => {
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" width="2" height="2"><rect width="2" height="1" fill="#0000ff"/><rect y="1" width="2" height="1" fill="#ff0000"/></svg>';
    const [first] = readIco(encodeIco([render(svg, 2)]));
    if (!first) throw new Error('no frame');
    const frame = first.frame;
    // First stored row is the bottom (red), as B,G,R,A.
    expect([...frame.subarray(40, 44)]).toEqual([0, 0, 255, 255]);
    expect([...frame.subarray(48, 52)]).toEqual([255, 0, 0, 255]);
  });

  it('refuses ICO frames over 256 px', () => {
    expect(() => encodeIco([{ size: 512, png: Buffer.alloc(0), rgba: Buffer.alloc(0) }])).toThrow(
      /256/,
    );
  });
});
