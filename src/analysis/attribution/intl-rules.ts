// Attribution patterns of French, Spanish, German and Portuguese news, read from each language's
// data (lang/<code>/): the verb of saying after the quotation with its subject inverted ("…»,
// a déclaré le ministre", "…“, sagte er", "…”, dijo el presidente", "…», confie-t-elle"), the
// subject before the verb ("…», le ministre a déclaré"), the according-to cues ("selon X", "según
// X", "laut X", "…“, so Habeck") and the verb before the quotation ("Il a déclaré : « … »", "Am
// Montag sagte Merz: „…“"). Each hit is named like its English pattern, so the ranker's weights,
// which read the pattern's kind and not its words, serve every language.
import type { RuleHit, QuoteContext } from '../attribution-sieve';
import type { LanguageData } from '../lang';
import { EN } from '../lang/en';
import { phraseBackward, phraseForward, type SpeakerRef } from '../noun-phrases';
import type { Token } from '../tokens';

const LEAD_PUNCT = new Set([',', '—', '–', '-', '―', '(', ':']);
/** Words read at most between an inverted verb and its subject ("a déclaré mardi soir le ministre"). */
const MAX_GAP = 4;

const langOf = (c: QuoteContext): LanguageData => c.doc.lang ?? EN;

/** A verb of saying that may attribute: lower-case, in the language's list, not after a determiner ("la note"). */
export function sayingVerb(t: Token | undefined, prev: Token | undefined, L: LanguageData): boolean {
  if (!t?.word || t.cap) return false;
  if (L.speech.base(t.lower) === null) return false;
  return !(prev && L.determiners.has(prev.lower));
}

/**
 * A verb written with its inverted subject pronoun in one token: "confie-t-elle", "a-t-il",
 * "poursuit-il". Returns the pronoun as a phrase and whether the verb part is a verb of saying.
 */
export function cliticSubject(t: Token, L: LanguageData): { ref: SpeakerRef; verb: string; saying: boolean } | null {
  const m = /^(.+?)-(?:t-)?(\p{L}+)$/u.exec(t.text);
  if (!m || !Object.hasOwn(L.pronouns, m[2]!.toLowerCase())) return null;
  const verb = m[1]!;
  const start = t.end - m[2]!.length;
  return { ref: { kind: 'pronoun', text: m[2]!, start, end: t.end, role: null, name: null }, verb, saying: L.speech.base(verb.toLowerCase()) !== null };
}

const skippable = (t: Token, L: LanguageData) => t.word && !t.cap && L.auxiliaries.has(t.lower) && L.speech.base(t.lower) === null;

/** Whether `seq` is written at toks[i..]. */
function startsWith(toks: Token[], i: number, seq: readonly string[]): boolean {
  for (let k = 0; k < seq.length; k++) if (toks[i + k]?.lower !== seq[k]) return false;
  return seq.length > 0;
}

/** "…», a déclaré le ministre" / "…“, sagte er" / "…», confie-t-elle" / "…», le ministre a déclaré". */
export function ruleTrailingIntl(c: QuoteContext): RuleHit | null {
  const L = langOf(c);
  const p = c.post;
  let i = 0;
  while (i < p.length && !p[i]!.word && LEAD_PUNCT.has(p[i]!.text)) i++;
  if (i >= p.length) return null;
  let v = i;
  // "a-t-il déclaré": an auxiliary carrying the pronoun, then the verb.
  const auxClitic = p[v] && cliticSubject(p[v]!, L);
  if (auxClitic && !auxClitic.saying && L.auxiliaries.has(auxClitic.verb.toLowerCase()) && sayingVerb(p[v + 1], undefined, L))
    return { ref: auxClitic.ref, cue: p[v + 1]!.text, rule: 'trailing-verb-subject', confidence: 0.95 };
  while (v < p.length && skippable(p[v]!, L)) v++;
  const clitic = p[v] && cliticSubject(p[v]!, L);
  if (clitic?.saying) return { ref: clitic.ref, cue: clitic.verb, rule: 'trailing-verb-subject', confidence: 0.95 };
  if (sayingVerb(p[v], p[v - 1], L) && !c.postIsNextSentence) {
    // The inverted subject, after a few words of time or place at most ("dijo ayer el ministro").
    for (let k = v + 1; k < p.length && k - v <= MAX_GAP; k++) {
      if (L.clauseWords.has(p[k]!.lower) && !L.determiners.has(p[k]!.lower)) break;
      const ref = phraseForward(p, k, c.doc);
      if (ref) return { ref, cue: p[v]!.text, rule: 'trailing-verb-subject', confidence: 0.95 };
      if (!p[k]!.word || p[k]!.cap) break;
    }
  }
  // "…», le ministre a déclaré" / "…“, Lang sagte": a subject, then its verb.
  const ref = phraseForward(p, i, c.doc);
  if (ref) {
    let j = i;
    while (j < p.length && p[j]!.end <= ref.end) j++;
    while (j < p.length && (skippable(p[j]!, L) || p[j]!.text === ',')) j++;
    if (sayingVerb(p[j], undefined, L) && (!c.postIsNextSentence || p.length - j <= 6)) return { ref, cue: p[j]!.text, rule: 'trailing-subject-verb', confidence: 0.95 };
  }
  // "…“, so Habeck": a cue that hands the quotation over only right after it.
  for (const seq of L.accordingToAfterQuote) {
    if (!startsWith(p, i, seq) || c.postIsNextSentence) continue;
    const r = phraseForward(p, i + seq.length, c.doc);
    if (r && (r.kind === 'name' || r.kind === 'pronoun' || r.kind === 'description')) return { ref: r, cue: seq.join(' '), rule: 'according-to', confidence: 0.9 };
  }
  return null;
}

