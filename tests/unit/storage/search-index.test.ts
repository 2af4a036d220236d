import { describe, expect, it } from 'vitest';
import type { AnnotationRecord, ArticleRecord } from '../../../src/shared/records';
import { SearchIndex, typoDistance } from '../../../src/storage/search-index';
import { parseQuery } from '../../../src/storage/search-query';
import { annotationRecord } from '../support/records';
import { parseSpeaker } from '../../../src/shared/speaker-value';

function article(id: string, over: Partial<ArticleRecord> = {}): ArticleRecord {
  return {
    id,
    urls: [id],
    title: 'Untitled',
    site: 'Harbour Times',
    byline: null,
    published: '2024-05-01T00:00:00Z',
    lang: 'en',
    firstSeen: 1,
    lastSeen: 1,
    counts: { quotes: 0, actors: 0, highlights: 0, notes: 0 },
    ...over,
  };
}

function row(id: string, articleId: string, text: string, over: Partial<AnnotationRecord> = {}): AnnotationRecord {
  return annotationRecord({
    id,
    articleId,
    kind: 'quote',
    text,
    selectors: {
      quote: { type: 'TextQuoteSelector', exact: text, prefix: '', suffix: '' },
      position: { type: 'TextPositionSelector', start: 0, end: text.length },
      astralBefore: 0,
    },
    ...over,
  });
}

const A = article('https://harbour.example/a', { title: 'Port strike enters its second week' });
const B = article('https://ledger.example/b', { site: 'The Daily Ledger', title: 'Budget vote delayed', published: '2025-03-10T00:00:00Z' });
const articles = new Map([A, B].map((a) => [a.id, a]));

function indexOf(rows: AnnotationRecord[]): SearchIndex {
  const index = new SearchIndex();
  for (const a of articles.values()) index.putArticle(a);
  index.putAnnotations(rows, (id) => articles.get(id));
  return index;
}

const ids = (index: SearchIndex, query: string, limit = 10) =>
  index.searchAnnotations(parseQuery(query), parseQuery(query).filters, limit).map((r) => r.id);

describe('SearchIndex ranking', () => {
  const rows = [
    row('long', A.id, 'The minister, asked again about sanctions, about the harbour and about the unions, said Okafor had not called him back since the strike began.', { speaker: parseSpeaker('Lena Moreau') }),
    row('speaker', A.id, 'We are not going back to work.', { speaker: parseSpeaker('Anna Okafor') }),
    row('tagged', B.id, 'a line worth keeping', { kind: 'note', note: 'see also', tags: ['okafor'] }),
    row('other', B.id, 'Nothing here matches.', { speaker: parseSpeaker('Sven Larsen') }),
  ];
  const index = indexOf(rows);

  it('puts a match in the speaker or a tag above the same word in a long quote', () => {
    const got = ids(index, 'okafor ');
    expect(got.slice(0, 2).sort()).toEqual(['speaker', 'tagged']);
    expect(got[2]).toBe('long');
  });

  it('forgives a typo in a word of 4+ letters, not in a shorter one', () => {
    expect(ids(index, 'okafr ')).toContain('speaker');
    expect(ids(index, 'sanctoins ')).toEqual(['long']); // two letters swapped: two edits, allowed from 8 letters
    expect(typoDistance('gas')).toBe(0);
    expect(ids(index, 'wirk ')).toContain('speaker');
    expect(ids(index, 'wo ')).toEqual([]);
  });

  it('matches the word being typed as a prefix, and only that one', () => {
    expect(ids(index, 'okaf')).toContain('speaker');
    expect(ids(index, 'harb ')).toEqual([]); // a finished word: 'harb' is none
    expect(ids(index, 'harb')).toEqual(['long']);
  });

  it('needs every word, but falls back to any word when no annotation has them all', () => {
    expect(ids(index, 'okafor unions ')).toEqual(['long']);
    expect(ids(index, 'what did larsen say ')).toEqual(['other']);
  });

  it('finds annotations by their article’s title and site', () => {
    expect(ids(index, 'second week ').sort()).toEqual(['long', 'speaker']);
    expect(ids(index, 'ledger ').sort()).toEqual(['other', 'tagged']);
  });

  it('filters by speaker, site (name or host), tag and date, with or without words', () => {
    expect(ids(index, 'speaker:okafor')).toEqual(['speaker']);
    expect(ids(index, 'speaker:"anna okafor" work')).toEqual(['speaker']);
    expect(ids(index, 'site:ledger.example').sort()).toEqual(['other', 'tagged']);
    expect(ids(index, 'site:"harbour times" okafor ')).toEqual(['speaker', 'long']);
    expect(ids(index, 'tag:okafor')).toEqual(['tagged']);
    expect(ids(index, 'after:2025 okafor')).toEqual(['tagged']);
    expect(ids(index, 'before:2025').sort()).toEqual(['long', 'speaker']);
  });

  it('names the words that matched, for highlighting', () => {
    const [best] = index.searchAnnotations(parseQuery('okafr back'), {}, 1);
    expect(best!.terms.sort()).toEqual(['back', 'okafor']);
  });
});

