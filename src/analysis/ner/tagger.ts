// The named-entity tagger: features → emission scores → Viterbi → entity spans.
import type { Token } from '../tokens';
import { type DocumentContext, visitFeatures, WORD_ONLY_PREFIXES } from './features';
import { fnv1a, fnv1aFrom } from './hash';
import { NUM_LABELS, spansOf, type TaggedSpan } from './labels';
import { type NerModel, rowOf } from './model';
import { viterbi } from './viterbi';

const L = NUM_LABELS;

/** A feature prefix's hash, and whether the feature depends on the word alone. */
interface Prefix {
  hash: number;
  wordOnly: boolean;
}

/** The feature prefixes: a few dozen constant strings, hashed once. */
const PREFIXES = new Map<string, Prefix>();

/**
 * Per article (its DocumentContext, made per analysis) and model: each distinct word's summed
 * weights for its word-only features. A word met again is scored from here, not by hashing and
 * looking up its features again. Weights are integers until scaled, so the order of the sums
 * does not change a score.
 */
const WORD_SCORES = new WeakMap<DocumentContext, WordScores>();

/** Each word's L sums side by side in one growing pool, found by the word's offset. */
interface WordScores {
  model: NerModel;
  at: Map<string, number>;
  pool: Int32Array;
  used: number;
}

/** BIO label indices for one sentence's tokens. Features are hashed as they come, never built as strings. */
export function tagLabels(model: NerModel, tokens: readonly Token[], doc: DocumentContext): Uint8Array {
  let scores = WORD_SCORES.get(doc);
  if (!scores || scores.model !== model) {
    scores = { model, at: new Map(), pool: new Int32Array(1024 * L), used: 0 };
    WORD_SCORES.set(doc, scores);
  }
  const cache = scores;
  const sums = new Int32Array(tokens.length * L);
  // Word-only sums of the words not met before, per token.
  const fresh = new Int32Array(tokens.length * L);
  const known = new Uint8Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const at = cache.at.get(tokens[i]!.text);
    if (at === undefined) continue;
    known[i] = 1;
    for (let y = 0; y < L; y++) sums[i * L + y]! += cache.pool[at + y]!;
  }
  const w = model.weights;
  visitFeatures(
    tokens,
    doc,
    { lexicons: model.lexicons, gazetteer: model.gazetteer, clusters: model.clusters },
    (i, prefix, value, more1, more2, more3, more4) => {
      let p = PREFIXES.get(prefix);
      if (p === undefined) {
        p = { hash: fnv1a(prefix), wordOnly: WORD_ONLY_PREFIXES.has(prefix) };
        PREFIXES.set(prefix, p);
      }
      let h = fnv1aFrom(p.hash, value);
      if (more1 !== undefined) h = fnv1aFrom(h, more1);
      if (more2 !== undefined) h = fnv1aFrom(h, more2);
      if (more3 !== undefined) h = fnv1aFrom(h, more3);
      if (more4 !== undefined) h = fnv1aFrom(h, more4);
      const r = rowOf(model, h);
      if (r < 0) return;
      if (p.wordOnly) for (let y = 0; y < L; y++) fresh[i * L + y]! += w[r * L + y]!;
      else for (let y = 0; y < L; y++) sums[i * L + y]! += w[r * L + y]!;
    },
    (i) => known[i] === 1,
  );
  for (let i = 0; i < tokens.length; i++) {
    if (known[i]) continue;
    for (let y = 0; y < L; y++) sums[i * L + y]! += fresh[i * L + y]!;
    const text = tokens[i]!.text;
    if (cache.at.has(text)) continue;
    if (cache.used + L > cache.pool.length) {
      const bigger = new Int32Array(cache.pool.length * 2);
      bigger.set(cache.pool);
      cache.pool = bigger;
    }
    cache.pool.set(fresh.subarray(i * L, i * L + L), cache.used);
    cache.at.set(text, cache.used);
    cache.used += L;
  }
  const emit = new Float64Array(tokens.length * L);
  for (let k = 0; k < emit.length; k++) emit[k] = sums[k]! * model.scale;
  return viterbi(tokens.length, emit, model.trans, model.start);
}

/** Entity spans (token ranges) of one sentence. */
export function tagSentence(model: NerModel, tokens: readonly Token[], doc: DocumentContext): TaggedSpan[] {
  return spansOf(tagLabels(model, tokens, doc));
}
