// The tagger's weights and their compact shipped form. Features are 32-bit hashes of their
// strings; each kept feature stores int8 weights for the labels it scores (a bit mask says
// which), so the model is a few hundred kilobytes of base64 and decodes in milliseconds.
import { type ClusterFile, type ClusterIndex, decodeClusters } from './clusters';
import { fnv1a } from './hash';
import { NUM_LABELS } from './labels';

const L = NUM_LABELS;

export interface NerModel {
  /** Whether the model was trained with lexicon features. */
  lexicons: boolean;
  /** Whether the model was trained with the place gazetteer's features. */
  gazetteer: boolean;
  /** Word clusters the features read, or null for a model trained without them. */
  clusters: ClusterIndex | null;
  /**
   * Open-addressing table of feature hashes: slot k holds the hash (as int32) at 2k and its row + 1
   * in `weights` at 2k + 1 (0: empty), side by side so a probe reads one cache line.
   */
  table: Int32Array;
  weights: Int8Array;
  /** Weight = int8 × scale. */
  scale: number;
  trans: Float64Array;
  start: Float64Array;
}

export interface NerModelFile {
  format: 'quotelight-ner-1';
  lexicons: boolean;
  gazetteer?: boolean;
  clusters?: ClusterFile;
  scale: number;
  trans: number[];
  start: number[];
  features: number;
  /** base64: per feature, ascending hash as a varint delta, a label mask byte, one int8 per set bit. */
  data: string;
}

function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

function fromBase64(s: string): Uint8Array {
  const bin = atob(s);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/**
 * Pack float weights (per feature hash, L labels) into the shipped form: weights are quantised
 * to int8 and those that round to zero are dropped, as are features left with none.
 */
export function encodeModel(
  feats: ReadonlyMap<number, ArrayLike<number>>,
  trans: ArrayLike<number>,
  start: ArrayLike<number>,
  opts: { lexicons: boolean; gazetteer?: boolean; minWeight: number; clusters?: ClusterFile },
): NerModelFile {
  let max = 0;
  for (const w of feats.values()) for (let y = 0; y < L; y++) max = Math.max(max, Math.abs(w[y]!));
  const scale = max / 127 || 1;
  const bytes: number[] = [];
  let prev = 0;
  let count = 0;
  for (const h of [...feats.keys()].sort((a, b) => a - b)) {
    const w = feats.get(h)!;
    let mask = 0;
    const q: number[] = [];
    for (let y = 0; y < L; y++) {
      const v = Math.round(w[y]! / scale);
      if (v !== 0 && Math.abs(w[y]!) >= opts.minWeight) {
        mask |= 1 << y;
        q.push(v);
      }
    }
    if (!mask) continue;
    let d = h - prev;
    prev = h;
    while (d >= 0x80) {
      bytes.push((d & 0x7f) | 0x80);
      d = Math.floor(d / 128);
    }
    bytes.push(d, mask);
    for (const v of q) bytes.push(v & 0xff);
    count++;
  }
  return {
    format: 'quotelight-ner-1',
    lexicons: opts.lexicons,
    ...(opts.gazetteer ? { gazetteer: true } : {}),
    ...(opts.clusters ? { clusters: opts.clusters } : {}),
    scale,
    trans: Array.from(trans, (x) => Math.round(x * 1000) / 1000),
    start: Array.from(start, (x) => Math.round(x * 1000) / 1000),
    features: count,
    data: toBase64(Uint8Array.from(bytes)),
  };
}

export function decodeModel(file: NerModelFile): NerModel {
  if (file.format !== 'quotelight-ner-1') throw new Error(`unknown NER model format: ${String(file.format)}`);
  const bytes = fromBase64(file.data);
  // A power-of-two table at most half full: lookups are a mask and a short probe, with no allocation.
  let size = 1;
  while (size < file.features * 2) size <<= 1;
  const table = new Int32Array(2 * size);
  const weights = new Int8Array(file.features * L);
  let p = 0;
  let h = 0;
  const next = (): number => {
    if (p >= bytes.length) throw new Error('NER model data is truncated or corrupt');
    return bytes[p++]!;
  };
  for (let r = 0; r < file.features; r++) {
    let d = 0;
    let mul = 1;
    for (;;) {
      const b = next();
      d += (b & 0x7f) * mul;
      if (b < 0x80) break;
      mul *= 128;
    }
    h += d;
    let slot = (h | 0) & (size - 1);
    while (table[2 * slot + 1] !== 0) slot = (slot + 1) & (size - 1);
    table[2 * slot] = h | 0;
    table[2 * slot + 1] = r + 1;
    const mask = next();
    for (let y = 0; y < L; y++) if (mask & (1 << y)) weights[r * L + y] = (next() << 24) >> 24;
  }
  if (p !== bytes.length) throw new Error('NER model data is truncated or corrupt');
  return { lexicons: file.lexicons, gazetteer: file.gazetteer === true, clusters: file.clusters ? decodeClusters(file.clusters) : null, table, weights, scale: file.scale, trans: Float64Array.from(file.trans), start: Float64Array.from(file.start) };
}

/** Row of a feature hash in `weights`, or -1 when the model does not know the feature. */
export function rowOf(model: NerModel, hash: number): number {
  const table = model.table;
  const mask = (table.length >> 1) - 1;
  const h = hash | 0;
  for (let slot = h & mask; ; slot = (slot + 1) & mask) {
    const r = table[2 * slot + 1]!;
    if (r === 0) return -1;
    if (table[2 * slot] === h) return r - 1;
  }
}

/** Emission scores (n × L) of feature strings under the model. */
export function emissions(model: NerModel, feats: readonly (readonly string[])[]): Float64Array {
  const out = new Float64Array(feats.length * L);
  const w = model.weights;
  for (let i = 0; i < feats.length; i++) {
    for (const f of feats[i]!) {
      const r = rowOf(model, fnv1a(f));
      if (r < 0) continue;
      for (let y = 0; y < L; y++) out[i * L + y]! += w[r * L + y]!;
    }
  }
  for (let k = 0; k < out.length; k++) out[k]! *= model.scale;
  return out;
}
