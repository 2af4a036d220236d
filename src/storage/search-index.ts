// An in-memory word index over all annotations, for the library's search. IndexedDB answers a
// prefix query key by key (tens of microseconds each in Chromium), which at 100k annotations is
// hundreds of milliseconds; in memory the same query takes a few. Built from the table on demand
// and thrown away on any write, so it never disagrees with what is stored.

export interface IndexedRow {
  id: string;
  updated: number;
  words: readonly string[];
}

export class SearchIndex {
  private readonly rowOf: Map<string, number>;

  private constructor(
    private readonly ids: string[],
    private readonly updated: Float64Array,
    /** Every distinct word, sorted, so a prefix is one contiguous run. */
    private readonly vocab: string[],
    /** Row numbers for each word of `vocab`, same order. */
    private readonly postings: Int32Array[],
  ) {
    this.rowOf = new Map(ids.map((id, i) => [id, i]));
  }

  static build(rows: readonly IndexedRow[]): SearchIndex {
    const byWord = new Map<string, number[]>();
    rows.forEach((row, i) => {
      for (const w of row.words) {
        const list = byWord.get(w);
        if (list) list.push(i);
        else byWord.set(w, [i]);
      }
    });
    const vocab = [...byWord.keys()].sort();
    return new SearchIndex(
      rows.map((r) => r.id),
      Float64Array.from(rows, (r) => r.updated),
      vocab,
      vocab.map((w) => Int32Array.from(byWord.get(w)!)),
    );
  }

  get size(): number {
    return this.ids.length;
  }

  /** Ids of the `limit` newest rows having, for every token, a word that starts with it. */
  search(tokens: readonly string[], limit: number): string[] {
    if (tokens.length === 0) return [];
    const sets = tokens.map((t) => this.rowsWithPrefix(t)).sort((a, b) => a.size - b.size);
    const [smallest, ...others] = sets;
    const rows = [...smallest!].filter((r) => others.every((s) => s.has(r)));
    return this.newestRows(rows, limit);
  }

  /** The given ids that the index holds, newest first (ties by id, descending), at most `limit`. */
  newest(ids: Iterable<string>, limit: number): string[] {
    const rows: number[] = [];
    for (const id of ids) {
      const r = this.rowOf.get(id);
      if (r !== undefined) rows.push(r);
    }
    return this.newestRows(rows, limit);
  }

  private newestRows(rows: number[], limit: number): string[] {
    const { ids, updated } = this;
    rows.sort((a, b) => newestFirst(updated[a]!, updated[b]!, ids[a]!, ids[b]!));
    return rows.slice(0, limit).map((r) => ids[r]!);
  }

  private rowsWithPrefix(prefix: string): Set<number> {
    const out = new Set<number>();
    for (let i = lowerBound(this.vocab, prefix); i < this.vocab.length && this.vocab[i]!.startsWith(prefix); i++) {
      for (const r of this.postings[i]!) out.add(r);
    }
    return out;
  }
}

/** The order of a time index walked backwards, which every search path must agree on: ties by id, descending. */
export function newestFirst(timeA: number, timeB: number, idA: string, idB: string): number {
  return timeB - timeA || (idA < idB ? 1 : idA > idB ? -1 : 0);
}

function lowerBound(sorted: readonly string[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
