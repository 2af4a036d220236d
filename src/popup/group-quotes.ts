// Pure view-model helpers for the popup: grouping and ordering only, no rendering.
import { speakerDisplay } from '../shared/speaker-value';
import type { Actor, ActorType, Quote } from '../analysis/types';
import { groupBySpeaker, type SpeakerGroup } from '../shared/speakers';
import { needsCheck, READER_RULE, type SpeakerCertainty, speakerCertainty } from '../shared/confidence';

export type { SpeakerGroup };

/** Speech only (not titles or scare quotes), grouped by speaker: most quotes first, quotes in reading order. */
export function groupQuotesBySpeaker(quotes: readonly Quote[]): SpeakerGroup<Quote>[] {
  return groupBySpeaker(
    quotes.filter((q) => q.kind !== 'other'),
    { speaker: (q) => speakerDisplay(q.speaker), role: (q) => q.speakerRole, compare: (a, b) => a.start - b.start },
  );
}

export const ACTOR_TYPES: readonly ActorType[] = ['person', 'organization', 'place'];

/** Actors of one type, most mentioned first. */
export function actorsOfType(actors: readonly Actor[], type: ActorType): Actor[] {
  return actors.filter((a) => a.type === type).sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name));
}

/** Case-insensitive filter over the fields a reader would search. */
export function matchesFilter(filter: string, ...fields: (string | null | undefined)[]): boolean {
  const f = filter.trim().toLowerCase();
  return f === '' || fields.some((x) => x?.toLowerCase().includes(f));
}

/** How sure the analysis is of a quote's speaker; null when it names nobody (nothing to be sure of). */
export function quoteCertainty(q: Pick<Quote, 'speaker' | 'confidence' | 'rule'>): SpeakerCertainty | null {
  return q.speaker.kind === 'nobody' ? null : speakerCertainty(q.confidence, q.rule === READER_RULE);
}

/** The quote's speaker is one the reader should check. */
export function quoteToCheck(q: Pick<Quote, 'speaker' | 'confidence' | 'rule'>): boolean {
  const c = quoteCertainty(q);
  return c !== null && needsCheck(c);
}
