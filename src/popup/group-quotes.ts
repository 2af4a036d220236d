// Pure view-model helpers for the popup: grouping and ordering only, no rendering.
import type { Actor, ActorType, Quote } from '../analysis/types';

export interface SpeakerGroup {
  speaker: string;
  role: string | null;
  quotes: Quote[];
}

/** Speech only (not titles or scare quotes), grouped by speaker: most quotes first, quotes in reading order. */
export function groupQuotesBySpeaker(quotes: readonly Quote[], unknownLabel = 'Unattributed'): SpeakerGroup[] {
  const groups = new Map<string, SpeakerGroup>();
  for (const q of quotes) {
    if (q.kind === 'other') continue;
    const key = q.speaker ?? unknownLabel;
    let g = groups.get(key);
    if (!g) {
      g = { speaker: key, role: null, quotes: [] };
      groups.set(key, g);
    }
    g.role ??= q.speakerRole;
    g.quotes.push(q);
  }
  for (const g of groups.values()) g.quotes.sort((a, b) => a.start - b.start);
  return [...groups.values()].sort(
    (a, b) =>
      Number(a.speaker === unknownLabel) - Number(b.speaker === unknownLabel) ||
      b.quotes.length - a.quotes.length ||
      (a.quotes[0]?.start ?? 0) - (b.quotes[0]?.start ?? 0),
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
