// Stage "features": what the text says about each candidate, as named evidence for the
// ranker — the attribution patterns that point at it, the words between it and the
// quotation, distance, paragraph layout, the cue verb's lemma, the candidate's type and
// salience, pronoun agreement, and for 'nobody' what the quotation itself looks like.
// Features are strings; the model gives each a weight.
import { type Doc, sentenceAt, tokenIndexAt } from '../document';
import { typeFromWords } from '../nlp';
import { AUX_ADVERB } from '../noun-phrases';
import { compatible } from '../pronouns';
import { isStrongSpeechVerb, speechVerbBase } from '../speech-verbs';
import type { Token } from '../tokens';
import type { Candidate } from './candidates';
import { FeatureNames } from './feature-names';
import type { QuoteWindow } from './quote-window';

export interface QuoteFacts {
  /** The rule-based reading of the quotation: direct, partial or other (title, scare quote). */
  kind: 'direct' | 'partial' | 'other';
  /** The quotation is the whole paragraph (or all of it but an attribution). */
  startsBlock: boolean;
  quoteOnlyBlock: boolean;
  words: number;
  /** Mentions per actor in the article, for salience. */
  mentionCount: (c: Candidate) => number;
  /** The paragraph before ends with a colon ("X said:"). */
  afterColonBlock: boolean;
  /** The article's most mentioned person. */
  topPerson: Candidate['entity'];
}

/** Tokens between a candidate and its quotation worth reading one by one. */
const MAX_BETWEEN = 40;

/** Small numbers as strings made once, so bucket names are the same string objects each time. */
const NUMBER_NAMES = Array.from({ length: 16 }, (_, i) => String(i));
const OVER_NAMES = NUMBER_NAMES.map((n) => `>${n}`);

const bucket = (n: number, edges: number[]): string => {
  for (const e of edges) if (n <= e) return NUMBER_NAMES[e] ?? `${e}`;
  const last = edges.at(-1)!;
  return OVER_NAMES[last] ?? `>${last}`;
};

/** A token's shape in the words between quote and candidate: punctuation as is, verbs of saying as V. */
function shape(t: Token): string {
  if (!t.word) return t.text === '“' || t.text === '”' ? '"' : t.text;
  if (speechVerbBase(t.text)) return 'V';
  if (AUX_ADVERB.has(t.lower) || (/ly$/.test(t.lower) && t.lower.length > 4)) return 'a';
  if (t.lower === 'according' || t.lower === 'to' || t.lower === 'by' || t.lower === 'told') return t.lower;
  return t.cap ? 'C' : 'w';
}

/** The shapes of up to five tokens joined ("…" for more); `n` reads only the first n. */
function pattern(names: FeatureNames, toks: Token[], n = toks.length): string {
  const count = Math.min(n, toks.length);
  if (count > 5) return '…';
  let s = '';
  for (let i = 0; i < count; i++) s = names.join(s, shape(toks[i]!));
  return s;
}

