/**
 * Renders assets/icon.svg into assets/icon.png (1024 px), icon.ico and icon.icns, and the portable
 * exe's splash (assets/portable-splash.bmp: the icon on white, shown while the exe unpacks).
 * Run: npm run icons. resvg ships its renderer as a prebuilt binary inside its npm package.
 */
import { Resvg } from '@resvg/resvg-js';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  ICNS_TYPES,
  encodeBmp24,
  encodeIcns,
  encodeIco,
  unpremultiply,
  type IconImage,
} from './icon-formats.js';

/** Sizes in the Windows icon: shell lists, title bars, taskbar, tiles and the installer. */
export const ICO_SIZES = [16, 20, 24, 32, 40, 48, 64, 256] as const;

/** Renders the SVG at one size. */
export function render(svg: Buffer | string, size: number): IconImage {
  const image = new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render();
  if (image.width !== size || image.height !== size) {
    throw new Error(`icon.svg must be square: rendered ${image.width}x${image.height} for ${size}`);
  }
  return { size, png: image.asPng(), rgba: unpremultiply(image.pixels) };
}

/** All three icon files from the SVG source. */
export function makeIcons(svg: Buffer | string): { png: Buffer; ico: Buffer; icns: Buffer } {
  const sizes = new Set<number>([1024, ...ICO_SIZES, ...ICNS_TYPES.map(([, s]) => s)]);
  const images = new Map<number, IconImage>([...sizes].map((s) => [s, render(svg, s)]));
  const get = (s: number): IconImage => {
    const img = images.get(s);
    if (!img) throw new Error(`no ${s} px image`);
    return img;
  };
  return {
    png: get(1024).png,
    ico: encodeIco(ICO_SIZES.map(get)),
    icns: encodeIcns(new Map([...images].map(([s, img]) => [s, img.png]))),
  };
}

/** The splash's size and the icon's size on it. */
export const SPLASH = { width: 360, height: 240, icon: 160 } as const;

/**
 * The portable exe's splash: the icon centred on white. No words: it shows for a few seconds
 * before the app can tell the language, and a picture needs none.
 */
export function makeSplash(svg: Buffer | string): Buffer {
  const { width, height, icon } = SPLASH;
  const image = render(svg, icon);
  const canvas = Buffer.alloc(width * height * 4);
  const left = Math.floor((width - icon) / 2);
  const top = Math.floor((height - icon) / 2);
  for (let y = 0; y < icon; y++)
    image.rgba.copy(canvas, ((top + y) * width + left) * 4, y * icon * 4, (y + 1) * icon * 4);
  return encodeBmp24(width, height, canvas, [255, 255, 255]);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const icons = makeIcons(readFileSync('assets/icon.svg'));
  writeFileSync('assets/icon.png', icons.png);
  writeFileSync('assets/icon.ico', icons.ico);
  writeFileSync('assets/icon.icns', icons.icns);
  const splash = makeSplash(readFileSync('assets/icon.svg'));
  writeFileSync('assets/portable-splash.bmp', splash);
  console.log(
    `assets/icon.png ${icons.png.length} B, icon.ico ${icons.ico.length} B, icon.icns ${icons.icns.length} B, portable-splash.bmp ${splash.length} B`,
  );
}
