// Stage "speakers": for each quotation in order, its candidates and their features go to
// the ranker, and the chosen candidate becomes the quote's speaker — a named actor, an
// unnamed source, or nobody (a title, a scare quote) — with the model's probability.
import type { Entity, Mention } from '../aliases';
import type { Doc } from '../document';
import type { PhraseDoc } from '../noun-phrases';
import { quoteKind } from '../quote-kind';
import type { LanguageData } from '../lang';
import type { Quote, Speaker } from '../types';
import { type Candidate, generateCandidates, type PreviousSpeaker, SubjectIndex } from './candidates';
import { FeatureNames } from './feature-names';
import { candidateFeatures, type QuoteFacts, writeFeatures } from './features';
import { KeptTokens, openMarkAt, quoteWindow } from './quote-window';
import { type RankerModel, rank, softmax, WeightSum } from './ranker';
import { Resolver } from './resolve';

/** One quotation's decision problem, as the trainer sees it. */
export interface Choice {
  quoteIndex: number;
  /** The quotation's characters in the article text. */
  start: number;
  end: number;
  candidates: Candidate[];
  /** Each candidate's features by name; empty when the chooser asked for `scores`. */
  features: string[][];
  /** Each candidate's score under the chooser's `model`, when it has one. */
  scores?: number[];
  /**
   * Someone's words, never a title or a scare quote: direct speech that runs on into the next
   * paragraph, or is a whole paragraph of more than 15 words.
   */
  speech?: boolean;
}

/** Picks a candidate: the model at run time; the trainer records and may force the gold one. */
export type Chooser = ((choice: Choice) => { index: number; probability: number }) & {
  /**
   * The chooser ranks by a softmax over this model's scores: they are summed as features are
   * found, no names listed, and a lone candidate is chosen with probability 1 without them
   * (a page of scare quotes).
   */
  model?: RankerModel;
};

/**
 * The ranker's choice by speaker, not by phrase: several candidates often stand for one actor
 * (its name, a pronoun, the previous speaker), so the probability that the actor said it is
 * the sum of theirs. The candidate returned is that speaker's likeliest phrase.
 */
export function modelChooser(model: RankerModel): Chooser {
  const choose = ({ features, scores, candidates, speech }: Choice) => {
    const probabilities = scores ? softmax(scores) : rank(model, features).probabilities;
    // Who each candidate stands for: its actor, its unnamed description, or itself. A quotation
    // has a few dozen candidates at most, so pairs are compared rather than keyed in a map.
    const n = candidates.length;
    const sum = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) if (j === i || sameSpeaker(candidates[i]!, candidates[j]!)) sum[i]! += probabilities[j]!;
    }
    // Speech is someone's: in PolNeAR's train split 'nobody' is right for 11 of 127 long
    // quotation-only paragraphs and the model cannot weigh the dozen that run over paragraphs, so
    // such speech goes to the likeliest speaker, with that speaker's own probability (not raised
    // by leaving 'nobody' out).
    const allowed = (i: number) => !speech || candidates[i]!.kind !== 'nobody';
    let index = allowed(0) ? 0 : -1;
    for (let i = 1; i < n; i++) {
      if (!allowed(i)) continue;
      const better = index < 0 ? 1 : sum[i]! - sum[index]!;
      if (better > 1e-12 || (Math.abs(better) <= 1e-12 && probabilities[i]! > probabilities[index]!)) index = i;
    }
    if (index < 0) index = 0;
    return { index, probability: Math.min(1, sum[index]!) };
  };
  return Object.assign(choose, { model });
}

/** Two candidates for one speaker: the same actor, or the same unnamed description. */
function sameSpeaker(a: Candidate, b: Candidate): boolean {
  if (a.entity || b.entity) return a.entity === b.entity;
  return a.unnamed !== null && a.unnamed === b.unnamed;
}

export function attributeQuotes(doc: Doc, phraseDoc: PhraseDoc, entities: Entity[], mentions: Mention[], choose: Chooser): Quote[] {
  const resolver = new Resolver(doc, entities, mentions);
  const subjects = new SubjectIndex(doc, phraseDoc);
  const kept = new KeptTokens(doc);
  const names = new FeatureNames();
  const weights = choose.model ? new WeightSum(choose.model, names) : null;
  const counts = new Map<Entity, number>();
  for (const m of mentions) counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
  const mentionCount = (c: Candidate) => (c.entity ? (counts.get(c.entity) ?? c.entity.mentions.length) : 0);
  let topPerson: Entity | null = null;
  for (const [e, n] of counts) if (e.type === 'person' && n > (topPerson ? counts.get(topPerson)! : 1)) topPerson = e;

  const quotes: Quote[] = [];
  let previous: PreviousSpeaker | null = null;
  doc.spans.forEach((q, qi) => {
    // A later paragraph of a quotation is the same quotation: one speaker, decided once.
    const opener = quotes[qi - 1];
    if (q.continuation && opener && doc.spans[qi - 1]!.continues && opener.kind !== 'other') {
      quotes.push({ ...opener, start: q.start, end: q.end, text: doc.text.slice(q.start, q.end), rule: 'continuation' });
      return;
    }
    const win = quoteWindow(doc, qi, kept);
    const cands = generateCandidates(doc, phraseDoc, qi, win, resolver, subjects, previous);
    const inner = doc.text.slice(q.start, q.end);
    const blk = doc.blocks[q.block]!;
    const attributed = cands.some((c) => c.patterns.length > 0) || q.continuation || q.continues;
    const kind = quoteKind({ inner, before: win.before, after: win.after, attributed, headingLike: blk.kind === 'heading' });
    // A softmax of one candidate is 1, whatever its score.
    const lone = cands.length === 1 && weights !== null;
    let features: string[][] = [];
    let scores: number[] | undefined;
    let speech = false;
    if (!lone) {
      const facts = quoteFacts(doc, qi, inner, kind, mentionCount, topPerson);
      speech = kind === 'direct' && (q.continues || (facts.quoteOnlyBlock && facts.words > 15));
      if (!weights) features = candidateFeatures(doc, qi, win, cands, facts, names);
      else {
        weights.reset();
        writeFeatures(doc, qi, win, cands, facts, names, weights);
        scores = weights.scores;
      }
    }
    const { index, probability } = lone ? { index: 0, probability: 1 } : choose({ quoteIndex: qi, start: q.start, end: q.end, candidates: cands, features, scores, speech });
    const chosen = cands[index]!;
    const { quote, entity } = toQuote(q, inner, kind, chosen, probability, resolver);
    quotes.push(quote);
    if (quote.kind !== 'other') previous = { entity, unnamed: entity ? null : chosen.unnamed, block: q.block, quoteIndex: qi };
  });
  return quotes;
}

