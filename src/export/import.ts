// Validated Web Annotation JSON -> database rows. Pure: the one-transaction write is
// Library.importRecords. Ids are stable (urn:uuid kept, anything else hashed) so
// importing the same file twice overwrites instead of duplicating.
import { countAstral } from '../anchoring/codepoints';
import type { AnnotationKind, AnnotationRecord, ArticleRecord } from '../shared/records';
import { NOBODY, parseSpeaker } from '../shared/speaker-value';
import { withDerived } from '../storage/build';
import { nameUuid } from '../storage/ids';
import type { LibraryData } from '../storage/library';
import { hostOf, normalizeUrl } from '../storage/url';
import { cleanTags } from '../storage/words';
import { parseCollection, type ValidArticle, type ValidItem, ValidationError } from './validate';

const URN_UUID = /^urn:uuid:([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;

function stableId(item: ValidItem): string {
  const urn = item.id ? URN_UUID.exec(item.id) : null;
  if (urn?.[1]) return urn[1].toLowerCase();
  if (item.id) return nameUuid(`import\n${item.id}`);
  return nameUuid(`import\n${item.source}\n${item.quote.exact}\n${item.position?.start ?? ''}\n${item.motivations.join(',')}`);
}

function bodyValues(item: ValidItem, purpose: string): string[] {
  return item.body.filter((b) => b.purpose === purpose).map((b) => b.value);
}

/** Our own extension says what it is; a foreign annotation is a note if it comments, else a highlight. */
function kindOf(item: ValidItem): AnnotationKind {
  if (item.extra) return item.extra.kind;
  const comments = bodyValues(item, 'commenting').length > 0 || item.motivations.includes('commenting');
  return comments ? 'note' : 'highlight';
}

function toRecord(item: ValidItem, now: number): AnnotationRecord {
  const kind = kindOf(item);
  const { exact, prefix, suffix } = item.quote;
  // Code points -> UTF-16. Without our extension the astral count before the passage is
  // unknown; the prefix gives a lower bound and anchoring corrects any remaining drift.
  const astralBefore = item.extra?.astralBefore ?? countAstral(prefix);
  const start = item.position ? item.position.start + astralBefore : 0;
  const identifying = bodyValues(item, 'identifying')[0] ?? null;
  const untypedNote = item.motivations.includes('commenting') ? item.body.find((b) => b.purpose === null)?.value : undefined;
  const note = bodyValues(item, 'commenting')[0] ?? untypedNote ?? null;
  const created = item.created ?? item.modified ?? now;
  return withDerived({
    id: stableId(item),
    articleId: normalizeUrl(item.source),
    kind,
    selectors: {
      quote: { type: 'TextQuoteSelector', exact, prefix, suffix },
      position: { type: 'TextPositionSelector', start, end: start + exact.length },
      astralBefore: item.position ? astralBefore : 0,
    },
    text: kind === 'actor' ? (identifying ?? exact) : exact,
    speaker: item.extra ? item.extra.speaker : kind === 'quote' ? parseSpeaker(identifying) : NOBODY,
    speakerRole: item.extra?.speakerRole ?? null,
    ...(kind === 'quote' ? { speakerConfidence: item.speakerConfidence } : {}),
    speakerCorrection: item.extra?.speakerCorrection ?? null,
    actorType: item.extra?.actorType ?? null,
    colour: item.extra?.colour ?? null,
    note,
    tags: cleanTags(bodyValues(item, 'tagging')),
    created,
    updated: item.modified ?? created,
  });
}

function toArticle(a: ValidArticle, now: number): ArticleRecord {
  const id = normalizeUrl(a.id);
  return {
    id,
    urls: [...new Set([id, ...a.urls.map((u) => normalizeUrl(u))])],
    title: a.title || id,
    site: a.site || hostOf(id),
    byline: a.byline,
    published: a.published,
    lang: a.lang,
    firstSeen: a.firstSeen ?? a.lastSeen ?? now,
    lastSeen: a.lastSeen ?? a.firstSeen ?? now,
    counts: { quotes: 0, actors: 0, highlights: 0, notes: 0 },
  };
}

/** "items: the same annotation id more than once: 1f… (items[2], items[9]), …" — a file that says two things about one annotation. */
function duplicateMessage(duplicates: Map<string, number[]>): string {
  const named = [...duplicates].slice(0, 5).map(([id, at]) => `${id} (${at.map((i) => `items[${i}]`).join(', ')})`);
  const more = duplicates.size > 5 ? ` and ${duplicates.size - 5} more` : '';
  return `items: the same annotation id more than once: ${named.join('; ')}${more}`;
}

/**
 * Parses, validates (throws ValidationError with a one-line message naming the place)
 * and converts an exported collection. Articles named only by annotation targets are
 * created bare. Counts are left for Library.importRecords to compute.
 */
export function importJson(json: string, now: number = Date.now()): LibraryData {
  const valid = parseCollection(json);
  const articles = new Map<string, ArticleRecord>();
  for (const a of valid.articles) {
    const rec = toArticle(a, now);
    articles.set(rec.id, rec);
  }
  const annotations = new Map<string, AnnotationRecord>();
  const firstAt = new Map<string, number>();
  const duplicates = new Map<string, number[]>();
  valid.items.forEach((item, i) => {
    const rec = toRecord(item, now);
    const first = firstAt.get(rec.id);
    if (first !== undefined) duplicates.set(rec.id, [...(duplicates.get(rec.id) ?? [first]), i]);
    else firstAt.set(rec.id, i);
    annotations.set(rec.id, rec);
    const known = articles.get(rec.articleId);
    if (!known) {
      articles.set(rec.articleId, toArticle({ id: rec.articleId, urls: [], title: rec.articleId, site: null, byline: null, published: null, lang: null, firstSeen: rec.created, lastSeen: rec.updated }, now));
    }
  });
  if (duplicates.size > 0) throw new ValidationError(duplicateMessage(duplicates));
  return { articles: [...articles.values()], annotations: [...annotations.values()] };
}
