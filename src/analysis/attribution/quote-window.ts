// The words around one quotation that can attribute it: its sentence before the opening
// mark (`pre`) and after the closing mark (`post`), or the next sentence when the quote
// ends its own ("“…?” Vitter asked."). Windows are capped so a page of thousands of
// quotes in one sentence stays linear.
import { type Doc, sentenceAt, tokenIndexAt } from '../document';
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

const MARKS: ReadonlySet<string> = new Set(['"', '“', '”', '„', '«', '»', '‘', '’', "'"]);
const isMark = (t: Token) => !t.word && (t.text.length === 1 ? MARKS.has(t.text) : /["“”„«»‘’']/.test(t.text));

/**
 * Per sentence, the indices of the tokens a window may keep (outside every quotation, not a
 * mark), listed once: a window then reads only those, however many quoted words lie between.
 */
export class KeptTokens {
  private readonly kept = new Map<number, Int32Array>();
  constructor(private readonly doc: Doc) {}
  of(sentence: number): Int32Array {
    let k = this.kept.get(sentence);
    if (!k) {
      const toks = this.doc.sentences[sentence]!.tokens;
      const out: number[] = [];
      for (let i = 0; i < toks.length; i++) if (!isMark(toks[i]!) && !this.doc.inQuote(toks[i]!.start)) out.push(i);
      k = Int32Array.from(out);
      this.kept.set(sentence, k);
    }
    return k;
  }
}

/** Number of entries of the ascending `xs` that are <= x. */
function countAtMost(xs: Int32Array, x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Where the opening mark of the quotation whose words start at `start` stands, and where its
 * closing mark after `end`: French and Spanish write « … » with spaces inside, and the span
 * leaves them out. In English the marks touch the words: start - 1 and end.
 */
export function openMarkAt(text: string, start: number): number {
  let o = start - 1;
  while (o > 0 && SPACES.test(text[o]!)) o--;
  return o;
}
export function closeMarkAt(text: string, end: number): number {
  let c = end;
  while (c < text.length - 1 && SPACES.test(text[c]!)) c++;
  return c;
}
const SPACES = /[ \u00a0\u202f\u2009]/;

export function quoteWindow(doc: Doc, qi: number, kept: KeptTokens = new KeptTokens(doc)): QuoteWindow {
  const span: QuoteSpan = doc.spans[qi]!;
  // The window reads from the marks, wherever the spaces inside them put the words.
  const q = { start: openMarkAt(doc.text, span.start) + 1, end: closeMarkAt(doc.text, span.end), block: span.block };
  const nextQ = doc.spans[qi + 1];
  const openSentence = sentenceAt(doc, Math.max(0, q.start - 1)) ?? sentenceAt(doc, q.start);
  const closeSentence = sentenceAt(doc, q.end) ?? sentenceAt(doc, Math.max(0, q.end - 1));
  const sentOpen = openSentence === null ? undefined : doc.sentences[openSentence];
  const preFrom = sentOpen?.start ?? doc.blocks[q.block]!.start;
  const pre: Token[] = [];
  if (sentOpen) {
    const toks = sentOpen.tokens;
    const from = Math.max(preFrom, q.start - 1 - 2000);
    // Backwards from the opening mark over at most MAX_SCAN tokens (quoted words and marks are skipped, not kept).
    const last = tokenIndexAt(toks, q.start - 1) - 1;
    const first = Math.max(0, last - MAX_SCAN + 1, tokenIndexAt(toks, from));
    const ks = kept.of(openSentence!);
    for (let k = countAtMost(ks, last) - 1; k >= 0 && ks[k]! >= first && pre.length < MAX_PRE; k--) {
      const t = toks[ks[k]!]!;
      if (t.end <= q.start - 1) pre.push(t);
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
  const post: Token[] = [];
  if (postSent) {
    const toks = postSent.tokens;
    // The first MAX_POST tokens that are not marks, never reading past them.
    for (let i = tokenIndexAt(toks, q.end + 1), to = tokenIndexAt(toks, postEnd); i < to && post.length < MAX_POST; i++) {
      const t = toks[i]!;
      if (t.end <= postEnd && !isMark(t)) post.push(t);
    }
  }
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