/** What the features read about the quotation itself; only a choice among candidates needs it. */
function quoteFacts(doc: Doc, qi: number, inner: string, kind: QuoteFacts['kind'], mentionCount: QuoteFacts['mentionCount'], topPerson: Entity | null): QuoteFacts {
  const q = doc.spans[qi]!;
  const blk = doc.blocks[q.block]!;
  return {
    kind,
    startsBlock: onlySpaceBetween(doc.text, blk.start, openMarkAt(doc.text, q.start)),
    // Lengths first: a quote deep in a long paragraph never reads the paragraph.
    quoteOnlyBlock: inner.length >= blk.end - blk.start - 40 && !mentionsSaying(doc.text.slice(blk.start, Math.max(blk.start, openMarkAt(doc.text, q.start))) + doc.text.slice(q.end, blk.end), doc.lang),
    words: inner.split(/\s+/).filter(Boolean).length,
    afterColonBlock: q.block > 0 && /:\s*$/.test(doc.text.slice(Math.max(doc.blocks[q.block - 1]!.start, doc.blocks[q.block - 1]!.end - 4), doc.blocks[q.block - 1]!.end)),
    mentionCount,
    topPerson,
  };
}

function toQuote(q: { start: number; end: number }, inner: string, kind: Quote['kind'], c: Candidate, probability: number, resolver: Resolver): { quote: Quote; entity: Entity | null } {
  // Object literals written out, not spread: a page of thousands of quotations makes this hot.
  if (c.kind === 'nobody') return { quote: { start: q.start, end: q.end, text: inner, speaker: { kind: 'nobody' }, speakerMention: null, speakerRole: null, cue: null, kind: 'other', confidence: probability, rule: 'nobody' }, entity: null };
  let entity = c.entity;
  let unnamed = c.unnamed;
  if (!entity && !unnamed && c.ref?.kind === 'name' && !shouted(c.ref.name ?? c.ref.text)) {
    entity = resolver.addSpeaker(c.ref);
    // "Protesters said": a common noun written with a capital, an unnamed source.
    if (!entity) unnamed = c.ref.text.toLowerCase();
  }
  const speaker: Speaker = entity ? { kind: 'named', name: entity.name } : unnamed ? { kind: 'unnamed', description: unnamed } : { kind: 'nobody' };
  const pattern = c.patterns[0];
  const role = c.ref?.role ?? (c.ref?.kind === 'description' && entity ? c.ref.text.replace(/^(the|this|that)\s+/i, '') : null) ?? entity?.roles[0] ?? null;
  if (entity && c.ref?.role && !entity.roles.includes(c.ref.role)) entity.roles.push(c.ref.role);
  const quote: Quote = {
    start: q.start,
    end: q.end,
    text: inner,
    speaker,
    speakerMention: c.ref?.text ?? null,
    speakerRole: speaker.kind !== 'nobody' ? role : null,
    cue: pattern?.cue ?? null,
    kind: kind === 'other' ? 'partial' : kind,
    confidence: probability,
    rule: pattern?.rule ?? c.kind,
  };
  return { quote, entity };
}

/** Whether text[from, to) is blank; stops at the first other character. */
function onlySpaceBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!/\s/.test(text[i]!)) return false;
  return true;
}

/** Shouted headline words ("CONGRESS HAS INVESTIGATED HIM") are not a speaker's name. */
function shouted(name: string): boolean {
  const words = name.split(/\s+/);
  return words.length > 1 && words.every((w) => w === w.toUpperCase() && /\p{L}/u.test(w));
}

/** Whether a stretch outside the quotation holds a strong verb of saying ("said", "a déclaré", "sagte"). */
function mentionsSaying(text: string, lang: LanguageData): boolean {
  if (lang.code === 'en') return /\b(said|says|told)\b/.test(text);
  for (const w of text.toLowerCase().match(/\p{L}+/gu) ?? []) if (lang.speech.isStrong(w)) return true;
  return false;
}