describe('SearchIndex: speakers to check', () => {
  const quotes = () => [
    row('unsure', A.id, 'the tide will turn', { speaker: parseSpeaker('Anna Okafor'), speakerConfidence: 0.45 }),
    row('likely', A.id, 'the tide is turning', { speaker: parseSpeaker('Anna Okafor'), speakerConfidence: 0.93 }),
    row('fixed', B.id, 'the tide has turned', { speaker: parseSpeaker('Sven Larsen'), speakerConfidence: 0.3, speakerCorrection: 'Sven Lindqvist' }),
    row('old', B.id, 'tide tables', { speaker: parseSpeaker('Sven Larsen') }),
    row('nobody', B.id, 'tide', { speaker: parseSpeaker(null), speakerConfidence: 0.2 }),
  ];

  it('keeps only quotes whose detected speaker is below the threshold: not corrected ones, not unrecorded ones, not nobody', () => {
    const index = indexOf(quotes());
    expect(index.facets().toCheck).toBe(1);
    expect(ids(index, 'tide is:check')).toEqual(['unsure']);
    expect(index.searchAnnotations(parseQuery(''), { check: true }, 10).map((r) => r.id)).toEqual(['unsure']);
    index.putAnnotations([row('unsure', A.id, 'the tide will turn', { speaker: parseSpeaker('Anna Okafor'), speakerConfidence: 0.45, speakerCorrection: 'Anna Okafor' })], (id) =>
      articles.get(id),
    );
    expect(index.facets().toCheck).toBe(0);
    expect(ids(index, 'tide is:check')).toEqual([]);
  });

  it('keeps the probabilities through a snapshot', async () => {
    const loaded = await SearchIndex.fromJSON(indexOf(quotes()).toJSON());
    expect(loaded.facets().toCheck).toBe(1);
    expect(ids(loaded, 'is:unsure')).toEqual(['unsure']);
  });
});

describe('SearchIndex updates and facets', () => {
  it('adds, replaces and removes single documents and keeps the facet counts in step', () => {
    const index = indexOf([
      row('1', A.id, 'first', { speaker: parseSpeaker('Anna Okafor') }),
      row('2', A.id, 'second', { speaker: parseSpeaker('anna okafor'), tags: ['NATO'] }),
      row('3', B.id, 'third', { speaker: parseSpeaker('Sven Larsen'), speakerCorrection: 'Sven Lindqvist', tags: ['nato', 'todo'] }),
      row('4', B.id, 'fourth', { kind: 'note', speaker: parseSpeaker(null), tags: ['todo'] }),
    ]);
    expect(index.facets()).toEqual({
      speakers: [
        { value: 'Anna Okafor', count: 2 },
        { value: 'Sven Lindqvist', count: 1 },
      ],
      sites: [
        { value: 'Harbour Times', count: 1 },
        { value: 'The Daily Ledger', count: 1 },
      ],
      tags: [
        { value: 'NATO', count: 2 },
        { value: 'todo', count: 2 },
      ],
      toCheck: 0,
    });
    index.putAnnotations([row('2', A.id, 'second, edited', { speaker: parseSpeaker('Sven Lindqvist'), tags: [] })], (id) => articles.get(id));
    index.removeAnnotation('4');
    index.removeAnnotation('missing');
    expect(index.facets()).toEqual({
      speakers: [
        { value: 'Sven Lindqvist', count: 2 },
        { value: 'Anna Okafor', count: 1 },
      ],
      sites: [
        { value: 'Harbour Times', count: 1 },
        { value: 'The Daily Ledger', count: 1 },
      ],
      tags: [
        { value: 'NATO', count: 1 }, // shown as first met, counted without case
        { value: 'todo', count: 1 },
      ],
      toCheck: 0,
    });
    expect(ids(index, 'edited')).toEqual(['2']);
    expect(ids(index, 'fourth')).toEqual([]);
    index.removeAnnotation('3');
    expect(index.facets().sites).toEqual([{ value: 'Harbour Times', count: 1 }]);
    expect(index.size).toBe(2);
    expect(index.annotationsOf(A.id).sort()).toEqual(['1', '2']);
  });
});
