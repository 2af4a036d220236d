// What an attribution pattern reads (the words around a quotation) and what it finds (a speaker
// phrase with its cue). Its own module: the English sieve and the other languages' rules share it.
import type { PhraseDoc, SpeakerRef } from '../noun-phrases';
import type { Token } from '../tokens';

export interface RuleHit {
  ref: SpeakerRef;
  /** The words that carry the attribution: "said", "according to". */
  cue: string;
  rule: string;
  confidence: number;
}

export interface QuoteContext {
  pre: Token[];
  post: Token[];
  doc: PhraseDoc;
  /** `post` is the next sentence (the quote ended its own): only a bare "X said." attributes back. */
  postIsNextSentence?: boolean;
  /** `post` stops at the next quotation's opening mark. */
  postCutByQuote?: boolean;
}
