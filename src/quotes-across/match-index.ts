// The quotes of every stored article, indexed to find the ones that may be the same statement as a
// quote being read. Each quote of six words or more is cut into overlapping three-word shingles kept
// in an inverted index (shingle → quotes); a lookup counts shared shingles per stored quote and aligns
// only the best few. Three words catch a one-word change in a six-word quote (three shingles survive)
// and a trimmed part of a longer quote (all its shingles are there), which MinHash over whole quotes
// would miss (a short part of a long quote has a low Jaccard similarity). Shorter quotes go in a
// table of whole quotes: they match only word for word. Adding and removing one quote touches only
// its own shingles, so the index follows every write instead of being rebuilt.
import { type Comparison, compareQuotes, MIN_FUZZY_WORDS } from './compare';
import { type QuoteWords, quoteWords } from './normalize';
import { PostingTable } from './posting-table';
import type { Speaker } from '../analysis/types';

export interface IndexedQuote {
  id: string;
  articleId: string;
  text: string;
  speaker: Speaker;
}

export interface QuoteMatch extends Comparison {
  kind: 'same' | 'reworded';
  quote: IndexedQuote;
}

interface Entry {
  quote: IndexedQuote;
  /** Where its word ids (the index's vocabulary) sit in the pool, for shingles and alignment without re-reading text. */
  at: number;
  length: number;
  ellipses: number[];
}

/** Stored quotes aligned per looked-up quote, the ones sharing most shingles first. */
export const MAX_ALIGNED = 40;
/**
 * A shingle in more stored quotes than this is a stock phrase, not evidence;
 * it is skipped when the quote has rarer ones.
 */
export const COMMON_SHINGLE = 2000;

const SHINGLE = 3;
const NO_ELLIPSES: number[] = [];
/** From this many shingles in the looked-up quote (nine words), a candidate must share two of them. */
export const MIN_SHINGLES_FOR_TWO = 7;

function mix(h: number, x: number): number {
  h = Math.imul(h ^ x, 0x9e3779b1);
  return (h ^ (h >>> 15)) >>> 0;
}

function shinglesOf(ids: Uint32Array): number[] {
  const out = new Set<number>();
  for (let k = 0; k + SHINGLE <= ids.length; k++) out.add(mix(mix(mix(0x811c9dc5, ids[k]!), ids[k + 1]!), ids[k + 2]!));
  return [...out];
}

function wholeKey(ids: Uint32Array): number {
  let h = 0x01000193;
  for (const x of ids) h = mix(h, x);
  return mix(h, ids.length);
}

export class QuoteMatchIndex {
  private readonly vocabulary = new Map<string, number>();
  /** Word of each id (ids start at 1). */
  private readonly wordOf: string[] = [''];
  private readonly slots: (Entry | undefined)[] = [];
  private readonly slotOf = new Map<string, number>();
  /** Quote ids per article, so an article's quotes can be replaced or removed as one. */
  private readonly byArticle = new Map<string, Set<string>>();
  private readonly shingles = new PostingTable();
  private readonly whole = new PostingTable();
  /** Every stored quote's word ids end to end (one typed array, not one per quote); removed ones leave gaps until compacted. */
  private pool = new Uint32Array(1 << 16);
  private poolUsed = 0;
  private poolGaps = 0;
  /** Per-slot shingle counts of the current lookup, reused. */
  private counts = new Uint32Array(0);

  get size(): number {
    return this.slotOf.size;
  }

  private idsOf(words: readonly string[], grow: boolean): Uint32Array {
    const ids = new Uint32Array(words.length);
    words.forEach((w, k) => {
      let id = this.vocabulary.get(w);
      if (id === undefined) {
        // A word no stored quote has: it cannot match, any id outside the vocabulary will do.
        id = grow ? this.wordOf.length : 0;
        if (grow) {
          this.vocabulary.set(w, id);
          this.wordOf.push(w);
        }
      }
      ids[k] = id;
    });
    return ids;
  }

  /** Adds a quote, or replaces the one stored under its id. */
  put(quote: IndexedQuote): void {
    this.remove(quote.id);
    const w = quoteWords(quote.text);
    if (w.words.length === 0) return;
    const ids = this.idsOf(w.words, true);
    const slot = this.slots.length;
    this.slots.push({ quote, at: this.store(ids), length: ids.length, ellipses: w.ellipses.length > 0 ? w.ellipses : NO_ELLIPSES });
    this.slotOf.set(quote.id, slot);
    const ofArticle = this.byArticle.get(quote.articleId) ?? new Set();
    this.byArticle.set(quote.articleId, ofArticle.add(quote.id));
    this.whole.add(wholeKey(ids), slot);
    if (ids.length >= MIN_FUZZY_WORDS) for (const s of shinglesOf(ids)) this.shingles.add(s, slot);
  }

