// Runs inside Chromium (bundled by bench/search-libraries.ts): indexes the same generated library
// with MiniSearch (through Quotelight's SearchIndex) and with Orama, and times what the library
// page needs of each. Only the free-text part of the ranking queries is compared (Orama has no
// per-word typo allowance or word-prefix filters), each library configured as close as it allows.
import { create, insertMultiple, insert, load, remove, save, search } from '@orama/orama';
import { seedRecords } from '../scripts/seed-records';
import type { AnnotationRecord, ArticleRecord } from '../src/shared/records';
import { effectiveSpeaker } from '../src/shared/speakers';
import { BOOSTS, SearchIndex } from '../src/storage/search-index';
import { parseQuery } from '../src/storage/search-query';
import { plantedRecords, plantId, RANKING_QUERIES } from '../tests/fixtures/search-ranking';

export interface Figures {
  build: number;
  heapMB: number;
  serializedMB: number;
  serialize: number;
  load: number;
  add: number;
  remove: number;
  queries: number[];
  top3: number;
}

declare const gc: () => void;
const heap = () => {
  gc();
  return (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize / 2 ** 20;
};

/** Queries as typed one letter more at a time, plus the ranking queries' words. */
function typedQueries(): string[] {
  const out: string[] = [];
  for (const { query } of RANKING_QUERIES) {
    const words = parseQuery(query).terms.join(' ');
    if (!words) continue;
    for (let n = 2; n <= words.length; n += 2) out.push(words.slice(0, n));
    out.push(words);
  }
  return out;
}

function library(annotations: number): { articles: Map<string, ArticleRecord>; rows: AnnotationRecord[] } {
  const articles = new Map<string, ArticleRecord>();
  const rows: AnnotationRecord[] = [];
  for (const chunk of seedRecords({ articles: annotations / 20, annotations })) {
    for (const a of chunk.articles) articles.set(a.id, a);
    rows.push(...chunk.annotations);
  }
  const planted = plantedRecords();
  for (const a of planted.articles) articles.set(a.id, a);
  rows.push(...planted.annotations);
  return { articles, rows };
}

async function timeQueries(run: (q: string, partial: boolean) => Promise<string[]> | string[]): Promise<{ ms: number[]; top3: number }> {
  const ms: number[] = [];
  for (const q of typedQueries()) {
    const t0 = performance.now();
    await run(q, true);
    ms.push(performance.now() - t0);
  }
  let top3 = 0;
  for (const { query, expect } of RANKING_QUERIES) {
    const words = parseQuery(query).terms.join(' ');
    if (words && (await run(words, false)).slice(0, 3).includes(plantId(expect))) top3++;
  }
  return { ms, top3 };
}

export async function miniSearchFigures(n: number): Promise<Figures> {
  const { articles, rows } = library(n);
  const before = heap();
  const t0 = performance.now();
  const index = new SearchIndex();
  index.putAnnotations(rows, (id) => articles.get(id));
  const build = performance.now() - t0;
  const heapMB = heap() - before;
  const extra = { ...rows[0]!, id: 'bench-extra', text: 'an added passage about hovercraft' };
  const t1 = performance.now();
  index.putAnnotations([extra], (id) => articles.get(id));
  const add = performance.now() - t1;
  const t2 = performance.now();
  index.removeAnnotation('bench-extra');
  const remove = performance.now() - t2;
  const t3 = performance.now();
  const json = JSON.stringify((index as unknown as { annotations: object }).annotations);
  const serialize = performance.now() - t3;
  const MiniSearch = (await import('minisearch')).default;
  const t4 = performance.now();
  MiniSearch.loadJSON(json, { fields: Object.keys(BOOSTS) });
  const loaded = performance.now() - t4;
  const { ms, top3 } = await timeQueries((q, partial) =>
    index.searchAnnotations({ ...parseQuery(q), lastIsPartial: partial }, {}, 50).map((r) => r.id),
  );
  return { build, heapMB, serializedMB: json.length / 2 ** 20, serialize, load: loaded, add, remove, queries: ms, top3 };
}

const ORAMA_SCHEMA = {
  text: 'string',
  note: 'string',
  speakerText: 'string',
  tagText: 'string',
  title: 'string',
  siteText: 'string',
  updated: 'number',
} as const;

function oramaDoc(a: AnnotationRecord, article: ArticleRecord) {
  return {
    id: a.id,
    text: a.text,
    note: a.note ?? '',
    speakerText: effectiveSpeaker(a) ?? '',
    tagText: a.tags.join(' '),
    title: article.title,
    siteText: article.site,
    updated: a.updated,
  };
}

export async function oramaFigures(n: number): Promise<Figures> {
  const { articles, rows } = library(n);
  const docs = rows.map((a) => oramaDoc(a, articles.get(a.articleId)!));
  const before = heap();
  const t0 = performance.now();
  const db = create({ schema: ORAMA_SCHEMA });
  await insertMultiple(db, docs, 5000);
  const build = performance.now() - t0;
  const heapMB = heap() - before;
  const t1 = performance.now();
  await insert(db, { ...docs[0]!, id: 'bench-extra', text: 'an added passage about hovercraft' });
  const add = performance.now() - t1;
  const t2 = performance.now();
  await remove(db, 'bench-extra');
  const removed = performance.now() - t2;
  const t3 = performance.now();
  const json = JSON.stringify(await save(db));
  const serialize = performance.now() - t3;
  const t4 = performance.now();
  const fresh = create({ schema: ORAMA_SCHEMA });
  await load(fresh, JSON.parse(json));
  const loaded = performance.now() - t4;
  const { ms, top3 } = await timeQueries(async (q, partial) => {
    // Orama matches every word as a prefix unless `exact`; its typo tolerance is one number for all words.
    const r = await search(db, { term: q, tolerance: 1, boost: BOOSTS, limit: 50, exact: !partial });
    return r.hits.map((h) => h.id);
  });
  return { build, heapMB, serializedMB: json.length / 2 ** 20, serialize, load: loaded, add, remove: removed, queries: ms, top3 };
}

Object.assign(globalThis, { miniSearchFigures, oramaFigures });
