// Stage "features": what the text says about each candidate, as named evidence for the
// ranker — the attribution patterns that point at it, the words between it and the
// quotation, distance, paragraph layout, the cue verb's lemma, the candidate's type and
// salience, pronoun agreement, and for 'nobody' what the quotation itself looks like.
// Features are strings; the model gives each a weight.
import { type Doc, sentenceAt, tokenIndexAt } from '../document';
import { typeFromWords } from '../nlp';
import { AUX_ADVERB } from '../noun-phrases';
import { compatible } from '../pronouns';
import { isStrongSpeechVerb, speechVerbBase, speechVerbBaseOfLower } from '../speech-verbs';
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
  if (speechVerbBaseOfLower(t.lower)) return 'V';
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

/** One candidate's features, each written as is or also prefixed with the candidate's kind. */
class FeatureList {
  readonly f: string[];
  private readonly kindBar: string;
  constructor(
    private readonly names: FeatureNames,
    kind: string,
  ) {
    this.f = [names.join('k=', kind)];
    this.kindBar = names.join(kind, '|');
  }
  add(s: string): void {
    this.f.push(s);
  }
  /** `s` and `kind|s`: a feature whose weight may differ by kind of candidate. */
  both(s: string): void {
    this.f.push(s, this.names.join(this.kindBar, s));
  }
}

type Dir = 'before' | 'after' | 'inside';

type QuotePrefixes = ReturnType<typeof makeQuotePrefixes>;

/**
 * The parts of feature names that are the same for every candidate of one quotation, joined
 * once per kind of quotation (layout and whether any pattern fired): a page of thousands of
 * quotations otherwise joins them again for each candidate.
 */
function makeQuotePrefixes(names: FeatureNames, layout: string[], any: string) {
  const byDir = <T>(make: (d: Dir) => T) => ({ before: make('before'), after: make('after'), inside: make('inside') });
  return {
    nobody: layout.map((l) => names.join('nobody|', l)),
    prev: layout.map((l) => names.join('prev|', l)),
    dirLayout: byDir((d) => layout.map((l) => names.of(d, '|', l))),
    sd: byDir((d) => names.of('dir=', d, '|sd=')),
    dirBlockBd: byDir((d) => names.of('dir=', d, '|', layout[1]!, '|bd=')),
    dirOnlyBd: byDir((d) => names.of(d, '|', layout[2]!, '|bd=')),
    rank: byDir((d) => names.join('rank=', d)),
    anySuffix: names.join('|any=', any),
  };
}

function quotePrefixes(names: FeatureNames, layout: string[], any: string): QuotePrefixes {
  return names.once(names.of('prefixes|', layout[0]!, '|', layout[1]!, '|', layout[2]!, '|', any), () => makeQuotePrefixes(names, layout, any));
}

