// Who said a quote, as every view shows it: one rule for the reader's correction and one for
// grouping quotes under their speakers (popup, library, exports).
import { byPosition } from './annotations';
import { needsCheck, type SpeakerCertainty, speakerCertainty } from './confidence';
import { shownRole } from './honorifics';
import type { AnnotationRecord } from './records';
import { speakerDisplay } from './speaker-value';
import { t } from './i18n';

/** The name of the group of quotes nobody was found for, in the reader's language. */
export const unattributed = (): string => t('unattributed');

/** The reader's correction wins over the detected speaker; blank names count as none. Unnamed
 * sources read "a senior official (unnamed)". */
export function effectiveSpeaker(a: Pick<AnnotationRecord, 'speaker' | 'speakerCorrection'>): string | null {
  return a.speakerCorrection?.trim() || speakerDisplay(a.speaker) || null;
}

export interface SpeakerGroup<T> {
  speaker: string;
  /** False for the "Unattributed" bucket: not a name one can look up. */
  named: boolean;
  role: string | null;
  quotes: T[];
}

export interface SpeakerOf<T> {
  speaker(item: T): string | null;
  role(item: T): string | null;
  /** Reading order. */
  compare(a: T, b: T): number;
}

/**
 * Items grouped by speaker (names compared ignoring case): most quoted first, ties by who is
 * quoted first, the unattributed last; reading order inside each group.
 */
export function groupBySpeaker<T>(items: readonly T[], of: SpeakerOf<T>): SpeakerGroup<T>[] {
  const groups = new Map<string, SpeakerGroup<T>>();
  for (const item of items) {
    const name = of.speaker(item);
    const key = name ? name.toLowerCase() : '';
    const g = groups.get(key) ?? { speaker: name ?? unattributed(), named: name !== null, role: null, quotes: [] };
    groups.set(key, g);
    g.role ??= shownRole(of.role(item));
    g.quotes.push(item);
  }
  for (const g of groups.values()) g.quotes.sort(of.compare);
  return [...groups.values()].sort(
    (a, b) =>
      Number(!a.named) - Number(!b.named) ||
      b.quotes.length - a.quotes.length ||
      of.compare(a.quotes[0]!, b.quotes[0]!),
  );
}

/** How stored quotes name their speaker; a corrected speaker's role, as the article gave it, was someone else's. */
export const STORED_QUOTE_SPEAKER: SpeakerOf<AnnotationRecord> = {
  speaker: effectiveSpeaker,
  role: (a) => (a.speakerCorrection ? null : a.speakerRole),
  compare: byPosition,
};

/**
 * How sure a stored quote's speaker is: the reader's correction is certain; else the analysis's
 * probability (unknown on quotes saved before it was kept). Null when the quote names nobody.
 */
export function storedCertainty(a: Pick<AnnotationRecord, 'kind' | 'speaker' | 'speakerCorrection' | 'speakerConfidence'>): SpeakerCertainty | null {
  if (a.kind !== 'quote' || effectiveSpeaker(a) === null) return null;
  return speakerCertainty(a.speakerConfidence, !!a.speakerCorrection?.trim());
}

/** A stored quote whose speaker the reader should check. */
export function storedToCheck(a: Pick<AnnotationRecord, 'kind' | 'speaker' | 'speakerCorrection' | 'speakerConfidence'>): boolean {
  const c = storedCertainty(a);
  return c !== null && needsCheck(c);
}
