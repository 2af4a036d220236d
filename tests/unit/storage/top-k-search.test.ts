// topK reads MiniSearch's own index: its results must be MiniSearch's `search` results, best first,
// cut to the limit (ties broken by time, then id). A MiniSearch upgrade that changes what topK
// reads, or how MiniSearch scores, fails here.
import MiniSearch, { type SearchResult } from 'minisearch';
import { describe, expect, it } from 'vitest';
import { rng } from '../../../scripts/rng';
import { topK, type TopKQuery } from '../../../src/storage/top-k-search';

const WORDS = 'sanctions sanction sanctioned harbour harbor strike striker grain gain export import tariff tariffs okafor okafur peace piece talks vote budget'.split(' ');
const FIELDS = ['speakerText', 'tagText', 'note', 'text'] as const;
const BOOST = { speakerText: 3, tagText: 3, note: 1.5, text: 1 };

interface Doc {
  id: string;
  speakerText: string;
  tagText: string;
  note: string;
  text: string;
}

function corpus(n: number, seed: number): Doc[] {
  const rand = rng(seed);
  const words = (k: number) => Array.from({ length: k }, () => WORDS[Math.floor(rand() * WORDS.length)]).join(' ');
  return Array.from({ length: n }, (_, i) => ({
    id: `d${i}`,
    speakerText: rand() < 0.3 ? words(2) : '',
    tagText: rand() < 0.2 ? words(1) : '',
    note: rand() < 0.3 ? words(4) : '',
    text: words(3 + Math.floor(rand() * 12)),
  }));
}

const typo = (t: string) => (t.length < 4 ? 0 : t.length < 8 ? 1 : 2);
const time = (id: string) => Number(id.slice(1)) % 7;

function expected(mini: MiniSearch<Doc>, q: TopKQuery, limit: number): { id: string; score: number; terms: string[] }[] {
  const last = q.terms.length - 1;
  const results = mini.search(q.terms.join(' '), {
    combineWith: q.combineWith,
    boost: q.boost,
    prefix: (t, i) => q.prefix(t, i) && i <= last,
    fuzzy: (t) => q.fuzzy(t),
    filter: q.accept ? (r: SearchResult) => q.accept!(r.id) : undefined,
  });
  results.sort((a, b) => b.score - a.score || time(b.id) - time(a.id) || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
  return results.slice(0, limit).map((r) => ({ id: r.id, score: r.score, terms: [...r.terms].sort() }));
}

function build(docs: Doc[]): MiniSearch<Doc> {
  const mini = new MiniSearch<Doc>({ fields: [...FIELDS], tokenize: (s) => s.split(' ').filter(Boolean), processTerm: (t) => t });
  mini.addAll(docs);
  return mini;
}

function same(mini: MiniSearch<Doc>, q: TopKQuery, limit: number): void {
  const want = expected(mini, q, limit);
  const got = topK(mini as MiniSearch<unknown>, q, limit, time).map((r) => ({ ...r, terms: [...r.terms].sort() }));
  expect(got.map((r) => r.id)).toEqual(want.map((r) => r.id));
  got.forEach((r, i) => {
    expect(r.score).toBeCloseTo(want[i]!.score, 9);
    expect(r.terms).toEqual(want[i]!.terms);
  });
}

describe('topK ranks as MiniSearch does', () => {
  const docs = corpus(3000, 7);
  const mini = build(docs);
  const queries = [
    ['sanctions'],
    ['sanc'],
    ['harbour', 'strike'],
    ['grain', 'export', 'tariff'],
    ['okafur'],
    ['sanctoins', 'talks'],
    ['peace', 'peace'],
    ['vote', 'zzz'],
    ['ta'],
  ];
  for (const terms of queries) {
    for (const combineWith of ['AND', 'OR'] as const) {
      it(`${terms.join(' ')} (${combineWith})`, () => {
        const q: TopKQuery = { terms, prefix: (t, i) => i === terms.length - 1 && t.length >= 2, fuzzy: typo, boost: BOOST, combineWith };
        for (const limit of [1, 10, 51, 100_000]) same(mini, q, limit);
      });
    }
  }

  it('applies filters before scoring, and asks each document once', () => {
    const asked = new Map<string, number>();
    const accept = (id: string) => {
      asked.set(id, (asked.get(id) ?? 0) + 1);
      return Number(id.slice(1)) % 3 === 0;
    };
    for (const combineWith of ['AND', 'OR'] as const) {
      asked.clear();
      const q: TopKQuery = { terms: ['harbour', 'strik'], prefix: (_t, i) => i === 1, fuzzy: typo, boost: BOOST, combineWith, accept };
      same(mini, q, 51);
      asked.clear();
      topK(mini as MiniSearch<unknown>, q, 51, time);
      expect(Math.max(...asked.values())).toBe(1);
    }
  });

  it('skips discarded documents and follows replaced ones', async () => {
    const m = build(corpus(500, 3));
    for (let i = 0; i < 500; i += 4) m.discard(`d${i}`);
    m.add({ id: 'd4', speakerText: 'okafor', tagText: '', note: '', text: 'sanctions sanctions harbour' });
    const queries = [['sanctions'], ['okafor', 'harbour'], ['harb']].map((terms): TopKQuery => ({ terms, prefix: () => true, fuzzy: typo, boost: BOOST, combineWith: 'AND' }));
    for (const q of queries) {
      const got = topK(m as MiniSearch<unknown>, q, 1000, time).map((r) => r.id);
      expect(got.filter((id) => id !== 'd4' && Number(id.slice(1)) % 4 === 0)).toEqual([]);
    }
    expect(topK(m as MiniSearch<unknown>, queries[1]!, 1000, time).map((r) => r.id)).toContain('d4');
    // Once the discarded entries are gone (MiniSearch counts them in a word's frequency until then), the scores agree too.
    await m.vacuum();
    for (const q of queries) same(m, q, 20);
  });

  it('matches on an index loaded from its JSON', () => {
    const loaded = MiniSearch.loadJS<Doc>(JSON.parse(JSON.stringify(mini)), { fields: [...FIELDS], tokenize: (s) => s.split(' '), processTerm: (t) => t });
    same(loaded, { terms: ['tariff', 'gra'], prefix: (_t, i) => i === 1, fuzzy: typo, boost: BOOST, combineWith: 'AND' }, 30);
  });
});
