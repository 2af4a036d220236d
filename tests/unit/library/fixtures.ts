// Small record builders for the library page's unit tests.
import { annotationRecord } from '../support/records';
import type { AnnotationRecord, ArticleRecord } from '../../../src/shared/records';
import type { AnnotationHit } from '../../../src/storage/library';

export function article(over: Partial<ArticleRecord> = {}): ArticleRecord {
  const id = over.id ?? 'https://news.example/a';
  return {
    id,
    urls: [id],
    title: 'A story',
    site: 'News Example',
    byline: null,
    published: null,
    lang: 'en',
    firstSeen: Date.UTC(2025, 2, 3, 12),
    lastSeen: Date.UTC(2025, 2, 3, 12),
    counts: { quotes: 2, actors: 1, highlights: 1, notes: 1 },
    ...over,
  };
}

let n = 0;
export function annotation(over: Partial<AnnotationRecord> = {}): AnnotationRecord {
  const start = over.selectors?.position.start ?? n * 10;
  n++;
  const text = over.text ?? `passage ${n}`;
  return annotationRecord({
    id: `id-${n}`,
    articleId: 'https://news.example/a',
    kind: 'quote',
    selectors: {
      quote: { type: 'TextQuoteSelector', exact: text, prefix: '', suffix: '' },
      position: { type: 'TextPositionSelector', start, end: start + text.length },
      astralBefore: 0,
    },
    text,
    ...over,
  });
}

export function at(start: number): AnnotationRecord['selectors'] {
  return {
    quote: { type: 'TextQuoteSelector', exact: 'x', prefix: '', suffix: '' },
    position: { type: 'TextPositionSelector', start, end: start + 1 },
    astralBefore: 0,
  };
}

export function hit(a: Partial<AnnotationRecord>, art: Partial<ArticleRecord>): AnnotationHit {
  const ar = article(art);
  return { article: ar, annotation: annotation({ articleId: ar.id, ...a }) };
}
