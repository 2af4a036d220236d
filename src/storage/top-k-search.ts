// The library's ranked search, run on MiniSearch's own index: the same terms, weights and BM25+
// scores as MiniSearch's `search`, computed without its cost at scale. MiniSearch scores every
// document each word matches into an object per document, combines the maps, builds a result per
// match and sorts them all: a word found in a fifth of 100k annotations costs 20k objects, and
// three of them hundreds of milliseconds. Here scores go into typed arrays indexed by MiniSearch's
// short ids; with every word required, the rarest word is scored first and each next word only
// for the documents still in the running (looked up in its postings when those are fewer); filters
// are checked before a document is scored; only the best `limit` become results.
//
// It reads MiniSearch 7's protected members (its surface for subclasses): top-k-search.test.ts
// checks the results against MiniSearch's own `search` so an upgrade that changes them fails there.
import type MiniSearch from 'minisearch';

/** A posting list: short document id → the term's frequency in the field. */
type Postings = Map<number, number>;
/** A term's postings per field id. */
type FieldTermData = Map<number, Postings>;

interface TermMap {
  get(term: string): FieldTermData | undefined;
  keys(): Iterable<string>;
  atPrefix(prefix: string): Iterable<[string, FieldTermData]>;
  fuzzyGet(term: string, maxEditDistance: number): Map<string, [FieldTermData, number]>;
}

/** MiniSearch 7's protected state that scoring (and snapshot-json.ts) reads (see minisearch's index.d.ts). */
export interface Internals {
  _index: TermMap;
  _documentCount: number;
  _documentIds: Map<number, string>;
  _fieldIds: Record<string, number>;
  _fieldLength: Map<number, number[]>;
  _avgFieldLength: number[];
  _nextId: number;
  _storedFields: Map<number, Record<string, unknown>>;
  _dirtCount: number;
}

/** MiniSearch's defaults, which the index is built with: BM25+ parameters, and the weights of prefix and fuzzy matches. */
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };
const PREFIX_WEIGHT = 0.375;
const FUZZY_WEIGHT = 0.45;

export interface TopKQuery {
  /** Folded query words, in order (duplicates count twice, as in MiniSearch). */
  terms: readonly string[];
  /** Whether word `i` also matches as a prefix. */
  prefix: (term: string, i: number) => boolean;
  /** Edits allowed for a typo in `term` (0: none). */
  fuzzy: (term: string) => number;
  /** Field name → boost (every field is searched; those not named weigh 1, as in MiniSearch). */
  boost: Readonly<Record<string, number>>;
  combineWith: 'AND' | 'OR';
  /** Documents that may be returned at all (filters): asked at most once per document, before scoring it. */
  accept?: ((id: string) => boolean) | undefined;
}

export interface TopKResult {
  id: string;
  score: number;
  /** The indexed words that matched, for highlighting (MiniSearch's `terms`). */
  terms: string[];
}

/**
 * Per-document working arrays, indexed by short id, kept between searches of one index: zeroing
 * 100k entries of each per search would cost more than a rare word's search. An entry is valid only
 * where `seen` holds this search's generation; admit() resets it on first use.
 */
interface Scratch {
  score: Float64Array;
  /** -1: refused by the filters; else how many distinct words the document matched so far. */
  state: Int16Array;
  /** The last step (+1) that scored the document: a word matched counts once per step. */
  lastWord: Int32Array;
  /** A bit per distinct word matched (up to 31; more only count, not tell apart). */
  matchedBits: Int32Array;
  seen: Int32Array;
  generation: number;
}

const scratches = new WeakMap<object, Scratch>();

function scratchFor(mini: object, size: number): Scratch {
  let s = scratches.get(mini);
  if (!s || s.score.length < size) {
    const n = Math.max(1024, Math.ceil(size * 1.25));
    s = { score: new Float64Array(n), state: new Int16Array(n), lastWord: new Int32Array(n), matchedBits: new Int32Array(n), seen: new Int32Array(n), generation: 0 };
    scratches.set(mini, s);
  }
  s.generation++;
  return s;
}

