// Stage "candidates": every source a quotation may have within reach — the phrases the
// attribution patterns point at, named mentions and pronouns nearby, subjects of speech
// verbs in its paragraph and the one before, the previous quotation's speaker, and
// nobody. Nothing is decided here; the ranker chooses.
import type { Entity } from '../aliases';
import { attributionPatterns, type PatternHit, speechSubjects } from '../attribution-sieve';
import { blockSentences, type Doc } from '../document';
import { PRONOUNS, type PhraseDoc, type SpeakerRef } from '../noun-phrases';
import { spanAt } from '../sentences';
import type { QuoteWindow } from './quote-window';
import type { Resolver } from './resolve';

export type CandidateKind = 'name' | 'pronoun' | 'description' | 'unnamed' | 'previous' | 'nobody';

export interface Candidate {
  kind: CandidateKind;
  /** The phrase in the text; null for 'previous' and 'nobody'. */
  ref: SpeakerRef | null;
  /** Attribution patterns that point at this phrase, with their cue words. */
  patterns: PatternHit[];
  /** The phrase is the subject of a speech verb in this or the previous paragraph. */
  speechSubject: boolean;
  /** Who it stands for, when known. */
  entity: Entity | null;
  unnamed: string | null;
  /** For 'previous': the block of the quotation it comes from. */
  previousBlock?: number;
}

/** The speaker chosen for the quotation before, carried forward as a candidate. */
export interface PreviousSpeaker {
  entity: Entity | null;
  unnamed: string | null;
  /** Block of that quotation. */
  block: number;
  quoteIndex: number;
}

const NEAR_BEFORE = 5;
const NEAR_AFTER = 3;
const PRONOUNS_NEAR = 3;

/** Speech-verb subjects of a block, computed once per block. */
export class SubjectIndex {
  private readonly cache = new Map<number, SpeakerRef[]>();
  constructor(
    private readonly doc: Doc,
    private readonly phraseDoc: PhraseDoc,
  ) {}
  of(block: number): SpeakerRef[] {
    let refs = this.cache.get(block);
    if (!refs) {
      refs = [];
      for (const s of blockSentences(this.doc, block)) {
        const toks = s.tokens.filter((t) => !this.doc.inQuote(t.start));
        // A sentence of thousands of tokens is a list, not prose: read only its first part.
        refs.push(...speechSubjects(toks.slice(0, 200), this.phraseDoc));
      }
      this.cache.set(block, refs);
    }
    return refs;
  }
}

export function generateCandidates(
  doc: Doc,
  phraseDoc: PhraseDoc,
  qi: number,
  win: QuoteWindow,
  resolver: Resolver,
  subjects: SubjectIndex,
  previous: PreviousSpeaker | null,
): Candidate[] {
  const q = doc.spans[qi]!;
  const out: Candidate[] = [];

  for (const hit of attributionPatterns({ pre: win.pre, post: win.post, doc: phraseDoc, postIsNextSentence: win.postIsNextSentence, postCutByQuote: win.postCutByQuote })) {
    addCandidate(out, hit.ref, undefined, doc, resolver).patterns.push(hit);
  }

  // Named mentions from the paragraph before to the paragraph after.
  const from = doc.blocks[Math.max(0, q.block - 1)]!.start;
  const to = doc.blocks[Math.min(doc.blocks.length - 1, q.block + 1)]!.end;
  const ms = resolver.mentions;
  const at = resolver.mentionIndexAt(q.start);
  let taken = 0;
  for (let k = at - 1; k >= 0 && taken < NEAR_BEFORE; k--) {
    const m = ms[k]!;
    if (m.start < from) break;
    if (doc.inQuote(m.start)) continue;
    addCandidate(out, mentionRef(doc, m.start, m.end), m.entity, doc, resolver);
    taken++;
  }
  taken = 0;
  for (let k = resolver.mentionIndexAt(q.end); k < ms.length && taken < NEAR_AFTER; k++) {
    const m = ms[k]!;
    if (m.start > to) break;
    if (doc.inQuote(m.start)) continue;
    addCandidate(out, mentionRef(doc, m.start, m.end), m.entity, doc, resolver);
    taken++;
  }

  // Pronouns in the sentences around the quotation.
  const s0 = Math.max(0, (win.openSentence ?? win.closeSentence ?? 0) - 1);
  const s1 = Math.min(doc.sentences.length - 1, (win.closeSentence ?? win.openSentence ?? 0) + 1);
  const pronounRefs: SpeakerRef[] = [];
  const pronouns = doc.lang.code === 'en' ? PRONOUNS : doc.lang.pronouns;
  for (let s = s0; s <= s1; s++) {
    const sent = doc.sentences[s]!;
    if (Math.abs(sent.block - q.block) > 1) continue;
    for (const t of sent.tokens.length > 400 ? [] : sent.tokens) {
      if (!t.word || !Object.hasOwn(pronouns, t.lower) || doc.inQuote(t.start)) continue;
      pronounRefs.push({ kind: 'pronoun', text: t.text, start: t.start, end: t.end, role: null, name: null });
    }
  }
  const before = pronounRefs.filter((r) => r.end <= q.start).slice(-PRONOUNS_NEAR);
  const after = pronounRefs.filter((r) => r.start >= q.end).slice(0, PRONOUNS_NEAR);
  for (const r of before) addCandidate(out, r, undefined, doc, resolver);
  for (const r of after) addCandidate(out, r, undefined, doc, resolver);

  // Subjects of speech verbs in this paragraph and the one before.
  for (const b of [q.block - 1, q.block]) {
    if (b < 0) continue;
    const refs = subjects.of(b);
    for (let k = Math.max(0, refs.length - 3); k < refs.length; k++) addCandidate(out, refs[k]!, undefined, doc, resolver).speechSubject = true;
  }

  if (previous && (previous.entity || previous.unnamed) && doc.proseIndex[q.block]! - doc.proseIndex[previous.block]! <= 3) {
    out.push({ kind: 'previous', ref: null, patterns: [], speechSubject: false, entity: previous.entity, unnamed: previous.unnamed, previousBlock: previous.block });
  }
  out.push({ kind: 'nobody', ref: null, patterns: [], speechSubject: false, entity: null, unnamed: null });
  return out;
}

/**
 * `ref` as a candidate in `out`: a phrase met twice (a pattern's subject that is also a mention
 * nearby) is one candidate. A quotation has a few dozen candidates at most: a scan, not a map with
 * a string key each. Module-level, not a closure per quotation: a page of 250,000 quotations made one each.
 */
function addCandidate(out: Candidate[], ref: SpeakerRef, known: Entity | undefined, doc: Doc, resolver: Resolver): Candidate {
  for (const x of out) if (x.ref !== null && x.ref.start === ref.start && x.ref.end === ref.end) return x;
  const r = known ? { entity: known, unnamed: null } : resolver.resolve(ref, Math.max(0, spanAt(doc.blocks, ref.start).index));
  const c: Candidate = { kind: ref.kind, ref, patterns: [], speechSubject: false, entity: r.entity, unnamed: r.unnamed };
  out.push(c);
  return c;
}

function mentionRef(doc: Doc, start: number, end: number): SpeakerRef {
  const text = doc.text.slice(start, end);
  return { kind: 'name', text, start, end, role: null, name: text };
}
