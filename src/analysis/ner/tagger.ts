// The named-entity tagger: features → emission scores → Viterbi → entity spans.
import type { Token } from '../tokens';
import { type DocumentContext, visitFeatures } from './features';
import { fnv1a, fnv1aFrom } from './hash';
import { NUM_LABELS, spansOf, type TaggedSpan } from './labels';
import { type NerModel, rowOf } from './model';
import { viterbi } from './viterbi';

const L = NUM_LABELS;

/** BIO label indices for one sentence's tokens. Features are hashed as they come, never built as strings. */
export function tagLabels(model: NerModel, tokens: readonly Token[], doc: DocumentContext): Uint8Array {
  const emit = new Float64Array(tokens.length * L);
  const w = model.weights;
  const prefixes = new Map<string, number>();
  visitFeatures(tokens, doc, { lexicons: model.lexicons }, (i, prefix, value) => {
    let ph = prefixes.get(prefix);
    if (ph === undefined) {
      ph = fnv1a(prefix);
      prefixes.set(prefix, ph);
    }
    const r = rowOf(model, fnv1aFrom(ph, value));
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
