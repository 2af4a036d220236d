import { describe, expect, it } from 'vitest';
import { toAnnotationCollection, toWebAnnotation } from '../../../src/export/web-annotation';
import { ANNOTATIONS, ARTICLE, TEXT } from '../../fixtures/storage/records';

const byId = (id: string) => ANNOTATIONS.find((a) => a.id.startsWith(id))!;

describe('W3C Web Annotation export', () => {
  const collection = toAnnotationCollection([ARTICLE], ANNOTATIONS, {
    id: 'urn:uuid:aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa',
    pageId: 'urn:uuid:bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb',
    generatedAt: Date.UTC(2024, 4, 1),
  });

  it('is an AnnotationCollection with an embedded first page and article metadata', () => {
    expect(collection).toMatchObject({
      '@context': ['http://www.w3.org/ns/anno.jsonld', { ql: 'https://quotelight.dev/ns#' }],
      type: 'AnnotationCollection',
      total: ANNOTATIONS.length,
      first: { type: 'AnnotationPage', startIndex: 0 },
      quotelight: { version: 1, articles: [{ id: ARTICLE.id, title: ARTICLE.title, firstSeen: '2024-03-02T00:00:00.000Z' }] },
    });
    expect(collection.first.items).toHaveLength(ANNOTATIONS.length);
  });

  it('uses motivations per kind, bodies for speaker, note and tags, and marks detected items as generated', () => {
    const quote = toWebAnnotation(byId('3333'));
    expect(quote.motivation).toEqual(['identifying', 'tagging']);
    expect(quote.generator).toEqual({ type: 'Software', name: 'Quotelight' });
    expect(quote.body).toEqual([
      { type: 'TextualBody', purpose: 'identifying', value: 'Bob Critic' },
      { type: 'TextualBody', purpose: 'tagging', value: 'spin' },
      { type: 'TextualBody', purpose: 'tagging', value: 'city hall' },
    ]);
    const note = toWebAnnotation(byId('6666'));
    expect(note.motivation).toEqual(['commenting', 'tagging']);
    expect(note.generator).toBeUndefined();
    expect(note.body?.[0]).toEqual({ type: 'TextualBody', purpose: 'commenting', value: 'Follow up:\nask about *zoning*', format: 'text/plain' });
    const highlight = toWebAnnotation(byId('5555'));
    expect(highlight.motivation).toBe('highlighting');
    expect(highlight.body).toBeUndefined();
    const actor = toWebAnnotation(byId('4444'));
    expect(actor.body?.map((b) => [b.purpose, b.value])).toEqual([['identifying', 'Jane O’Neil'], ['classifying', 'person']]);
    expect(quote.id).toBe('urn:uuid:33333333-3333-4333-8333-333333333333');
    expect(quote.created).toBe('2024-03-02T12:00:00.000Z');
  });

  it('gives TextPositionSelector offsets in code points (the text has an emoji before the passages)', () => {
    for (const a of ANNOTATIONS) {
      const [, pos] = toWebAnnotation(a).target.selector as [unknown, { start: number; end: number }];
      const s = a.selectors.position.start;
      const e = a.selectors.position.end;
      expect(pos.start).toBe([...TEXT.slice(0, s)].length);
      expect(pos.end).toBe([...TEXT.slice(0, e)].length);
    }
    const emoji = toWebAnnotation(byId('5555'));
    expect(emoji.target.selector[0]).toMatchObject({ type: 'TextQuoteSelector', exact: 'Intro 😀 line' });
    expect(emoji.target.selector[1]).toEqual({ type: 'TextPositionSelector', start: 0, end: 12 }); // 13 UTF-16 units
    const after = toWebAnnotation(byId('1111'));
    expect(after.target.selector[1]).toMatchObject({ start: byId('1111').selectors.position.start - 1 });
  });
});