/** "selon le ministre", "según X", "laut X", "de acordo com X", anywhere in the sentence. */
export function ruleAccordingToIntl(c: QuoteContext): RuleHit | null {
  const L = langOf(c);
  for (const toks of [c.post, c.pre]) {
    for (let i = 0; i < toks.length; i++) {
      for (const seq of L.accordingTo) {
        if (!startsWith(toks, i, seq)) continue;
        const ref = throughSpeechNoun(toks, i + seq.length, c);
        if (ref) return { ref, cue: seq.join(' '), rule: 'according-to', confidence: ref.kind === 'name' || ref.kind === 'pronoun' ? 0.9 : 0.8 };
      }
    }
  }
  return null;
}

/** Prepositions that name who a statement is by: "un communiqué du ministère", "Angaben von X". */
const OF = new Set(['von', 'vom', 'des', 'der', 'de', 'du', 'del', 'da', 'do', 'dos', 'das', "d'", 'd’']);

/**
 * The phrase at toks[i], or where it is a statement ("laut einem Interview", "selon un communiqué",
 * "nach Angaben von") the one it is by; null when it names no one.
 */
function throughSpeechNoun(toks: Token[], i: number, c: QuoteContext): SpeakerRef | null {
  const L = langOf(c);
  const ref = phraseForward(toks, i, c.doc);
  const words = ref ? ref.text.toLowerCase().split(/\s+/) : [];
  const head = words.at(-1) ?? toks[i]?.lower ?? '';
  if (ref && !L.speech.nouns.has(head)) return ref;
  for (let k = i; k < toks.length && k - i <= 5; k++) if (OF.has(toks[k]!.lower)) return phraseForward(toks, k + 1, c.doc);
  return null;
}

/** The subject of a verb of saying before the quotation: "Le ministre a déclaré : « … »", "Dazu sagte Merz: „…“". */
export function ruleIntroIntl(c: QuoteContext): RuleHit | null {
  const L = langOf(c);
  const p = c.pre;
  for (let v = p.length - 1; v >= 0; v--) {
    const t = p[v]!;
    const clitic = t.word ? cliticSubject(t, L) : null;
    if (clitic?.saying) return { ref: clitic.ref, cue: clitic.verb, rule: p.length - v <= 3 ? 'intro-verb' : 'sentence-verb', confidence: 0.85 };
    if (!sayingVerb(t, p[v - 1], L)) continue;
    // An inverted subject after the verb ("sagte Merz:", "declaró el ministro:") comes first: the
    // phrase before such a verb is an adverbial ("Am Montag", "Dazu").
    let ref: SpeakerRef | null = null;
    for (let k = v + 1; k < p.length && k - v <= MAX_GAP && !ref; k++) {
      // "ha recalcado en Madrid que": a preposition or a conjunction ends the verb's reach.
      if (L.clauseWords.has(p[k]!.lower) && !L.determiners.has(p[k]!.lower)) break;
      ref = phraseForward(p, k, c.doc);
      if (!p[k]!.word || (p[k]!.cap && !ref)) break;
    }
    ref ??= phraseBackward(p, v, c.doc);
    if (ref) {
      const near = p.length - v <= 3 || p.at(-1)?.text === ':';
      return { ref, cue: t.text, rule: near ? 'intro-verb' : 'sentence-verb', confidence: near ? 0.9 : 0.75 };
    }
  }
  return null;
}

/** "… : « … »": a colon hands the quotation to the first phrase of its sentence. */
export function ruleColonIntroIntl(c: QuoteContext): RuleHit | null {
  if (c.pre.at(-1)?.text !== ':') return null;
  const p = c.pre;
  for (let i = 0; i < Math.min(p.length - 1, 4); i++) {
    const ref = phraseForward(p, i, c.doc);
    if (ref && (ref.kind === 'name' || ref.kind === 'pronoun')) return { ref, cue: ':', rule: 'colon-intro', confidence: 0.6 };
    if (p[i]!.text === ',') break;
  }
  return null;
}

/** The patterns of a language other than English, in sieve order. */
export const INTL_RULES: ReadonlyArray<(c: QuoteContext) => RuleHit | null> = [ruleTrailingIntl, ruleAccordingToIntl, ruleIntroIntl, ruleColonIntroIntl];

/** Subjects of verbs of saying in a run of tokens, inverted or not ("sagte Merz", "Merz sagte", "a-t-il dit"). */
export function speechSubjectsIntl(tokens: Token[], d: QuoteContext['doc']): SpeakerRef[] {
  const L = d.lang ?? EN;
  const out: SpeakerRef[] = [];
  for (let v = 0; v < tokens.length; v++) {
    const t = tokens[v]!;
    const clitic = t.word ? cliticSubject(t, L) : null;
    if (clitic?.saying) {
      out.push(clitic.ref);
      continue;
    }
    if (!sayingVerb(t, tokens[v - 1], L)) continue;
    const ref = phraseBackward(tokens, v, d) ?? phraseForward(tokens, v + 1, d);
    if (ref) out.push(ref);
  }
  return out;
}