interface Derived {
  term: string;
  weight: number;
  data: FieldTermData;
}

interface Field {
  id: number;
  boost: number;
  avgLength: number;
}

/** The index's words a query word stands for: itself, words it starts (prefix), words within its typo distance. */
function derive(index: TermMap, term: string, prefix: boolean, fuzzy: number): Derived[] {
  const out: Derived[] = [];
  const exact = index.get(term);
  if (exact) out.push({ term, weight: 1, data: exact });
  const prefixed = new Set<string>();
  if (prefix) {
    for (const [t, data] of index.atPrefix(term)) {
      const distance = t.length - term.length;
      if (!distance) continue;
      prefixed.add(t);
      out.push({ term: t, weight: (PREFIX_WEIGHT * t.length) / (t.length + 0.3 * distance), data });
    }
  }
  if (fuzzy > 0) {
    for (const [t, [data, distance]] of index.fuzzyGet(term, fuzzy)) {
      if (!distance || prefixed.has(t)) continue;
      out.push({ term: t, weight: (FUZZY_WEIGHT * t.length) / (t.length + distance), data });
    }
  }
  return out;
}

/** Postings a word's derived terms hold over the searched fields: an upper bound of the documents it matches. */
function postingCount(derived: readonly Derived[], fields: readonly Field[]): number {
  let n = 0;
  for (const d of derived) for (const f of fields) n += d.data.get(f.id)?.size ?? 0;
  return n;
}

/**
 * The best `limit` documents for the query, ranked as MiniSearch ranks them (BM25+ per field,
 * weighted by boost, prefix and typo distance; times the number of distinct words matched), ties
 * broken by `tieTime` (newer first), then by id.
 */
