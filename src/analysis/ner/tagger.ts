// The named-entity tagger: features → emission scores → Viterbi → entity spans.
import type { Token } from '../tokens';
import { type DocumentContext, visitFeatures } from './features';
import { fnv1a, fnv1aFrom } from './hash';
import { NUM_LABELS, spansOf, type TaggedSpan } from './labels';
import { type NerModel, rowOf } from './model';
import { viterbi } from './viterbi';

const L = NUM_LABELS;

/** BIO label indices for one sentence's tokens. Features are hashed as they come, never built as strings. */
/** Hashes of the feature prefixes: a few dozen constant strings, hashed once. */
const PREFIX_HASHES = new Map<string, number>();

export function tagLabels(model: NerModel, tokens: readonly Token[], doc: DocumentContext): Uint8Array {
  const emit = new Float64Array(tokens.length * L);
  const w = model.weights;
  visitFeatures(tokens, doc, { lexicons: model.lexicons }, (i, prefix, value, more1, more2, more3, more4) => {
    let h = PREFIX_HASHES.get(prefix);
    if (h === undefined) {
      h = fnv1a(prefix);
      PREFIX_HASHES.set(prefix, h);
    }
    h = fnv1aFrom(h, value);
    if (more1 !== undefined) h = fnv1aFrom(h, more1);
    if (more2 !== undefined) h = fnv1aFrom(h, more2);
    if (more3 !== undefined) h = fnv1aFrom(h, more3);
    if (more4 !== undefined) h = fnv1aFrom(h, more4);
    const r = rowOf(model, h);
    if (r < 0) return;
    for (let y = 0; y < L; y++) emit[i * L + y]! += w[r * L + y]!;
  });
  for (let k = 0; k < emit.length; k++) emit[k]! *= model.scale;
  return viterbi(tokens.length, emit, model.trans, model.start);
}

/** Entity spans (token ranges) of one sentence. */
export function tagSentence(model: NerModel, tokens: readonly Token[], doc: DocumentContext): TaggedSpan[] {
  return spansOf(tagLabels(model, tokens, doc));
}
