// A structured averaged perceptron over hashed features with Viterbi decoding (Collins 2002):
// deterministic for a given seed, with the averaging done lazily (Daumé's trick).
import { fnv1a } from '../../src/analysis/ner/hash';
import { NUM_LABELS } from '../../src/analysis/ner/labels';
import { viterbi } from '../../src/analysis/ner/viterbi';
import { rng } from '../rng';

const L = NUM_LABELS;

export interface Example {
  /** Feature strings per token. */
  feats: string[][];
  labels: Uint8Array;
}

interface Compiled {
  /** Feature indices per token, flattened; `offsets[i]..offsets[i+1]` are token i's. */
  idx: Int32Array;
  offsets: Int32Array;
  labels: Uint8Array;
}


export interface TrainOptions {
  epochs: number;
  seed: number;
  /** Features seen fewer times than this in the training data are ignored. */
  minCount: number;
  log?: (msg: string) => void;
}

export interface TrainedWeights {
  /** Averaged weights per feature hash. */
  feats: Map<number, Float64Array>;
  trans: Float64Array;
  start: Float64Array;
}

export function trainPerceptron(examples: readonly Example[], opts: TrainOptions): TrainedWeights {
  // Count feature hashes, keep frequent ones.
  const counts = new Map<number, number>();
  const hashed = examples.map((ex) => ex.feats.map((fs) => fs.map(fnv1a)));
  for (const sent of hashed) for (const fs of sent) for (const h of fs) counts.set(h, (counts.get(h) ?? 0) + 1);
  const index = new Map<number, number>();
  for (const [h, c] of counts) if (c >= opts.minCount) index.set(h, index.size);
  const data: Compiled[] = hashed.map((sent, s) => {
    const idx: number[] = [];
    const offsets = [0];
    for (const fs of sent) {
      for (const h of fs) {
        const k = index.get(h);
        if (k !== undefined) idx.push(k);
      }
      offsets.push(idx.length);
    }
    return { idx: Int32Array.from(idx), offsets: Int32Array.from(offsets), labels: examples[s]!.labels };
  });
  opts.log?.(`${examples.length} sentences, ${counts.size} feature hashes, ${index.size} kept (count >= ${opts.minCount})`);

  const F = index.size;
  const w = new Float64Array(F * L);
  const u = new Float64Array(F * L);
  const tw = new Float64Array(L * L);
  const tu = new Float64Array(L * L);
  const sw = new Float64Array(L);
  const su = new Float64Array(L);
  let c = 1;
  const order = data.map((_, i) => i);
  const rand = rng(opts.seed);
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    let wrong = 0;
    let total = 0;
    for (const s of order) {
      const ex = data[s]!;
      const n = ex.labels.length;
      const emit = new Float64Array(n * L);
      for (let i = 0; i < n; i++)
        for (let k = ex.offsets[i]!; k < ex.offsets[i + 1]!; k++) {
          const base = ex.idx[k]! * L;
          for (let y = 0; y < L; y++) emit[i * L + y]! += w[base + y]!;
        }
      const pred = viterbi(n, emit, tw, sw);
      total += n;
      for (let i = 0; i < n; i++) {
        const g = ex.labels[i]!;
        const p = pred[i]!;
        if (g !== p) {
          wrong++;
          for (let k = ex.offsets[i]!; k < ex.offsets[i + 1]!; k++) {
            const base = ex.idx[k]! * L;
            w[base + g]! += 1;
            u[base + g]! += c;
            w[base + p]! -= 1;
            u[base + p]! -= c;
          }
        }
        const gp = i === 0 ? -1 : ex.labels[i - 1]!;
        const pp = i === 0 ? -1 : pred[i - 1]!;
        if (gp !== pp || g !== p) {
          if (i === 0) {
            sw[g]! += 1;
            su[g]! += c;
            sw[p]! -= 1;
            su[p]! -= c;
          } else {
            tw[gp * L + g]! += 1;
            tu[gp * L + g]! += c;
            tw[pp * L + p]! -= 1;
            tu[pp * L + p]! -= c;
          }
        }
      }
      c++;
    }
    opts.log?.(`epoch ${epoch + 1}: ${((100 * wrong) / total).toFixed(2)}% tokens mislabelled`);
  }
  const avg = (x: Float64Array, xu: Float64Array) => x.map((v, i) => v - xu[i]! / c);
  const aw = avg(w, u);
  const feats = new Map<number, Float64Array>();
  for (const [h, k] of index) feats.set(h, aw.subarray(k * L, k * L + L));
  return { feats, trans: avg(tw, tu), start: avg(sw, su) };
}
