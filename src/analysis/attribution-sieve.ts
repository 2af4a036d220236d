// Speaker attribution as a sieve: rules from the strongest to the weakest; the first
// that finds a speaker phrase wins. Each rule sees the quote's sentence as tokens
// before the opening mark (`pre`, outside any quotation) and after the closing
// mark (`post`, up to the sentence end or the next quotation).
import { INTL_RULES, speechSubjectsIntl } from './attribution/intl-rules';
import { AUX_ADVERB, type PhraseDoc, phraseBackward, phraseForward, type SpeakerRef } from './noun-phrases';
import { DOCUMENT_HEADS } from './lexicons/description-heads';
import { isCommonWord } from './nlp';
import { isSpeechVerb, isStrongSpeechVerb, speechVerbBase } from './speech-verbs';
import type { Token } from './tokens';

export interface RuleHit {
  ref: SpeakerRef;
  /** The words that carry the attribution: "said", "according to". */
  cue: string;
  rule: string;
  confidence: number;
}

export interface QuoteContext {
  pre: Token[];
  post: Token[];
  doc: PhraseDoc;
  /** `post` is the next sentence (the quote ended its own): only a bare "X said." attributes back. */
  postIsNextSentence?: boolean;
  /** `post` stops at the next quotation's opening mark. */
  postCutByQuote?: boolean;
}

/** "sternly", "quietly": any manner adverb may sit between a speaker and the verb. */
const isAdverb = (t: Token) => t.word && !t.cap && t.lower.length > 4 && t.lower.endsWith('ly') && !isSpeechVerb(t);
const skippable = (t: Token) => t.word && ((AUX_ADVERB.has(t.lower) && !isSpeechVerb(t)) || isAdverb(t));

const LEAD_PUNCT = new Set([',', '—', '–', '-', '―', '(', ':']);
const DASHES = new Set(['—', '–', '-', '―']);
const PARTICIPLE = /ing$/;
const PASSIVE_AUX = new Set(['been', 'was', 'were', 'is', 'are', 'be', 'being']);

const NOUN_MARKERS = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'our', 'this', 'that', 'my', 'your', 'whose']);
/** Base forms that after a capitalised word are usually nouns ("a Times report", "Trump’s tweet"). */
const NOUNY = new Set([
  'report', 'tweet', 'claim', 'note', 'state', 'post', 'comment', 'answer', 'promise', 'reply', 'question', 'charge', 'order',
  'text', 'message', 'sign', 'quote', 'blog', 'email', 'pledge', 'vow', 'demand', 'plea', 'protest', 'rant', 'joke', 'remark',
  'release', 'praise', 'blame', 'address', 'appeal', 'request', 'command', 'forecast', 'estimate', 'broadcast', 'cry', 'hit',
  'fire', 'start', 'go', 'rule', 'find', 'challenge', 'counter', 'object', 'alert', 'signal', 'hint', 'welcome', 'pose', 'pen',
]);
const MODALS = new Set(['would', 'will', 'could', 'can', 'should', 'might', 'may', 'must', 'to', 'did', 'does', 'do', "didn't", "won't", 'he', 'she', 'they', 'we', 'i', 'you']);

/**
 * A speech verb that may attribute here: lower-case, not used as a noun ("a report");
 * strong verbs in any form, ambiguous ones inflected or after a modal ("would speak").
 */
