// Pronoun resolution: he/she/it → the most salient compatible actor before the pronoun.
// Sentence by sentence backwards; inside a sentence the leftmost (subject-like)
// mention wins, since news sentences put the speaker first.
import type { Entity, Mention } from './aliases';
import type { LanguageData, PronounInfo } from './lang';
import { EN } from './lang/en';
import { spanAt } from './sentences';
import type { Span } from './types';

export interface Discourse {
  mentions: Mention[];
  /** Sentence spans of the whole article in order. */
  sentences: Span[];
  /** True when the offset lies inside a quotation (names quoted are not antecedents). */
  inQuote: (pos: number) => boolean;
  /** True when the mention is a possessive modifier ("Peskov’s comments"). */
  isPossessive: (m: Mention) => boolean;
}

/** The sentence holding `pos`, or the one before it. */
function sentenceIndex(sentences: Span[], pos: number): number {
  return Math.max(0, spanAt(sentences, pos).index);
}

export function compatible(e: Entity, pronoun: string, lang: LanguageData = EN): boolean {
  const p = pronoun.toLowerCase();
  // A language of grammatical gender says "il"/"er"/"él" of a company as of a man.
  if (lang.code !== 'en') return agrees(e, Object.hasOwn(lang.pronouns, p) ? lang.pronouns[p]! : null) || (e.type === 'organization' && gendered(lang.pronouns[p]));
  if (p === 'he') return e.type === 'person' && e.gender !== 'f';
  if (p === 'she') return e.type === 'person' && e.gender !== 'm';
  if (p === 'it') return e.type === 'organization';
  return false;
}

/** Resolve a pronoun at `pos`; searches back at most `maxSentences` sentences. */
export function resolvePronoun(d: Discourse, pronoun: string, pos: number, maxSentences = 6): Entity | null {
  const si = sentenceIndex(d.sentences, pos);
  for (let s = si; s >= 0 && si - s <= maxSentences; s--) {
    const sent = d.sentences[s]!;
    const limit = s === si ? pos : sent.end;
    let best: Mention | null = null;
    let fallback: Mention | null = null;
    for (const m of d.mentions) {
      if (m.start < sent.start) continue;
      if (m.start >= limit) break;
      if (d.inQuote(m.start) || !compatible(m.entity, pronoun)) continue;
      if (d.isPossessive(m)) {
        fallback ??= m;
        continue;
      }
      best = m;
      break;
    }
    const hit = best ?? fallback;
    if (hit) return hit.entity;
  }
  return null;
}

/**
 * Agreement by the pronoun's gender and number (lang/<code>/words.json): a masculine or feminine
 * singular stands for a person not known to be of the other gender ("er", "elle", "ele"; German
 * "sie", singular or plural, for a woman), a neuter for an organisation ("es"); plurals and the
 * first person stand for no single actor.
 */
/** A singular pronoun of a grammatical gender. */
const gendered = (info: PronounInfo | undefined) => info !== undefined && (info.gender === 'm' || info.gender === 'f') && info.number !== 'pl';

export function agrees(e: Entity, info: PronounInfo | null): boolean {
  if (!info || info.gender === 'self' || info.number === 'pl') return false;
  if (info.gender === 'n') return e.type === 'organization';
  if (info.gender === 'm') return e.type === 'person' && e.gender !== 'f';
  if (info.gender === 'f') return e.type === 'person' && e.gender !== 'm';
  return e.type === 'person';
}

/**
 * The English pronoun of the same gender and number, which names a pronoun's class in the
 * ranker's features: its weights, fitted on English, read the class, and "il", "er", "él" and
 * "ele" are "he" there.
 */
export function pronounClass(pronoun: string, lang: LanguageData): string {
  const p = pronoun.toLowerCase();
  if (lang.code === 'en') return p;
  const info = Object.hasOwn(lang.pronouns, p) ? lang.pronouns[p]! : null;
  if (!info) return p;
  if (info.gender === 'self') return info.number === 'pl' ? 'we' : 'i';
  if (info.number === 'pl') return 'they';
  return info.gender === 'm' ? 'he' : info.gender === 'f' ? 'she' : info.gender === 'n' ? 'it' : p;
}