  remove(id: string): void {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return;
    const e = this.slots[slot]!;
    const ids = this.idsAt(e);
    this.whole.remove(wholeKey(ids), slot);
    if (ids.length >= MIN_FUZZY_WORDS) for (const s of shinglesOf(ids)) this.shingles.remove(s, slot);
    this.poolGaps += e.length;
    this.slots[slot] = undefined;
    this.slotOf.delete(id);
    const ofArticle = this.byArticle.get(e.quote.articleId);
    ofArticle?.delete(id);
    if (ofArticle?.size === 0) this.byArticle.delete(e.quote.articleId);
  }

  /** Ids of the stored quotes of one article. */
  idsOfArticle(articleId: string): string[] {
    return [...(this.byArticle.get(articleId) ?? [])];
  }

  has(id: string): boolean {
    return this.slotOf.has(id);
  }

  /** Every quote of other articles that is the same statement as `text`, best first. */
  lookup(text: string, excludeArticle: string | null): QuoteMatch[] {
    const w = quoteWords(text);
    if (w.words.length === 0) return [];
    const ids = this.idsOf(w.words, false);
    const candidates = new Set<number>();
    for (const s of this.whole.get(wholeKey(ids))) candidates.add(s);
    if (ids.length >= MIN_FUZZY_WORDS) for (const s of this.bestByShingles(ids)) candidates.add(s);
    const out: QuoteMatch[] = [];
    for (const slot of candidates) {
      const e = this.slots[slot];
      if (!e || e.quote.articleId === excludeArticle) continue;
      const c = compareQuotes(w, this.wordsOf(e));
      if (c.kind === 'different') continue;
      // A match is compared again on its words as written, for the difference to show.
      const shown = c.kind === 'same' ? c : compareQuotes(w, quoteWords(e.quote.text));
      out.push({ ...shown, kind: c.kind, quote: e.quote });
    }
    return out.sort((x, y) => Number(x.kind !== 'same') - Number(y.kind !== 'same') || y.shared - x.shared);
  }

  /** Stored quotes sharing the most shingles with `ids`, at most MAX_ALIGNED. */
  private bestByShingles(ids: Uint32Array): number[] {
    if (this.counts.length < this.slots.length) this.counts = new Uint32Array(Math.max(1024, this.slots.length * 2));
    const counts = this.counts;
    const lists = shinglesOf(ids).map((s) => this.shingles.get(s));
    const rare = lists.filter((p) => p.length <= COMMON_SHINGLE);
    const touched: number[] = [];
    for (const p of rare.length > 0 ? rare : lists) {
      for (const slot of p) {
        if (counts[slot] === 0) touched.push(slot);
        counts[slot]!++;
      }
    }
    // A long quote sharing a single shingle with another shares one run of three words: not a statement.
    const least = lists.length >= MIN_SHINGLES_FOR_TWO ? 2 : 1;
    const kept = least === 1 ? touched : touched.filter((s) => counts[s]! >= least);
    kept.sort((x, y) => counts[y]! - counts[x]! || x - y);
    const best = kept.slice(0, MAX_ALIGNED);
    for (const s of touched) counts[s] = 0;
    return best;
  }

  private idsAt(e: Entry): Uint32Array {
    return this.pool.subarray(e.at, e.at + e.length);
  }

  /** Appends ids to the pool (compacted first when half of it is gaps, grown when full); returns where. */
  private store(ids: Uint32Array): number {
    if (this.poolGaps * 2 > this.poolUsed && this.poolUsed > 1 << 16) this.compact();
    if (this.poolUsed + ids.length > this.pool.length) {
      const bigger = new Uint32Array(Math.max(this.pool.length * 2, this.poolUsed + ids.length));
      bigger.set(this.pool.subarray(0, this.poolUsed));
      this.pool = bigger;
    }
    const at = this.poolUsed;
    this.pool.set(ids, at);
    this.poolUsed += ids.length;
    return at;
  }

  private compact(): void {
    const next = new Uint32Array(this.pool.length);
    let used = 0;
    for (const e of this.slots) {
      if (!e) continue;
      next.set(this.idsAt(e), used);
      e.at = used;
      used += e.length;
    }
    this.pool = next;
    this.poolUsed = used;
    this.poolGaps = 0;
  }

  /** A stored quote's folded words, from its ids (its text is read again only to show a match). */
  private wordsOf(e: Entry): QuoteWords {
    const words = Array.from(this.idsAt(e), (id) => this.wordOf[id]!);
    return { words, surface: words, ellipses: e.ellipses };
  }
}