export function candidateFeatures(doc: Doc, qi: number, win: QuoteWindow, cands: Candidate[], facts: QuoteFacts, names: FeatureNames = new FeatureNames()): string[][] {
  const j = (a: string, b: string) => names.join(a, b);
  const of = (...parts: string[]) => names.of(...parts);
  const q = doc.spans[qi]!;
  const anyPattern = cands.some((c) => c.patterns.length > 0);
  const firstPattern = cands.find((c) => c.patterns.some((p) => p === firstHit(cands)));
  const qs = win.openSentence ?? win.closeSentence ?? 0;
  const qe = win.closeSentence ?? qs;
  // Rank of each named/pronoun candidate by closeness on its side of the quotation.
  const before = cands.filter((c) => c.ref && c.ref.end <= q.start).sort((a, b) => b.ref!.end - a.ref!.end);
  const after = cands.filter((c) => c.ref && c.ref.start >= q.end).sort((a, b) => a.ref!.start - b.ref!.start);
  const layout = [j('kind=', facts.kind), facts.startsBlock ? 'startsBlock' : 'midBlock', facts.quoteOnlyBlock ? 'quoteOnly' : 'withText'];
  const any = anyPattern ? 'true' : 'false';

  return cands.map((c) => {
    const f: string[] = [j('k=', c.kind)];
    const kindBar = j(c.kind, '|');
    const kp = (s: string) => f.push(s, j(kindBar, s));
    if (c.kind === 'nobody') {
      for (const l of layout) f.push(j('nobody|', l));
      f.push(j('nobody|w=', bucket(facts.words, [1, 2, 3, 5, 8, 15])), j('nobody|anyPattern=', any));
      // A paragraph of long direct speech with no attribution in it is still speech.
      f.push(of('nobody|', layout[0]!, '|', layout[2]!, '|w=', bucket(facts.words, [3, 8, 15]), '|any=', any));
      if (q.continuation || q.continues) f.push('nobody|multiPara');
      return f;
    }
    if (c.kind === 'previous') {
      for (const l of layout) f.push(j('prev|', l));
      f.push(j('prev|anyPattern=', any), j('prev|blockDist=', bucket(doc.proseIndex[q.block]! - doc.proseIndex[prevBlock(c) ?? q.block]!, [0, 1, 2])));
      if (q.continuation) f.push('prev|continuation');
      if (c.unnamed) f.push('prev|unnamed');
      return f;
    }
    const ref = c.ref!;
    for (const p of c.patterns) {
      kp(j('pat=', p.rule));
      const lemma = speechVerbBase(p.cue);
      if (lemma) f.push(j('cue=', lemma), of('cue=', lemma, '|', p.rule));
    }
    if (c === firstPattern) kp('firstPattern');
    if (!c.patterns.length) kp(j('noPattern|any=', any));
    if (c.speechSubject) kp('speechSubject');
    // "X said:" closing the paragraph before a quotation that opens its own.
    if (facts.afterColonBlock && ref.end <= q.start && doc.sentences[sentenceAt(doc, ref.start) ?? qs]!.block < q.block) kp('introBlockColon');
    // Where it stands: direction, sentence distance, paragraph distance.
    const dir = ref.end <= q.start ? 'before' : ref.start >= q.end ? 'after' : 'inside';
    const rs = sentenceAt(doc, ref.start) ?? qs;
    const sd = dir === 'before' ? qs - rs : dir === 'after' ? rs - qe : 0;
    const bd = Math.abs(doc.proseIndex[doc.sentences[rs]!.block]! - doc.proseIndex[q.block]!);
    kp(of('dir=', dir, '|sd=', bucket(sd, [0, 1, 2, 3])));
    kp(j('bd=', bucket(bd, [0, 1])));
    kp(of('dir=', dir, '|', layout[1]!, '|bd=', bucket(bd, [0, 1])));
    const rankList = dir === 'before' ? before : after;
    const rank = rankList.indexOf(c);
    if (rank >= 0) kp(of('rank=', dir, bucket(rank, [0, 1, 2])));
    // The nearest name before a paragraph that is only a quotation, with no attribution in sight.
    if (rank >= 0) kp(of(dir, '|', layout[2]!, '|bd=', bucket(bd, [0, 1]), '|rank=', bucket(rank, [0, 1]), '|any=', any));
    // The words between the quotation and the candidate, and the word after it.
    if (sd === 0 && bd === 0) {
      const sent = doc.sentences[rs]!;
      // A long stretch reads as '…' whatever it holds; not copying it keeps a one-sentence page linear.
      const between = dir === 'after' ? slice(sent.tokens, q.end + 1, ref.start) : slice(sent.tokens, ref.end, q.start - 1);
      const pat = between ? pattern(names, between.filter((t) => !doc.inQuote(t.start))) : '…';
      const dirPat = of(dir, ':', pat);
      kp(dirPat);
      const i = tokenIndexAt(sent.tokens, ref.end);
      const nx = sent.tokens.slice(i, i + 2);
      kp(of(dirPat, '|next=', pattern(names, nx)));
      kp(j('next=', pattern(names, nx, 1)));
      const prevTok = sent.tokens[tokenIndexAt(sent.tokens, ref.start) - 1];
      kp(j('prevTok=', prevTok ? shape(prevTok) : '^'));
    }
    // A verb of saying right after the candidate ("X said", "X, the spokesman, told").
    const sent = doc.sentences[rs]!;
    const i = tokenIndexAt(sent.tokens, ref.end);
    for (let k = i; k < Math.min(sent.tokens.length, i + 3); k++) {
      const lemma = speechVerbBase(sent.tokens[k]!.text);
      if (lemma && !sent.tokens[k]!.cap) {
        kp(j('verbAfter=', isStrongSpeechVerb(sent.tokens[k]!.text) ? 'strong' : 'weak'));
        f.push(j('verbAfter=', lemma));
        break;
      }
    }
    // Who it is.
    const e = c.entity;
    kp(j('type=', e?.type ?? (c.unnamed ? 'unnamed' : c.kind === 'name' ? unknownName(ref.text) : 'unknown')));
    if (e) {
      kp(j('mentions=', bucket(facts.mentionCount(c), [1, 2, 4, 8])));
      if (e === facts.topPerson) kp('topPerson');
      if (e.roles.length) kp('hasRole');
    }
    if (c.kind === 'pronoun') {
      const pron = j('pron=', ref.text.toLowerCase());
      f.push(pron, of(pron, '|resolved=', e !== null ? 'true' : 'false'));
      if (e) f.push(j('pron|agrees=', compatible(e, ref.text) ? 'true' : 'false'));
    }
    if (c.kind === 'name' && ref.role) kp('roleWritten');
    // Agrees with the previous quotation's speaker.
    const prev = cands.find((x) => x.kind === 'previous');
    if (prev && e && prev.entity === e) kp('samePrev');
    const dirBar = j(dir, '|');
    for (const l of layout) f.push(j(dirBar, l));
    return f;
  });
}

/** A name the tagger did not find, typed by its words ("Dana Hau-yip" reads as a person). */
function unknownName(text: string): string {
  const t = typeFromWords(text);
  return t === 'person' ? 'newPerson' : t === 'organization' ? 'newOrganization' : t === 'place' ? 'newPlace' : 'unknown';
}

function firstHit(cands: Candidate[]) {
  let best: Candidate['patterns'][number] | undefined;
  let bestOrder = Number.POSITIVE_INFINITY;
  for (const c of cands) for (const p of c.patterns) if (p.order < bestOrder) [best, bestOrder] = [p, p.order];
  return best;
}

function prevBlock(c: Candidate): number | null {
  return c.previousBlock ?? null;
}

/** The tokens in [from, to), or null when there are more than MAX_BETWEEN of them. */
function slice(tokens: Token[], from: number, to: number): Token[] | null {
  const a = tokenIndexAt(tokens, from);
  const b = tokenIndexAt(tokens, to);
  return b - a > MAX_BETWEEN ? null : tokens.slice(a, b);
}
