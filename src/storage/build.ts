// Pure builders: analysis output and reader input -> database rows. Kept apart from
// library.ts so the merge rules can be read (and tested) without a database.
import type { Analysis } from '../analysis/types';
import { describe } from '../anchoring/describe';
import type { ArticleMeta } from '../extraction/types';
import type { AnnotationKind, AnnotationRecord, ArticleCounts, ArticleRecord } from '../shared/records';
import { NOBODY } from '../shared/speaker-value';
import { clipTitle, LIMITS } from '../shared/limits';
import { nameUuid } from './ids';
import { hostOf } from './url';
import { speakerKey } from './words';

/** Fills the derived index field (speakerKey) from the rest of the row. */
export function withDerived<T extends Omit<AnnotationRecord, 'speakerKey'>>(a: T): T & Pick<AnnotationRecord, 'speakerKey'> {
  return { ...a, speakerKey: speakerKey(a) };
}

/** The field of ArticleCounts that counts annotations of a kind. */
export const COUNT_KEY: Record<AnnotationKind, keyof ArticleCounts> = {
  quote: 'quotes',
  actor: 'actors',
  highlight: 'highlights',
  note: 'notes',
};

export const NO_COUNTS: ArticleCounts = { quotes: 0, actors: 0, highlights: 0, notes: 0 };

export function countKinds(annotations: readonly Pick<AnnotationRecord, 'kind'>[]): ArticleCounts {
  const counts: ArticleCounts = { ...NO_COUNTS };
  for (const a of annotations) counts[COUNT_KEY[a.kind]]++;
  return counts;
}

/**
 * The article record after page `pageUrl` (normalized) was saved under `id` with its `meta`. A page
 * at another URL that stands for the article (an alias: AMP, print, a same-origin canonical) adds its
 * URL but never renames it: its metadata only fills what the record does not have yet.
 */
export function articleFromMeta(
  id: string,
  pageUrl: string,
  meta: Partial<ArticleMeta>,
  now: number,
  existing: ArticleRecord | undefined,
): ArticleRecord {
  const own = pageUrl === id || !existing;
  const pick = <T>(fromPage: T | null | undefined, stored: T | null | undefined): T | null | undefined =>
    own ? (fromPage ?? stored) : (stored ?? fromPage);
  return {
    id,
    urls: [...new Set([...(existing?.urls ?? []), id, pageUrl])],
    title: own ? clipTitle(meta.title?.trim() || existing?.title || id) : existing.title,
    site: pick(meta.siteName?.trim() || null, existing?.site || null) || hostOf(id),
    byline: pick(meta.byline, existing?.byline) ?? null,
    published: pick(meta.published, existing?.published) ?? null,
    lang: pick(meta.lang, existing?.lang) ?? null,
    firstSeen: existing?.firstSeen ?? now,
    lastSeen: now,
    counts: existing?.counts ?? { quotes: 0, actors: 0, highlights: 0, notes: 0 },
  };
}

/**
 * Detected quotes and actors as rows with name-based ids. A quote is identified by its
 * text and which repeat of that text it is, not its offset, so an article edited above
 * the quote keeps the same id (and the reader's notes on it).
 * Quotes of kind 'other' (titles, scare quotes) are not speech and are not stored.
 */
export function detectedAnnotations(
  articleId: string,
  text: string,
  analysis: Analysis,
  now: number,
): AnnotationRecord[] {
  const rows: AnnotationRecord[] = [];
  const seen = new Map<string, number>();
  for (const q of analysis.quotes) {
    // A "quote" longer than a reader's highlight may be is an unclosed mark, not speech.
    if (q.kind === 'other' || q.end <= q.start || q.end > text.length || q.end - q.start > LIMITS.quote) continue;
    const n = seen.get(q.text) ?? 0;
    seen.set(q.text, n + 1);
    rows.push(
      withDerived({
        id: nameUuid(`${articleId}\nquote\n${n}\n${q.text}`),
        articleId,
        kind: 'quote',
        selectors: describe(text, q.start, q.end),
        text: q.text,
        speaker: q.speaker,
        speakerRole: q.speakerRole,
        speakerConfidence: q.confidence,
        speakerCorrection: null,
        actorType: null,
        colour: null,
        note: null,
        tags: [],
        created: now,
        updated: now,
      }),
    );
  }
  for (const actor of analysis.actors) {
    const first = actor.mentions.find((m) => m.end > m.start && m.end <= text.length);
    if (!first) continue;
    rows.push(
      withDerived({
        id: nameUuid(`${articleId}\nactor\n${actor.name}`),
        articleId,
        kind: 'actor',
        selectors: describe(text, first.start, first.end),
        text: actor.name,
        speaker: NOBODY,
        speakerRole: null,
        speakerCorrection: null,
        actorType: actor.type,
        colour: null,
        note: null,
        tags: [],
        created: now,
        updated: now,
      }),
    );
  }
  return rows;
}

/** True when the reader has put something of their own on a detected item. */
export function readerTouched(a: AnnotationRecord): boolean {
  return a.note !== null || a.tags.length > 0 || a.speakerCorrection !== null || a.colour !== null;
}

/** Re-detected row merged over the stored one: analysis fields refresh, reader fields stay. */
export function mergeDetected(fresh: AnnotationRecord, old: AnnotationRecord | undefined): AnnotationRecord {
  if (!old) return fresh;
  const merged = withDerived({
    ...fresh,
    speakerCorrection: old.speakerCorrection,
    colour: old.colour,
    note: old.note,
    tags: old.tags,
    created: old.created,
    updated: old.updated,
  });
  const changed =
    JSON.stringify([merged.selectors, merged.text, merged.speaker, merged.speakerRole, merged.speakerConfidence ?? null, merged.actorType]) !==
    JSON.stringify([old.selectors, old.text, old.speaker, old.speakerRole, old.speakerConfidence ?? null, old.actorType]);
  return changed ? { ...merged, updated: fresh.updated } : merged;
}
