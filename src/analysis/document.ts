// Stage "tokens": the article as sentences of tokens, and where its quotations are.
// Everything later reads positions through this, with binary searches, so no stage
// has to scan the whole text per quote.
import type { LanguageData } from './lang';
import { splitElisions } from './lang/elision';
import { EN } from './lang/en';
import { ASIDE_KINDS, findQuoteSpans, type QuoteSpan } from './quote-spans';
import { spanAt, splitSentences } from './sentences';
import { type Token, tokenize } from './tokens';
import type { ArticleText, Span, TextBlock } from './types';

export interface Sentence extends Span {
  block: number;
  tokens: Token[];
}

export interface Doc {
  title: string;
  text: string;
  blocks: TextBlock[];
  /** Quotation spans in text order. */
  spans: QuoteSpan[];
  sentences: Sentence[];
  /** Index of each block's first sentence; blockSentences(b) = sentences[first[b] .. first[b+1]). */
  blockFirstSentence: number[];
  inQuote: (pos: number) => boolean;
  /** Each block's position among the blocks of running text: captions and credits do not count,
   * so a quotation that continues past a photo caption is still the next paragraph. */
  proseIndex: number[];
  /** The language its words are read in (English for a language without data). */
  lang: LanguageData;
}

export function buildDoc(article: ArticleText, lang: LanguageData = EN): Doc {
  const { text, blocks } = article;
  const spans = findQuoteSpans(article);
  const inQuote = (pos: number) => {
    const at = spanAt(spans, pos);
    return at.inside;
  };
  const sentences: Sentence[] = [];
  const blockFirstSentence: number[] = [];
  blocks.forEach((b, bi) => {
    blockFirstSentence.push(sentences.length);
    for (const s of splitSentences(text, b.start, b.end, inQuote)) sentences.push({ ...s, block: bi, tokens: splitElisions(tokenize(text, s.start, s.end), lang.code) });
  });
  blockFirstSentence.push(sentences.length);
  let prose = 0;
  const proseIndex = blocks.map((b) => (ASIDE_KINDS.has(b.kind) ? prose : prose++));
  return { title: article.title, text, blocks, spans, sentences, blockFirstSentence, inQuote, proseIndex, lang };
}

/** The sentence holding `pos`, if any. */
export function sentenceAt(doc: Doc, pos: number): number | null {
  const at = spanAt(doc.sentences, pos);
  return at.inside ? at.index : null;
}

/** Index of the first token of `tokens` that starts at or after `pos` (tokens.length if none). */
export function tokenIndexAt(tokens: readonly Token[], pos: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function blockSentences(doc: Doc, block: number): Sentence[] {
  return doc.sentences.slice(doc.blockFirstSentence[block], doc.blockFirstSentence[block + 1]);
}