export function candidateFeatures(doc: Doc, qi: number, win: QuoteWindow, cands: Candidate[], facts: QuoteFacts, names: FeatureNames = new FeatureNames()): string[][] {
  const q = doc.spans[qi]!;
  const anyPattern = cands.some((c) => c.patterns.length > 0);
  const firstPattern = cands.find((c) => c.patterns.some((p) => p === firstHit(cands)));
  const qs = win.openSentence ?? win.closeSentence ?? 0;
  const qe = win.closeSentence ?? qs;
  // Rank of each named/pronoun candidate by closeness on its side of the quotation.
  const before = cands.filter((c) => c.ref && c.ref.end <= q.start).sort((a, b) => b.ref!.end - a.ref!.end);
  const after = cands.filter((c) => c.ref && c.ref.start >= q.end).sort((a, b) => a.ref!.start - b.ref!.start);
  const layout = [names.join('kind=', facts.kind), facts.startsBlock ? 'startsBlock' : 'midBlock', facts.quoteOnlyBlock ? 'quoteOnly' : 'withText'];
  const any = anyPattern ? 'true' : 'false';
  const pre = quotePrefixes(names, layout, any);
  const prev = cands.find((x) => x.kind === 'previous');

  return cands.map((c) => {
    const list = new FeatureList(names, c.kind);
    const f = list.f;
    if (c.kind === 'nobody') {
      for (const l of pre.nobody) f.push(l);
      f.push(names.join('nobody|w=', bucket(facts.words, [1, 2, 3, 5, 8, 15])), names.join('nobody|anyPattern=', any));
      // A paragraph of long direct speech with no attribution in it is still speech.
      f.push(names.of('nobody|', layout[0]!, '|', layout[2]!, '|w=', bucket(facts.words, [3, 8, 15]), '|any=', any));
      if (q.continuation || q.continues) f.push('nobody|multiPara');
      return f;
    }
    if (c.kind === 'previous') {
      for (const l of pre.prev) f.push(l);
      f.push(names.join('prev|anyPattern=', any), names.join('prev|blockDist=', bucket(doc.proseIndex[q.block]! - doc.proseIndex[prevBlock(c) ?? q.block]!, [0, 1, 2])));
      if (q.continuation) f.push('prev|continuation');
      if (c.unnamed) f.push('prev|unnamed');
      return f;
    }
    const ref = c.ref!;
    for (const p of c.patterns) {
      list.both(names.join('pat=', p.rule));
      const lemma = speechVerbBase(p.cue);
      if (lemma) f.push(names.join('cue=', lemma), names.of('cue=', lemma, '|', p.rule));
    }
    if (c === firstPattern) list.both('firstPattern');
    if (!c.patterns.length) list.both(names.join('noPattern|any=', any));
    if (c.speechSubject) list.both('speechSubject');
    // "X said:" closing the paragraph before a quotation that opens its own.
    if (facts.afterColonBlock && ref.end <= q.start && doc.sentences[sentenceAt(doc, ref.start) ?? qs]!.block < q.block) list.both('introBlockColon');
    // Where it stands: direction, sentence distance, paragraph distance.
    const dir: Dir = ref.end <= q.start ? 'before' : ref.start >= q.end ? 'after' : 'inside';
    const rs = sentenceAt(doc, ref.start) ?? qs;
    const sd = dir === 'before' ? qs - rs : dir === 'after' ? rs - qe : 0;
    const bd = Math.abs(doc.proseIndex[doc.sentences[rs]!.block]! - doc.proseIndex[q.block]!);
    const bdName = bucket(bd, [0, 1]);
    list.both(names.join(pre.sd[dir], bucket(sd, [0, 1, 2, 3])));
    list.both(names.join('bd=', bdName));
    list.both(names.join(pre.dirBlockBd[dir], bdName));
    const rank = (dir === 'before' ? before : dir === 'after' ? after : []).indexOf(c);
    if (rank >= 0) {
      list.both(names.join(pre.rank[dir], bucket(rank, [0, 1, 2])));
      // The nearest name before a paragraph that is only a quotation, with no attribution in sight.
      list.both(names.join(names.of(pre.dirOnlyBd[dir], bdName, '|rank=', bucket(rank, [0, 1])), pre.anySuffix));
    }
    const sent = doc.sentences[rs]!;
    const i = tokenIndexAt(sent.tokens, ref.end);
    // The words between the quotation and the candidate, and the word after it.
    if (sd === 0 && bd === 0) {
      // A long stretch reads as '…' whatever it holds; not copying it keeps a one-sentence page linear.
      const between = dir === 'after' ? slice(sent.tokens, q.end + 1, ref.start) : slice(sent.tokens, ref.end, q.start - 1);
      const pat = between ? pattern(names, between.filter((t) => !doc.inQuote(t.start))) : '…';
      const dirPat = names.of(dir, ':', pat);
      list.both(dirPat);
      const nx = sent.tokens.slice(i, i + 2);
      list.both(names.of(dirPat, '|next=', pattern(names, nx)));
      list.both(names.join('next=', pattern(names, nx, 1)));
      const prevTok = sent.tokens[tokenIndexAt(sent.tokens, ref.start) - 1];
      list.both(names.join('prevTok=', prevTok ? shape(prevTok) : '^'));
    }
    // A verb of saying right after the candidate ("X said", "X, the spokesman, told").
    for (let k = i; k < Math.min(sent.tokens.length, i + 3); k++) {
      const t = sent.tokens[k]!;
      const lemma = t.cap ? null : speechVerbBaseOfLower(t.lower);
      if (lemma) {
        list.both(names.join('verbAfter=', isStrongSpeechVerb(t.lower) ? 'strong' : 'weak'));
        f.push(names.join('verbAfter=', lemma));
        break;
      }
    }
    // Who it is.
    const e = c.entity;
    list.both(names.join('type=', e?.type ?? (c.unnamed ? 'unnamed' : c.kind === 'name' ? unknownName(ref.text) : 'unknown')));
    if (e) {
      list.both(names.join('mentions=', bucket(facts.mentionCount(c), [1, 2, 4, 8])));
      if (e === facts.topPerson) list.both('topPerson');
      if (e.roles.length) list.both('hasRole');
    }
    if (c.kind === 'pronoun') {
      const pron = names.join('pron=', ref.text.toLowerCase());
      f.push(pron, names.of(pron, '|resolved=', e !== null ? 'true' : 'false'));
      if (e) f.push(names.join('pron|agrees=', compatible(e, ref.text) ? 'true' : 'false'));
    }
    if (c.kind === 'name' && ref.role) list.both('roleWritten');
    // Agrees with the previous quotation's speaker.
    if (prev && e && prev.entity === e) list.both('samePrev');
    for (const l of pre.dirLayout[dir]) f.push(l);
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