export function topK(mini: MiniSearch<unknown>, q: TopKQuery, limit: number, tieTime: (id: string) => number): TopKResult[] {
  const ix = mini as unknown as Internals;
  if (q.terms.length === 0 || limit <= 0) return [];
  const fields: Field[] = Object.entries(ix._fieldIds).map(([name, id]) => ({ id, boost: q.boost[name] ?? 1, avgLength: ix._avgFieldLength[id]! }));
  const words = q.terms.map((term, i) => ({ source: term, derived: derive(ix._index, term, q.prefix(term, i), q.fuzzy(term)) }));
  const all = q.combineWith === 'AND';
  if (all && words.some((w) => w.derived.length === 0)) return [];

  const { score, state, lastWord, matchedBits, seen, generation: G } = scratchFor(mini, ix._nextId);
  const docCount = ix._documentCount;
  const ids = ix._documentIds;
  const lengths = ix._fieldLength;
  const accept = q.accept;
  const sourceSeen = new Map<string, number>();
  // A repeated word scores again but counts once toward the number of words matched.
  const distinctIndex = words.map((w) => {
    const at = sourceSeen.get(w.source);
    if (at !== undefined) return at;
    sourceSeen.set(w.source, sourceSeen.size);
    return sourceSeen.size - 1;
  });
  const distinctWords = sourceSeen.size;

  // Every word required: rarest first, so each next word is scored for fewer documents.
  const order = words.map((_, i) => i);
  if (all) order.sort((a, b) => postingCount(words[a]!.derived, fields) - postingCount(words[b]!.derived, fields));

  let candidates: number[] | null = null;
  for (let step = 0; step < order.length; step++) {
    const w = order[step]!;
    const word = words[w]!;
    const bit = 1 << Math.min(distinctIndex[w]!, 30);
    const next: number[] = [];
    const add = (doc: number, weighted: number) => {
      if (lastWord[doc] !== step + 1) {
        lastWord[doc] = step + 1;
        if (all) next.push(doc);
        else if (state[doc] === 0) next.push(doc);
        if ((matchedBits[doc]! & bit) === 0) {
          matchedBits[doc]! |= bit;
          state[doc]!++;
        }
      }
      score[doc]! += weighted;
    };
    const admit = (doc: number): boolean => {
      if (seen[doc] !== G) {
        seen[doc] = G;
        score[doc] = 0;
        state[doc] = 0;
        lastWord[doc] = 0;
        matchedBits[doc] = 0;
      }
      const s = state[doc]!;
      if (s < 0) return false;
      if (s > 0 || !accept) return true;
      const id = ids.get(doc);
      if (id === undefined || !accept(id)) {
        state[doc] = -1;
        return false;
      }
      return true;
    };
    // Looking each candidate up in every posting list beats walking the lists when they are much longer.
    const lists = word.derived.reduce((n, d) => n + fields.filter((f) => d.data.has(f.id)).length, 0);
    const byLookup = all && candidates !== null && candidates.length * lists * 2 < postingCount(word.derived, fields);
    for (const d of word.derived) {
      for (const f of fields) {
        const postings = d.data.get(f.id);
        if (!postings) continue;
        const df = postings.size;
        const idf = Math.log(1 + (docCount - df + 0.5) / (df + 0.5));
        const factor = d.weight * f.boost * idf;
        const norm = BM25.k * (1 - BM25.b);
        const perLength = (BM25.k * BM25.b) / f.avgLength;
        if (byLookup) {
          for (const doc of candidates!) {
            const tf = postings.get(doc);
            if (tf === undefined) continue;
            const length = lengths.get(doc)![f.id]!;
            add(doc, factor * (BM25.d + (tf * (BM25.k + 1)) / (tf + norm + perLength * length)));
          }
          continue;
        }
        for (const [doc, tf] of postings) {
          // With every word required, only documents every earlier word matched stay in the running.
          if (all && step > 0 && (seen[doc] !== G || lastWord[doc]! < step)) continue;
          // A discarded document's postings stay until MiniSearch vacuums them; its lengths are gone at once.
          const docLengths = lengths.get(doc);
          if (docLengths === undefined || !admit(doc)) continue;
          add(doc, factor * (BM25.d + (tf * (BM25.k + 1)) / (tf + norm + perLength * docLengths[f.id]!)));
        }
      }
    }
    if (all) candidates = next;
    else candidates = candidates ? candidates.concat(next) : next;
  }
  // With every word required, the candidates left are those the last word scored.
  const found = candidates ?? [];
  if (found.length === 0) return [];
  // MiniSearch multiplies by the words matched ("quality"): all of them, or with OR however many.
  const final = (doc: number) => score[doc]! * (all ? distinctWords : state[doc]!);
  const ranked = selectBest(found, final, limit, (doc) => ids.get(doc)!, tieTime);
  return ranked.map((doc) => ({ id: ids.get(doc)!, score: final(doc), terms: matchedTerms(words, fields, doc) }));
}

/** The best `limit` of `docs` by score, then newer, then id; sorts only those that can make the cut. */
function selectBest(docs: readonly number[], score: (doc: number) => number, limit: number, idOf: (doc: number) => string, time: (id: string) => number): number[] {
  let pool = docs;
  if (docs.length > limit * 2) {
    const scores = Float64Array.from(docs, score).sort();
    const cutoff = scores[scores.length - Math.min(limit, scores.length)]!;
    pool = docs.filter((d) => score(d) >= cutoff);
  }
  const keyed = pool.map((doc) => ({ doc, score: score(doc), id: idOf(doc) }));
  const times = new Map<string, number>();
  const timeOf = (id: string) => {
    let t = times.get(id);
    if (t === undefined) {
      t = time(id);
      times.set(id, t);
    }
    return t;
  };
  keyed.sort((a, b) => b.score - a.score || timeOf(b.id) - timeOf(a.id) || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
  return keyed.slice(0, limit).map((k) => k.doc);
}

/** The index words that matched `doc`, in query order (exact, prefixes, typos), each once. */
function matchedTerms(words: readonly { derived: readonly Derived[] }[], fields: readonly Field[], doc: number): string[] {
  const out: string[] = [];
  for (const w of words) {
    for (const d of w.derived) {
      if (out.includes(d.term)) continue;
      if (fields.some((f) => d.data.get(f.id)?.has(doc))) out.push(d.term);
    }
  }
  return out;
}