function attributingVerb(t: Token | undefined, prev?: Token): boolean {
  if (!t?.word || t.cap) return false;
  const base = speechVerbBase(t);
  if (base === null) return false;
  if (prev && NOUN_MARKERS.has(prev.lower)) return false;
  if (isStrongSpeechVerb(t)) return true;
  if (t.lower !== base && !t.lower.endsWith('s')) return true;
  // A past tense spelled like its base ("read") is past after a document: "the statement read".
  if (prev && DOCUMENT_HEADS.has(prev.lower)) return true;
  // "would speak", "they call", "Obama and Clinton call".
  return prev !== undefined && (MODALS.has(prev.lower) || (prev.word && prev.cap && t.lower === base && !NOUNY.has(base) && !/['’]s$/.test(prev.text)));
}

/** Drop dash-enclosed asides ("Peskov said talks — where X rebuffed Y — “…”"): their verbs are not the frame. */
function withoutAsides(tokens: Token[]): Token[] {
  // Most windows have no dash at all: read them as they are, without a copy.
  if (!tokens.some((t) => t.text === '—' || t.text === '–')) return tokens;
  const out: Token[] = [];
  let inAside = false;
  let asideStart = -1;
  tokens.forEach((t, i) => {
    if (t.text === '—' || t.text === '–') {
      if (!inAside && tokens.slice(i + 1).some((x) => x.text === t.text)) {
        inAside = true;
        asideStart = out.length;
        return;
      }
      if (inAside) {
        inAside = false;
        return;
      }
    }
    if (!inAside) out.push(t);
  });
  if (inAside && asideStart >= 0) return out;
  return out;
}

/** "Rep. Jane Doe (D-Wis.) said": step over a parenthesis after a name. */
export function skipParenthetical(p: Token[], j: number): number {
  if (p[j]?.text !== '(') return j;
  for (let k = j + 1; k < p.length && k - j < 12; k++) if (p[k]!.text === ')') return k + 1;
  return j;
}

function tokenIndexEndingAt(tokens: Token[], end: number): number {
  for (let i = 0; i < tokens.length; i++) if (tokens[i]!.end >= end) return i;
  return tokens.length - 1;
}

/** “…,” Peskov said / “…,” said Peskov / “…,” the spokesman told reporters. */
export function ruleTrailing(c: QuoteContext): RuleHit | null {
  const p = c.post;
  let i = 0;
  while (i < p.length && !p[i]!.word && LEAD_PUNCT.has(p[i]!.text)) i++;
  if (i >= p.length) return null;
  // A new sentence after the quote ("… .” Peskov said. “…”) still attributes backwards
  // in news style, so no sentence check here.
  let v = i;
  while (v < p.length && skippable(p[v]!)) v++;
  if (attributingVerb(p[v], p[v - 1])) {
    const ref = phraseForward(p, v + 1, c.doc);
    if (ref) return { ref, cue: p[v]!.text, rule: 'trailing-verb-subject', confidence: 0.95 };
  }
  const first = subjectThenVerb(p, i, c.doc);
  if (first) return afterVerbIsShort(p, first, c) ? first : null;
  // "“…,” panel Chairman Rep. Jane Doe said": a few modifiers before the name.
  if (CLAUSE_WORDS.has(p[i]!.lower)) return null;
  for (let k = i + 1; k < p.length && k - i <= 6; k++) {
    const t = p[k]!;
    if (!t.word || CLAUSE_WORDS.has(t.lower)) break;
    if (!t.cap) continue;
    const hit = subjectThenVerb(p, k, c.doc);
    if (hit && afterVerbIsShort(p, hit, c)) return { ...hit, confidence: 0.85 };
    break;
  }
  return null;
}

const CLAUSE_WORDS = new Set([
  'said', 'says', 'and', 'but', 'who', 'which', 'that', 'when', 'as', 'after', 'before', 'because', 'while', 'if', 'since',
  'although', 'though', 'until', 'where', 'then', 'so', 'or', 'nor', 'for', 'to', 'in', 'on', 'at', 'by', 'with', 'from', 'of',
]);

/**
 * In the next sentence, "Vitter demanded." or "Peskov said on Monday." attributes back;
 * "McCrory said it would be improper …" is a new statement of its own.
 */
function afterVerbIsShort(p: Token[], hit: RuleHit, c: QuoteContext): boolean {
  if (!c.postIsNextSentence) return true;
  const v = p.findIndex((t) => t.start >= hit.ref.end && t.text === hit.cue);
  if (v < 0) return true;
  // "Trump said, looking out on the crowd." — an adjunct after a comma is still a bare attribution.
  if (p[v + 1]?.text === ',' || p[v + 1]?.text === '.') return true;
  const rest = p.slice(v + 1).filter((t) => t.word);
  // "… .” McCrory said it would be “improper”": that verb introduces the next quotation.
  if (c.postCutByQuote && rest.length > 0) return false;
  return rest.length <= 5 && !rest.some((t) => t.lower === 'that');
}

/** A subject phrase at p[i] followed (after asides) by a speech verb. */
function subjectThenVerb(p: Token[], i: number, d: PhraseDoc): RuleHit | null {
  const ref = phraseForward(p, i, d);
  if (!ref) return null;
  let j = tokenIndexEndingAt(p, ref.end) + 1;
  // “…” ― Jane Doe: a dash credit line names the speaker with no verb.
  if (i > 0 && DASHES.has(p[i - 1]!.text) && ref.kind === 'name' && (j >= p.length || /^[,.;(]$/.test(p[j]!.text)))
    return { ref, cue: p[i - 1]!.text, rule: 'dash-credit', confidence: 0.85 };
  if (i === 0 && ref.kind !== 'name' && ref.kind !== 'pronoun' && !DASHES.has(p[0]?.text ?? '')) {
    // fall through: descriptions need their verb like any subject
  }
  j = skipParenthetical(p, j);
  // "Mr. Morgan of the Sierra Club said": a short prepositional phrase after the name.
  if (p[j] && /^(of|from|at)$/.test(p[j]!.lower)) {
    for (let k = j + 1; k < p.length && k - j <= 6; k++) {
      if (!p[k]!.word) break;
      if (attributingVerb(p[k], p[k - 1]) && p[k - 1]!.cap) {
        j = k;
        break;
      }
    }
  }
  // Skip an apposition between commas: “…,” Peskov, the spokesman (of …, …), said.
  if (p[j]?.text === ',') {
    for (let k = j; k < p.length && k - j < 40; k++) {
      if (p[k]!.text === ',' && attributingVerb(p[k + 1], p[k])) {
        j = k + 1;
        break;
      }
    }
  }
  while (j < p.length && skippable(p[j]!)) j++;
  if (attributingVerb(p[j], p[j - 1])) return { ref, cue: p[j]!.text, rule: 'trailing-subject-verb', confidence: 0.95 };
  return null;
}

/** "according to X" anywhere in the sentence; "according to a complaint filed by X" → X. */
export function ruleAccordingTo(c: QuoteContext): RuleHit | null {
  for (const toks of [c.post, c.pre]) {
    for (let i = 0; i + 2 < toks.length; i++) {
      if (toks[i]!.lower === 'according' && toks[i + 1]!.lower === 'to') {
        const ref = phraseForward(toks, i + 2, c.doc);
        if (ref?.kind === 'name' || ref?.kind === 'pronoun') return { ref, cue: 'according to', rule: 'according-to', confidence: 0.9 };
        for (let k = i + 2; k < toks.length && k - i < 14; k++) {
          if (toks[k]!.lower !== 'by' && toks[k]!.lower !== 'from') continue;
          const agent = phraseForward(toks, k + 1, c.doc);
          if (agent?.kind === 'name') return { ref: agent, cue: 'according to', rule: 'according-to-document', confidence: 0.8 };
          break;
        }
        if (ref) return { ref, cue: 'according to', rule: 'according-to', confidence: 0.8 };
      }
    }
  }
  return null;
}

const SPEECH_NOUNS = new Set([
  'claim', 'claims', 'remark', 'remarks', 'comment', 'comments', 'words', 'statement', 'tweet', 'tweets', 'assertion',
  'warning', 'promise', 'pledge', 'vow', 'description', 'argument', 'insistence', 'boast', 'prediction', 'suggestion',
  'accusation', 'charge', 'allegation', 'characterization', 'message', 'speech', 'letter', 'missive', 'response',
  'answer', 'reply', 'contention', 'plea', 'complaint', 'phrase', 'slogan', 'call', 'demand', 'announcement', 'testimony',
]);

/** "Donald Trump’s claim that there were “…”": the owner of a speech noun. */
export function rulePossessiveSpeechNoun(c: QuoteContext): RuleHit | null {
  const p = c.pre;
  for (let v = p.length - 1; v >= 1; v--) {
    if (!SPEECH_NOUNS.has(p[v]!.lower)) continue;
    // Owner directly before, possibly through one adjective: "Trump’s earlier claim".
    for (let k = v - 1; k >= 0 && v - k <= 2; k--) {
      const t = p[k]!;
      if (!/['’]s$/.test(t.text)) continue;
      const ref = phraseBackward(p, k + 1, c.doc);
      if (ref?.kind === 'name') return { ref, cue: p[v]!.text, rule: 'possessive-speech-noun', confidence: 0.7 };
    }
  }
  return null;
}

/** "… a new campaign message: “It’s about me.”": a colon hands the quote to the sentence's subject. */
export function ruleColonIntro(c: QuoteContext): RuleHit | null {
  const last = c.pre[c.pre.length - 1];
  if (last?.text !== ':') return null;
  const ref = sentenceSubject(c.pre, c.doc);
  return ref && (ref.kind === 'name' || ref.kind === 'pronoun') ? { ref, cue: ':', rule: 'colon-intro', confidence: 0.6 } : null;
}

/** The subject of a finite speech verb earlier in the sentence; participles defer to the main verb. */
export function ruleIntro(c: QuoteContext): RuleHit | null {
  const p = withoutAsides(c.pre);
  let nearest = true;
  for (let v = p.length - 1; v >= 0; v--) {
    const t = p[v]!;
    if (!attributingVerb(t, p[v - 1])) continue;
    const first = nearest;
    nearest = false;
    // "described as “…” by the department": the agent follows the quote.
    let aux = v - 1;
    while (aux > 0 && /ly$/.test(p[aux]!.lower) && !p[aux]!.cap) aux--;
    if (aux >= 0 && PASSIVE_AUX.has(p[aux]!.lower) && !PARTICIPLE.test(t.lower)) {
      const byAt = c.post.findIndex((x, k) => x.lower === 'by' && k < 4);
      if (byAt >= 0) {
        const ref = phraseForward(c.post, byAt + 1, c.doc);
        if (ref) return { ref, cue: t.text, rule: 'passive-by', confidence: 0.8 };
      }
      continue;
    }
    // "took to Twitter to accuse …": an infinitive's subject is the sentence's.
    if (p[v - 1]?.lower === 'to' && first) {
      const subj = sentenceSubject(p, c.doc);
      if (subj) return { ref: subj, cue: t.text, rule: 'infinitive-subject', confidence: 0.6 };
      continue;
    }
    if (PARTICIPLE.test(t.lower)) {
      // "footage of Trump saying “…”": the participle's own subject.
      const own = p[v - 1]?.word ? phraseBackward(p, v, c.doc) : null;
      if (own && own.kind !== 'description') return { ref: own, cue: t.text, rule: 'participle-subject', confidence: 0.7 };
      // "X warned, saying “…”": the finite speech verb's subject; else the sentence's subject.
      if (first) {
        for (let u = v - 1; u >= 0; u--) {
          if (!attributingVerb(p[u], p[u - 1]) || PARTICIPLE.test(p[u]!.lower)) continue;
          // "an architect who said …": a relative clause is not the frame.
          if (p[u - 1] && /^(who|which|that)$/.test(p[u - 1]!.lower)) continue;
          const ref = phraseBackward(p, u, c.doc);
          if (ref) return { ref, cue: p[u]!.text, rule: 'participle-main-verb', confidence: 0.7 };
        }
        const subj = sentenceSubject(p, c.doc);
        if (subj) return { ref: subj, cue: t.text, rule: 'participle-main-subject', confidence: 0.6 };
      }
      continue;
    }
    const inverted = v === 0;
    const ref = phraseBackward(p, v, c.doc) ?? (inverted ? phraseForward(p, v + 1, c.doc) : null);
    if (ref) {
      const near = p.length - v <= 3;
      return { ref, cue: t.text, rule: near ? 'intro-verb' : 'sentence-verb', confidence: near ? 0.9 : 0.75 };
    }
  }
  return null;
}

const OPENERS = new Set(['but', 'and', 'so', 'yet', 'still', 'meanwhile', 'however', 'then', 'now', 'later', 'also']);

/** The first phrase of a sentence that reads as a subject (after "But", "In July,"). */
function sentenceSubject(p: Token[], d: PhraseDoc): SpeakerRef | null {
  let i = 0;
  while (i < p.length && p[i]!.word && OPENERS.has(p[i]!.lower)) i++;
  // A leading adverbial clause ("In July,", "Increasingly worried about …,", "After the vote,") is skipped.
  const lead = p[i];
  if (lead?.word && (/^(in|on|after|at|before|during|with|without|despite|for|while|when|as|since|amid|following)$/.test(lead.lower) || (/(ly|ing|ed)$/.test(lead.lower) && isCommonWord(lead.text)))) {
    const comma = p.findIndex((t, k) => k > i && t.text === ',');
    if (comma > 0 && comma - i < 30) i = comma + 1;
  }
  const ref = phraseForward(p, i, d);
  // A lone capitalised common word before a lower-case word ("Increasingly worried …") is not the subject.
  const next = p[i + 1];
  if (ref?.kind === 'name' && !/\s/.test(ref.text) && isCommonWord(ref.text) && next?.word && !next.cap) return null;
  return ref;
}

/** Passive with the agent after the quote: "was described as “…” by X". */
export function rulePassiveBy(c: QuoteContext): RuleHit | null {
  const p = c.pre;
  const last = p[p.length - 1];
  const prev = p[p.length - 2];
  if (!(last?.lower === 'as' && prev && isSpeechVerb(prev))) return null;
  const byAt = c.post.findIndex((x, k) => x.lower === 'by' && k < 4);
  if (byAt < 0) return null;
  const ref = phraseForward(c.post, byAt + 1, c.doc);
  return ref ? { ref, cue: prev.text, rule: 'passive-by', confidence: 0.8 } : null;
}

/** Sentence-level rules in sieve order. */
export const SENTENCE_RULES: ReadonlyArray<(c: QuoteContext) => RuleHit | null> = [
  ruleTrailing,
  rulePassiveBy,
  ruleAccordingTo,
  ruleIntro,
  rulePossessiveSpeechNoun,
  ruleColonIntro,
];

export interface PatternHit extends Omit<RuleHit, 'confidence'> {
  /** Position of the rule in sieve order: the sieve's own verdict is the lowest. */
  order: number;
}

/** Every pattern that points at a speaker phrase for this quotation, in sieve order. */
export function attributionPatterns(c: QuoteContext): PatternHit[] {
  const out: PatternHit[] = [];
  rulesFor(c.doc).forEach((rule, order) => {
    const hit = rule(c);
    if (hit) out.push({ ref: hit.ref, cue: hit.cue, rule: hit.rule, order });
  });
  return out;
}

/** The English rules above, or the rules of another language read from its data (attribution/intl-rules.ts). */
const rulesFor = (d: PhraseDoc) => (d.lang && d.lang.code !== 'en' ? INTL_RULES : SENTENCE_RULES);

export function attributeInSentence(c: QuoteContext): RuleHit | null {
  for (const rule of rulesFor(c.doc)) {
    const hit = rule(c);
    if (hit) return hit;
  }
  return null;
}

/** Subjects of speech verbs in a run of tokens (for "who spoke last in this paragraph"). */
export function speechSubjects(tokens: Token[], d: PhraseDoc): SpeakerRef[] {
  if (d.lang && d.lang.code !== 'en') return speechSubjectsIntl(tokens, d);
  const out: SpeakerRef[] = [];
  for (let v = 0; v < tokens.length; v++) {
    if (!attributingVerb(tokens[v], tokens[v - 1]) || PARTICIPLE.test(tokens[v]!.lower)) continue;
    if (v > 0 && PASSIVE_AUX.has(tokens[v - 1]!.lower) && !PARTICIPLE.test(tokens[v]!.lower)) continue;
    const ref = phraseBackward(tokens, v, d);
    if (ref) out.push(ref);
  }
  return out;
}
