// The words around one quotation that can attribute it: its sentence before the opening
// mark (`pre`) and after the closing mark (`post`), or the next sentence when the quote
// ends its own ("“…?” Vitter asked."). Windows are capped so a page of thousands of
// quotes in one sentence stays linear.
import { type Doc, type Sentence, sentenceAt, tokenIndexAt } from '../document';
import type { QuoteSpan } from '../quote-spans';
import type { Token } from '../tokens';

/** Attribution phrases are short; 60 tokens reach any "X, the …, said" frame. */
const MAX_PRE = 60;
const MAX_POST = 40;
/** Tokens read before the quotation at most, kept or not: a page of tiny quotes stays linear. */
const MAX_SCAN = 4 * MAX_PRE;

export interface QuoteWindow {
  pre: Token[];
  post: Token[];
  /** Sentences holding the opening and the closing mark. */
  openSentence: number | null;
  closeSentence: number | null;
  /** `post` is the next sentence (the quote ended its own). */
  postIsNextSentence: boolean;
  /** `post` stops at the next quotation's opening mark. */
  postCutByQuote: boolean;
  /** Text of the sentence before the opening mark and after the closing mark. */
  before: string;
  after: string;
}

const isMark = (t: Token) => !t.word && /["“”„«»‘’']/.test(t.text);

function slice(s: Sentence, from: number, to: number): Token[] {
  return s.tokens.slice(tokenIndexAt(s.tokens, from), tokenIndexAt(s.tokens, to));
}

export function quoteWindow(doc: Doc, qi: number): QuoteWindow {
  const q: QuoteSpan = doc.spans[qi]!;
  const nextQ = doc.spans[qi + 1];
  const openSentence = sentenceAt(doc, Math.max(0, q.start - 1)) ?? sentenceAt(doc, q.start);
  const closeSentence = sentenceAt(doc, q.end) ?? sentenceAt(doc, Math.max(0, q.end - 1));
  const sentOpen = openSentence === null ? undefined : doc.sentences[openSentence];
  const preFrom = sentOpen?.start ?? doc.blocks[q.block]!.start;
  const pre: Token[] = [];
  if (sentOpen) {
    const toks = sentOpen.tokens;
    const from = Math.max(preFrom, q.start - 1 - 2000);
    // Backwards from the opening mark, reading at most MAX_SCAN tokens (quoted words and marks are skipped, not kept).
    for (let i = tokenIndexAt(toks, q.start - 1) - 1, n = 0; i >= 0 && pre.length < MAX_PRE && n < MAX_SCAN; i--, n++) {
      const t = toks[i]!;
      if (t.start < from) break;
      if (t.end <= q.start - 1 && !doc.inQuote(t.start) && !isMark(t)) pre.push(t);
    }
  }
  pre.reverse();
  let postIdx = closeSentence;
  if (closeSentence !== null && doc.sentences[closeSentence]!.end <= q.end + 1) {
    const nx = doc.sentences[closeSentence + 1];
    postIdx = nx && nx.block === q.block ? closeSentence + 1 : null;
  }
  const postSent = postIdx === null ? undefined : doc.sentences[postIdx];
  const nextStart = nextQ && nextQ.block === q.block ? nextQ.start - 1 : Number.POSITIVE_INFINITY;
  const postEnd = Math.min(postSent?.end ?? q.end + 1, nextStart);
  const post = postSent ? slice(postSent, q.end + 1, postEnd).filter((t) => t.end <= postEnd && !isMark(t)).slice(0, MAX_POST) : [];
  return {
    pre,
    post,
    openSentence,
    closeSentence,
    postIsNextSentence: postIdx !== closeSentence,
    postCutByQuote: postSent !== undefined && nextStart < postSent.end,
    before: doc.text.slice(Math.max(preFrom, q.start - 1 - 400), Math.max(preFrom, q.start - 1)),
    after: doc.text.slice(Math.min(q.end + 1, postEnd), Math.max(q.end + 1, Math.min(postEnd, q.end + 400))),
  };
}
