// Word clusters learned from unlabelled text, as tagger features: a word the labelled data never
// showed ("Roscosmos") shares a cluster with words met in the same contexts ("Gazprom"), and the
// tagger learns the cluster. Distributional clusters (Ratinov & Roth 2009 used Brown's): each
// frequent word is the vector of its left and right neighbours among the commonest words, damped
// and normalised, and spherical k-means groups them; a second k-means over the centroids gives
// a coarse level, as a Brown prefix would. Seeded, so training stays byte-for-byte repeatable.
import type { WordClusters } from '../../src/analysis/ner/clusters';
import { rng } from '../rng';

export interface ClusterOptions {
  /** Most frequent words clustered (the rest get no cluster). */
  vocabulary: number;
  /** Words seen fewer times are not clustered. */
  minCount: number;
  /** Commonest words used as context dimensions, left and right each. */
  contexts: number;
  fine: number;
  coarse: number;
  iterations: number;
  seed: number;
}

export const CLUSTER_DEFAULTS: ClusterOptions = { vocabulary: 12000, minCount: 3, contexts: 400, fine: 256, coarse: 32, iterations: 8, seed: 7 };

const byCountThenWord = (a: [string, number], b: [string, number]) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

interface Sparse {
  idx: Int32Array;
  val: Float64Array;
}

/** Spherical k-means over sparse unit vectors (dense centroids of `dims`): each row's cluster. */
function kmeans(rows: readonly Sparse[], dims: number, k: number, iterations: number, rand: () => number): Int32Array {
  const n = rows.length;
  const c = new Float64Array(k * dims);
  // Seeds: k distinct rows drawn by the seeded generator.
  const picked = new Set<number>();
  while (picked.size < Math.min(k, n)) picked.add(Math.floor(rand() * n));
  [...picked].forEach((r, j) => {
    const row = rows[r]!;
    for (let t = 0; t < row.idx.length; t++) c[j * dims + row.idx[t]!] = row.val[t]!;
  });
  const assign = new Int32Array(n).fill(-1);
  for (let it = 0; it < iterations; it++) {
    let moved = 0;
    for (let r = 0; r < n; r++) {
      const row = rows[r]!;
      let best = -1;
      let arg = 0;
      for (let j = 0; j < k; j++) {
        let dot = 0;
        const base = j * dims;
        for (let t = 0; t < row.idx.length; t++) dot += c[base + row.idx[t]!]! * row.val[t]!;
        if (dot > best) {
          best = dot;
          arg = j;
        }
      }
      if (assign[r] !== arg) moved++;
      assign[r] = arg;
    }
    c.fill(0);
    for (let r = 0; r < n; r++) {
      const row = rows[r]!;
      const base = assign[r]! * dims;
      for (let t = 0; t < row.idx.length; t++) c[base + row.idx[t]!]! += row.val[t]!;
    }
    for (let j = 0; j < k; j++) {
      let norm = 0;
      for (let d = 0; d < dims; d++) norm += c[j * dims + d]! ** 2;
      norm = Math.sqrt(norm) || 1;
      for (let d = 0; d < dims; d++) c[j * dims + d]! /= norm;
    }
    if (!moved) break;
  }
  return assign;
}

/** Clusters of the words of `sentences` (each a list of word forms, as written). */
export function learnClusters(sentences: readonly (readonly string[])[], opts: ClusterOptions = CLUSTER_DEFAULTS): WordClusters {
  const counts = new Map<string, number>();
  for (const s of sentences) for (const w of s) counts.set(w, (counts.get(w) ?? 0) + 1);
  const ranked = [...counts].sort(byCountThenWord);
  const vocab = ranked.filter(([, c]) => c >= opts.minCount).slice(0, opts.vocabulary).map(([w]) => w);
  const ctxIndex = new Map(ranked.slice(0, opts.contexts).map(([w], i) => [w, i]));
  const wordIndex = new Map(vocab.map((w, i) => [w, i]));
  const dims = 2 * (opts.contexts + 1);
  const BOUNDARY = opts.contexts;
  const cooc: Map<number, number>[] = vocab.map(() => new Map());
  for (const s of sentences)
    for (let i = 0; i < s.length; i++) {
      const r = wordIndex.get(s[i]!);
      if (r === undefined) continue;
      const left = i > 0 ? ctxIndex.get(s[i - 1]!) : BOUNDARY;
      const right = i + 1 < s.length ? ctxIndex.get(s[i + 1]!) : BOUNDARY;
      const m = cooc[r]!;
      if (left !== undefined) m.set(left, (m.get(left) ?? 0) + 1);
      if (right !== undefined) m.set(opts.contexts + 1 + right, (m.get(opts.contexts + 1 + right) ?? 0) + 1);
    }
  const rows: Sparse[] = cooc.map((m) => {
    const keys = [...m.keys()].sort((a, b) => a - b);
    const val = Float64Array.from(keys, (d) => Math.log1p(m.get(d)!));
    let norm = 0;
    for (const v of val) norm += v * v;
    norm = Math.sqrt(norm) || 1;
    for (let t = 0; t < val.length; t++) val[t]! /= norm;
    return { idx: Int32Array.from(keys), val };
  });
  const rand = rng(opts.seed);
  const fine = kmeans(rows, dims, opts.fine, opts.iterations, rand);
  // Coarse level: the fine clusters' mean vectors, clustered again.
  const sums: Map<number, number>[] = Array.from({ length: opts.fine }, () => new Map());
  rows.forEach((row, r) => {
    const m = sums[fine[r]!]!;
    for (let t = 0; t < row.idx.length; t++) m.set(row.idx[t]!, (m.get(row.idx[t]!) ?? 0) + row.val[t]!);
  });
  const centroids: Sparse[] = sums.map((m) => {
    const keys = [...m.keys()].sort((a, b) => a - b);
    const val = Float64Array.from(keys, (d) => m.get(d)!);
    const norm = Math.sqrt(val.reduce((a, v) => a + v * v, 0)) || 1;
    return { idx: Int32Array.from(keys), val: val.map((v) => v / norm) };
  });
  const coarse = kmeans(centroids, dims, opts.coarse, opts.iterations, rand);
  return { words: vocab, fine: Array.from(fine), coarse: Array.from(coarse) };
}
