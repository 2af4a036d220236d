// What the reader points at, in article offsets: their own mark first, then a quote, then an actor.
// Pure: no DOM, so it is unit-tested directly.
import type { Actor, Analysis, Quote } from '../analysis/types';
import { READER_RULE } from '../shared/confidence';
import { shownRole } from '../shared/honorifics';
import type { CardText, PageMark } from '../shared/messages';
import { type MessageKey, t, tn } from '../shared/i18n';

/** A quote or an actor: what the page side describes itself (a mark is described in the frame). */
export type AnalysedItem = { kind: 'quote'; quote: Quote } | { kind: 'actor'; actor: Actor; mentionCount: number };

export type PointedItem = { kind: 'mark'; mark: PageMark } | AnalysedItem;

const inside = (offset: number, s: { start: number; end: number }) => offset >= s.start && offset < s.end;

export function itemAt(offset: number, analysis: Analysis | null, marks: readonly PageMark[]): PointedItem | null {
  const mark = marks.find((m) => inside(offset, m));
  if (mark) return { kind: 'mark', mark };
  if (!analysis) return null;
  const quote = analysis.quotes.find((q) => q.kind !== 'other' && inside(offset, q));
  if (quote) return { kind: 'quote', quote };
  for (const actor of analysis.actors) {
    if (actor.mentions.some((m) => inside(offset, m))) return { kind: 'actor', actor, mentionCount: actor.mentions.length };
  }
  return null;
}

const TYPE_LABEL = { person: 'card_person', organization: 'card_organization', place: 'card_place' } as const satisfies Record<string, MessageKey>;

/** The lines of a quote's or an actor's hover card, as plain text (a mark's card is the frame's: src/frame/). */
export function describeItem(item: AnalysedItem): CardText {
  switch (item.kind) {
    case 'quote': {
      const q = item.quote;
      const sp = q.speaker;
      const speaker = sp.kind === 'named' ? sp.name : sp.kind === 'unnamed' ? t('card_unnamedSource', sp.description) : t('card_noSpeaker');
      // Plain words: the role (a courtesy title is none) and the verb as the article has it ("told reporters").
      const details = [shownRole(q.speakerRole) ?? '', q.cue ?? ''].filter(Boolean);
      // Nobody found: there is no attribution to be sure of.
      return sp.kind === 'nobody' ? { title: speaker, details } : { title: speaker, details, speakerConfidence: q.confidence, ...(q.rule === READER_RULE ? { speakerCorrected: true } : {}) };
    }
    case 'actor': {
      const n = item.mentionCount;
      return { title: item.actor.name, details: [tn('card_mentioned', n, t(TYPE_LABEL[item.actor.type]))] };
    }
  }
}
