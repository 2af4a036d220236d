import { describe, expect, it } from 'vitest';
import {
  countsLine,
  effectiveSpeaker,
  formatDate,
  formatTags,
  groupHitsByArticle,
  groupQuotesBySpeaker,
  importSummary,
  listOptions,
  NO_FILTERS,
  oneLine,
  parseRoute,
  parseTags,
  readerItems,
  routeHash,
  safeHttpUrl,
  unattributed,
} from '../../../src/library/view-model';
import { annotation, at, hit } from './fixtures';
import { parseSpeaker } from '../../../src/shared/speaker-value';

describe('speakers', () => {
  it('the reader’s correction wins; blank names are no names', () => {
    expect(effectiveSpeaker({ speaker: parseSpeaker('Peskov'), speakerCorrection: 'Lavrov' })).toBe('Lavrov');
    expect(effectiveSpeaker({ speaker: parseSpeaker('Peskov'), speakerCorrection: null })).toBe('Peskov');
    expect(effectiveSpeaker({ speaker: parseSpeaker('  '), speakerCorrection: '' })).toBeNull();
  });

  it('groups quotes by effective speaker: most quoted first, unattributed last, reading order inside', () => {
    const rows = [
      annotation({ speaker: parseSpeaker('Sherman'), selectors: at(50), text: 's2' }),
      annotation({ speaker: parseSpeaker(null), selectors: at(0), text: 'u1' }),
      annotation({ speaker: parseSpeaker('Peskov'), selectors: at(30), text: 'p2', speakerRole: 'spokesman' }),
      annotation({ speaker: parseSpeaker('Sherman'), selectors: at(10), text: 's1' }),
      annotation({ speaker: parseSpeaker('Wrong'), speakerCorrection: 'peskov', selectors: at(5), text: 'p1' }),
      annotation({ speaker: parseSpeaker('Peskov'), selectors: at(60), text: 'p3' }),
      annotation({ kind: 'note', speaker: parseSpeaker(null), selectors: at(1), text: 'mine' }),
    ];
    const groups = groupQuotesBySpeaker(rows);
    expect(groups.map((g) => [g.speaker, g.quotes.map((q) => q.text)])).toEqual([
      ['Peskov', ['p1', 'p2', 'p3']],
      ['Sherman', ['s1', 's2']],
      [unattributed(), ['u1']],
    ]);
    expect(groups[0]!.role).toBe('spokesman');
    expect(groups.map((g) => g.named)).toEqual([true, true, false]);
  });

  it('reader items are highlights and notes only, in reading order', () => {
    const rows = [annotation({ kind: 'note', selectors: at(9) }), annotation({ kind: 'actor' }), annotation({ kind: 'highlight', selectors: at(2) })];
    expect(readerItems(rows).map((a) => a.kind)).toEqual(['highlight', 'note']);
  });
});

describe('hits', () => {
  it('groups by article in the order of first appearance', () => {
    const hits = [hit({ text: 'a1' }, { id: 'https://a.example/' }), hit({ text: 'b1' }, { id: 'https://b.example/' }), hit({ text: 'a2' }, { id: 'https://a.example/' })];
    const groups = groupHitsByArticle(hits);
    expect(groups.map((g) => [g.article.id, g.annotations.map((a) => a.text)])).toEqual([
      ['https://a.example/', ['a1', 'a2']],
      ['https://b.example/', ['b1']],
    ]);
  });
});

describe('filters', () => {
  it('list options leave out empty filters and strip a tag’s #', () => {
    expect(listOptions(NO_FILTERS)).toEqual({});
    expect(listOptions({ search: '  nato ', speaker: 'Peskov', tag: '#pretext', site: '', check: false }, 11)).toEqual({
      search: 'nato',
      speaker: 'Peskov',
      tag: 'pretext',
      limit: 11,
    });
  });
});

describe('text', () => {
  it('formats epoch ms and ISO dates as a short day; unknown is empty; junk is shown bounded', () => {
    expect(formatDate(Date.UTC(2025, 2, 3, 12), 'UTC')).toBe('3 Mar 2025');
    expect(formatDate('2022-01-11T10:00:00Z', 'UTC')).toBe('11 Jan 2022');
    expect(formatDate(null)).toBe('');
    expect(formatDate('')).toBe('');
    expect(formatDate('sometime last week')).toBe('sometime last week');
    expect(formatDate('x'.repeat(100))).toHaveLength(40);
  });

  it('only http(s) URLs become links', () => {
    expect(safeHttpUrl('https://a.example/x?y=1')).toBe('https://a.example/x?y=1');
    expect(safeHttpUrl('http://a.example')).toBe('http://a.example/');
    expect(safeHttpUrl('javascript:alert(1)')).toBeNull();
    expect(safeHttpUrl('JAVASCRIPT:alert(1)')).toBeNull();
    expect(safeHttpUrl('data:text/html,<script>')).toBeNull();
    expect(safeHttpUrl('file:///etc/passwd')).toBeNull();
    expect(safeHttpUrl('not a url')).toBeNull();
    expect(safeHttpUrl(null)).toBeNull();
  });

  it('tags as typed: #, commas and spaces; duplicates ignoring case dropped', () => {
    expect(parseTags('#nato, pretext  #NATO ##x')).toEqual(['nato', 'pretext', 'x']);
    expect(parseTags('  ')).toEqual([]);
    expect(formatTags(['a', 'b c'])).toBe('#a #b c');
  });

  it('errors become one bounded line', () => {
    expect(oneLine(new Error('Import: not JSON\n  at parse (x.js:1)'))).toBe('Import: not JSON');
    expect(oneLine('\n\nsecond')).toBe('second');
    expect(oneLine(new Error(''))).toBe('Something went wrong.');
    const long = oneLine(new Error('x'.repeat(1000)), 50);
    expect(long).toHaveLength(50);
    expect(long.endsWith('…')).toBe(true);
  });

  it('summaries and counts say one or many', () => {
    const none = { added: 0, replaced: 0, kept: 0, skipped: 0 };
    expect(importSummary({ articles: 1, annotations: 19, ...none, added: 19 })).toBe(
      "Imported 19 annotations from 1 article: 19 added, 0 replaced by the file's newer version, 0 kept (yours were newer), 0 skipped (already there)",
    );
    expect(importSummary({ articles: 2, annotations: 1, ...none, kept: 1 })).toMatch(/^Imported 1 annotation from 2 articles: .*1 kept/);
    expect(countsLine({ quotes: 1, actors: 4, highlights: 0, notes: 2 })).toBe('1 quote · 0 highlights · 2 notes');
  });
});

describe('routes', () => {
  it('round-trips every view through the location hash, hostile values included', () => {
    const routes = [
      { view: 'list' },
      { view: 'article', url: 'https://a.example/x?y=1&z=#frag' },
      { view: 'speaker', name: 'Jean-Yves Le Drian & co #1' },
    ] as const;
    for (const r of routes) expect(parseRoute(routeHash(r))).toEqual(r);
    expect(parseRoute('')).toEqual({ view: 'list' });
    expect(parseRoute('#speaker=%20%20')).toEqual({ view: 'list' });
    expect(parseRoute('#garbage')).toEqual({ view: 'list' });
  });
});
