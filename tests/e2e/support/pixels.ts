// Reads the pixels of a browser screenshot, to assert what the reader sees rather than what is
// registered. Both drivers write 8-bit, non-interlaced PNGs (RGB or RGBA); Node's zlib inflates them
// and the five PNG row filters are undone here, which is all a screenshot needs (no dependency).
import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';

export interface Image {
  width: number;
  height: number;
  /** RGBA, 4 bytes a pixel, row after row. */
  rgba: Uint8Array;
}

export type Rgb = readonly [number, number, number];

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** Bytes per pixel of each 8-bit colour type: grey, RGB, grey+alpha, RGBA. */
const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 4: 2, 6: 4 };

export function decodePng(png: Uint8Array): Image {
  if (!SIGNATURE.every((b, i) => png[i] === b)) throw new Error('not a PNG (bad signature)');
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  let width = 0;
  let height = 0;
  let channels = 0;
  const idat: Uint8Array[] = [];
  for (let at = 8; at + 8 <= png.length; ) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    const body = png.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      width = view.getUint32(at + 8);
      height = view.getUint32(at + 12);
      const [depth, colourType, , , interlace] = body.subarray(8, 13);
      channels = CHANNELS[colourType!] ?? 0;
      if (depth !== 8 || channels === 0 || interlace !== 0)
        throw new Error(`unsupported PNG: bit depth ${depth}, colour type ${colourType}, interlace ${interlace}`);
    } else if (type === 'IDAT') idat.push(body);
    else if (type === 'IEND') break;
    at += 12 + length;
  }
  if (width === 0 || idat.length === 0) throw new Error('PNG without IHDR or IDAT');
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  if (raw.length < height * (stride + 1)) throw new Error(`PNG data too short: ${raw.length} bytes for ${width}x${height}`);
  const pixels = new Uint8Array(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    const src = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const row = pixels.subarray(y * stride, (y + 1) * stride);
    const up = y > 0 ? pixels.subarray((y - 1) * stride, y * stride) : new Uint8Array(stride);
    for (let i = 0; i < stride; i++) {
      const a = i >= channels ? row[i - channels]! : 0;
      const b = up[i]!;
      const c = i >= channels ? up[i - channels]! : 0;
      row[i] = (src[i]! + unfilter(filter, a, b, c)) & 0xff;
    }
  }
  const rgba = new Uint8Array(width * height * 4);
  for (let p = 0; p < width * height; p++) {
    const s = pixels.subarray(p * channels, (p + 1) * channels);
    const grey = channels < 3;
    rgba[p * 4] = s[0]!;
    rgba[p * 4 + 1] = grey ? s[0]! : s[1]!;
    rgba[p * 4 + 2] = grey ? s[0]! : s[2]!;
    rgba[p * 4 + 3] = channels === 4 ? s[3]! : channels === 2 ? s[1]! : 255;
  }
  return { width, height, rgba };
}

function unfilter(filter: number, a: number, b: number, c: number): number {
  switch (filter) {
    case 0:
      return 0;
    case 1:
      return a;
    case 2:
      return b;
    case 3:
      return (a + b) >> 1;
    case 4: {
      const p = a + b - c;
      const pa = Math.abs(p - a);
      const pb = Math.abs(p - b);
      const pc = Math.abs(p - c);
      return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
    default:
      throw new Error(`bad PNG row filter ${filter}`);
  }
}

export const readPng = (path: string): Image => decodePng(readFileSync(path));

/** The largest difference of one channel between two colours. */
export const colourDistance = (a: Rgb, b: Rgb): number => Math.max(Math.abs(a[0] - b[0]), Math.abs(a[1] - b[1]), Math.abs(a[2] - b[2]));

/**
 * The most frequent colour of the image: under a line of text that is the colour between the glyphs,
 * i.e. the page background plus whatever highlight is painted over it.
 */
export function dominantColour(img: Image): Rgb {
  const counts = new Map<number, number>();
  for (let p = 0; p < img.width * img.height; p++) {
    const key = (img.rgba[p * 4]! << 16) | (img.rgba[p * 4 + 1]! << 8) | img.rgba[p * 4 + 2]!;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  let best = 0;
  let bestCount = -1;
  for (const [key, n] of counts) if (n > bestCount) [best, bestCount] = [key, n];
  return [best >> 16, (best >> 8) & 0xff, best & 0xff];
}

/** Share of pixels (0–1) farther than `tolerance` from `colour` on some channel. */
export function shareUnlike(img: Image, colour: Rgb, tolerance = 8): number {
  let n = 0;
  for (let p = 0; p < img.width * img.height; p++) {
    const px: Rgb = [img.rgba[p * 4]!, img.rgba[p * 4 + 1]!, img.rgba[p * 4 + 2]!];
    if (colourDistance(px, colour) > tolerance) n++;
  }
  return n / (img.width * img.height);
}

/** The largest share (0–1) of one row's pixels within `tolerance` of `colour`: a drawn underline fills a row. */
export function bestRowLike(img: Image, colour: Rgb, tolerance = 24): number {
  let best = 0;
  for (let y = 0; y < img.height; y++) {
    let n = 0;
    for (let x = 0; x < img.width; x++) {
      const p = (y * img.width + x) * 4;
      if (colourDistance([img.rgba[p]!, img.rgba[p + 1]!, img.rgba[p + 2]!], colour) <= tolerance) n++;
    }
    best = Math.max(best, n / img.width);
  }
  return best;
}

/** `rgb(…)`/`rgba(…)`, `#rgb` or `#rrggbb` as channels and alpha. */
export function parseColour(css: string): { rgb: Rgb; alpha: number } {
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(css.trim());
  const hex = short ? [0, short[1], short[2], short[3]].map((d) => `${d}${d}`) : /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(css.trim());
  if (hex) return { rgb: [Number.parseInt(hex[1]!, 16), Number.parseInt(hex[2]!, 16), Number.parseInt(hex[3]!, 16)], alpha: 1 };
  const fn = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:[\s,/]+([\d.]+))?\s*\)$/.exec(css.trim());
  if (!fn) throw new Error(`not a colour this helper reads: ${css}`);
  return { rgb: [Number(fn[1]), Number(fn[2]), Number(fn[3])], alpha: fn[4] === undefined ? 1 : Number(fn[4]) };
}

/** What `css` (possibly translucent) looks like painted over the opaque `background`. */
export function over(css: string, background: Rgb): Rgb {
  const { rgb, alpha } = parseColour(css);
  return [0, 1, 2].map((i) => Math.round(rgb[i]! * alpha + background[i]! * (1 - alpha))) as unknown as Rgb;
}

/** WCAG 2 contrast ratio of two opaque colours (1–21; body text needs 4.5 for AA). */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const luminance = (c: Rgb) => {
    const [r, g, bl] = c.map((v) => {
      const s = v / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** The pixel that stands out most from `background`: under a line of text, the core of a glyph. */
export function mostContrasting(img: Image, background: Rgb): Rgb {
  let best: Rgb = background;
  let bestRatio = 1;
  for (let p = 0; p < img.width * img.height; p++) {
    const px: Rgb = [img.rgba[p * 4]!, img.rgba[p * 4 + 1]!, img.rgba[p * 4 + 2]!];
    const ratio = contrastRatio(px, background);
    if (ratio > bestRatio) [best, bestRatio] = [px, ratio];
  }
  return best;
}
