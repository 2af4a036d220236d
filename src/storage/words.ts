// Search keys. IndexedDB can only prefix-match, so text is cut into lower-cased,
// accent-folded words and stored in a multi-entry index.
import type { AnnotationRecord, ArticleRecord } from '../shared/records';
import { speakerDisplay } from '../shared/speaker-value';
import { effectiveSpeaker } from '../shared/speakers';

/** Lower-case, strip accents, collapse whitespace: the form names and words are compared in. */
export function fold(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

export function tokenize(s: string): string[] {
  return fold(s)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

type Searchable = Pick<AnnotationRecord, 'text' | 'note' | 'speaker' | 'speakerCorrection' | 'speakerRole' | 'tags'>;

export function annotationWords(a: Searchable): string[] {
  const parts = [a.text, a.note, speakerDisplay(a.speaker), a.speakerCorrection, a.speakerRole, ...a.tags];
  const words = new Set<string>();
  for (const part of parts) if (part) for (const w of tokenize(part)) words.add(w);
  return [...words];
}

/** The words an article itself is found by: its title, site and byline. */
export function articleWords(a: Pick<ArticleRecord, 'title' | 'site' | 'byline'>): string[] {
  return [...new Set(tokenize(`${a.title} ${a.site} ${a.byline ?? ''}`))];
}

/** The reader's correction wins over the detected speaker. */
export function speakerKey(a: Pick<AnnotationRecord, 'speaker' | 'speakerCorrection'>): string | null {
  const name = effectiveSpeaker(a);
  return name ? fold(name) : null;
}

/** Tags as the reader means them: trimmed, no leading '#', no duplicates ignoring case. */
export function cleanTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const tag = raw.trim().replace(/^#+/, '').replace(/\s+/g, ' ');
    if (tag && !seen.has(tag.toLowerCase())) {
      seen.add(tag.toLowerCase());
      out.push(tag);
    }
  }
  return out;
}
