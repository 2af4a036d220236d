// Records -> W3C Web Annotation JSON-LD. Positions go out in code points (the model's
// unit); `quotelight.astralBefore` lets our own import restore UTF-16 offsets exactly.
import { codePointLength } from '../anchoring/codepoints';
import type { AnnotationRecord, ArticleRecord } from '../shared/records';
import { effectiveSpeaker, iso } from './speaker';
import { probability } from '../shared/confidence';
import {
  EXPORT_CONTEXT,
  type ExportedArticle,
  type Motivation,
  type WaSoftware,
  type WaTextualBody,
  type WebAnnotation,
  type WebAnnotationCollection,
} from './web-annotation-types';

export const GENERATOR: WaSoftware = { type: 'Software', name: 'Quotelight' };

const PRIMARY: Record<AnnotationRecord['kind'], Motivation> = {
  quote: 'identifying',
  actor: 'identifying',
  highlight: 'highlighting',
  note: 'commenting',
};

function bodies(a: AnnotationRecord): WaTextualBody[] {
  const out: WaTextualBody[] = [];
  if (a.kind === 'quote') {
    const speaker = effectiveSpeaker(a);
    if (speaker) out.push({ type: 'TextualBody', purpose: 'identifying', value: speaker });
  }
  if (a.kind === 'actor') {
    out.push({ type: 'TextualBody', purpose: 'identifying', value: a.text });
    if (a.actorType) out.push({ type: 'TextualBody', purpose: 'classifying', value: a.actorType });
  }
  if (a.note) out.push({ type: 'TextualBody', purpose: 'commenting', value: a.note, format: 'text/plain' });
  for (const tag of a.tags) out.push({ type: 'TextualBody', purpose: 'tagging', value: tag });
  return out;
}

export function toWebAnnotation(a: AnnotationRecord): WebAnnotation {
  const primary = PRIMARY[a.kind];
  const cpStart = a.selectors.position.start - a.selectors.astralBefore;
  const body = bodies(a);
  const { exact, prefix, suffix } = a.selectors.quote;
  const confidence = a.kind === 'quote' ? probability(a.speakerConfidence) : null;
  return {
    id: `urn:uuid:${a.id}`,
    type: 'Annotation',
    motivation: a.tags.length > 0 ? [primary, 'tagging'] : primary,
    created: iso(a.created),
    modified: iso(a.updated),
    ...(a.kind === 'quote' || a.kind === 'actor' ? { generator: GENERATOR } : {}),
    ...(body.length > 0 ? { body } : {}),
    ...(confidence !== null ? { speakerConfidence: confidence } : {}),
    target: {
      source: a.articleId,
      selector: [
        { type: 'TextQuoteSelector', exact, prefix, suffix },
        { type: 'TextPositionSelector', start: cpStart, end: cpStart + codePointLength(exact) },
      ],
    },
    quotelight: {
      kind: a.kind,
      speaker: a.speaker,
      speakerRole: a.speakerRole,
      speakerCorrection: a.speakerCorrection,
      actorType: a.actorType,
      colour: a.colour,
      astralBefore: a.selectors.astralBefore,
    },
  };
}

export function toExportedArticle(a: ArticleRecord): ExportedArticle {
  return {
    id: a.id,
    urls: a.urls,
    title: a.title,
    site: a.site,
    byline: a.byline,
    published: a.published,
    lang: a.lang,
    firstSeen: iso(a.firstSeen),
    lastSeen: iso(a.lastSeen),
  };
}

export function toAnnotationCollection(
  articles: readonly ArticleRecord[],
  annotations: readonly AnnotationRecord[],
  options: { id: string; pageId: string; generatedAt: number },
): WebAnnotationCollection {
  const items = annotations.map(toWebAnnotation);
  return {
    '@context': EXPORT_CONTEXT,
    id: options.id,
    type: 'AnnotationCollection',
    label: 'Quotelight export',
    total: items.length,
    generator: GENERATOR,
    generated: iso(options.generatedAt),
    first: { id: options.pageId, type: 'AnnotationPage', startIndex: 0, items },
    quotelight: { version: 1, articles: articles.map(toExportedArticle) },
  };
}
