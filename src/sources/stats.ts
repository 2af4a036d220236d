// Who gets quoted: speakers ranked by their number of quotes and by their share of the quoted
// words, the share from unnamed sources, and people against organizations. Pure: the popup feeds it
// one article's analysis, the library the stored quotes of the articles a filter lists.
import type { ActorType } from '../analysis/types';
import { quoteWords } from '../quotes-across';
import type { Speaker } from '../shared/speaker-value';
import { foldWord } from '../quotes-across/normalize';

export interface SourceQuote {
  speaker: Speaker;
  text: string;
}

/** What a speaker is: a named person or organization (by the article's actors), named but unknown, unnamed, or nobody. */
export type SourceType = 'person' | 'organization' | 'other' | 'unnamed' | 'unattributed';

export interface SourceRow {
  /** The speaker's name; the unnamed and the unattributed are one row each. */
  speaker: string;
  type: SourceType;
  quotes: number;
  words: number;
  quoteShare: number;
  wordShare: number;
}

export interface Tally {
  quotes: number;
  words: number;
}

export interface SourcesStats {
  rows: SourceRow[];
  total: Tally;
  byType: Record<SourceType, Tally>;
}

export const UNNAMED_ROW = 'Unnamed sources';
export const UNATTRIBUTED_ROW = 'Not attributed';

/** A name folded for matching a speaker to an actor: marks, case and punctuation aside. */
export const nameKey = (name: string): string => quoteWords(name).words.join(' ');

/**
 * `actorTypes`: the type of every actor name and alias (folded with nameKey) in the articles, so
 * "Dmitry Peskov" counts as a person because the article's actor annotation says so.
 */
export function sourcesStats(quotes: readonly SourceQuote[], actorTypes: ReadonlyMap<string, ActorType>): SourcesStats {
  const rows = new Map<string, SourceRow>();
  const total: Tally = { quotes: 0, words: 0 };
  const byType: Record<SourceType, Tally> = {
    person: { quotes: 0, words: 0 },
    organization: { quotes: 0, words: 0 },
    other: { quotes: 0, words: 0 },
    unnamed: { quotes: 0, words: 0 },
    unattributed: { quotes: 0, words: 0 },
  };
  for (const q of quotes) {
    const words = quoteWords(q.text).words.length;
    let type: SourceType;
    let label: string;
    const sp = q.speaker;
    if (sp.kind === 'nobody' || (sp.kind === 'named' && !sp.name.trim())) [type, label] = ['unattributed', UNATTRIBUTED_ROW];
    else if (sp.kind === 'unnamed') [type, label] = ['unnamed', UNNAMED_ROW];
    else {
      const t = actorTypes.get(nameKey(sp.name));
      type = t === 'person' || t === 'organization' ? t : 'other';
      label = sp.name.trim();
    }
    const key = type === 'unnamed' || type === 'unattributed' ? `\u0000${type}` : nameKey(label) || foldWord(label);
    const row = rows.get(key) ?? { speaker: label, type, quotes: 0, words: 0, quoteShare: 0, wordShare: 0 };
    rows.set(key, row);
    row.quotes++;
    row.words += words;
    total.quotes++;
    total.words += words;
    byType[type].quotes++;
    byType[type].words += words;
  }
  const list = [...rows.values()];
  for (const r of list) {
    r.quoteShare = total.quotes ? r.quotes / total.quotes : 0;
    r.wordShare = total.words ? r.words / total.words : 0;
  }
  // Most quoted first, then most words; the unattributed last (nobody to rank).
  list.sort((a, b) => Number(a.type === 'unattributed') - Number(b.type === 'unattributed') || b.quotes - a.quotes || b.words - a.words || a.speaker.localeCompare(b.speaker));
  return { rows: list, total, byType };
}

/** Actor names and aliases → type, for sourcesStats. */
export function actorTypeMap(actors: Iterable<{ name: string; aliases?: readonly string[]; type: ActorType | null }>): Map<string, ActorType> {
  const map = new Map<string, ActorType>();
  for (const a of actors) {
    if (!a.type) continue;
    for (const n of [a.name, ...(a.aliases ?? [])]) map.set(nameKey(n), a.type);
  }
  return map;
}
