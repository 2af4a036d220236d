// The named-entity tagger: features → emission scores → Viterbi → entity spans.
import type { Token } from '../tokens';
import { type DocumentContext, sentenceFeatures } from './features';
import { spansOf, type TaggedSpan } from './labels';
import { emissions, type NerModel } from './model';
import { viterbi } from './viterbi';

/** BIO label indices for one sentence's tokens. */
export function tagLabels(model: NerModel, tokens: readonly Token[], doc: DocumentContext): Uint8Array {
  const feats = sentenceFeatures(tokens, doc, { lexicons: model.lexicons });
  return viterbi(tokens.length, emissions(model, feats), model.trans, model.start);
}

/** Entity spans (token ranges) of one sentence. */
export function tagSentence(model: NerModel, tokens: readonly Token[], doc: DocumentContext): TaggedSpan[] {
  return spansOf(tagLabels(model, tokens, doc));
}
