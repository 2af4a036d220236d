// Pronoun resolution: he/she/it → the most salient compatible actor before the pronoun.
// Sentence by sentence backwards; inside a sentence the leftmost (subject-like)
// mention wins, since news sentences put the speaker first.
import type { Entity, Mention } from './aliases';
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

export function compatible(e: Entity, pronoun: string): boolean {
  const p = pronoun.toLowerCase();
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
