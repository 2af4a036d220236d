// Shallow noun-phrase reading around speech verbs: who is the subject of "said"?
// Works on tokens of one sentence; returns what kind of phrase it found and where.
import type { PronounInfo } from './lang';
import { EN } from './lang/en';
import { HONORIFICS, ROLE_NOUNS, TITLE_WORDS } from './lexicons/titles';
import { isCommonWord, isWeekdayOrMonth } from './nlp';
import { isSpeechVerb } from './speech-verbs';
import { hasPossessive, type Token } from './tokens';

export type RefKind = 'pronoun' | 'name' | 'description' | 'unnamed';

export interface SpeakerRef {
  kind: RefKind;
  /** Words as written: "he", "Peskov", "the Kremlin spokesman". */
  text: string;
  start: number;
  end: number;
  /** For names: an attached role ("Kremlin spokesman", "Russian deputy foreign minister"). */
  role: string | null;
  /** For names written with a description around them, the name part. */
  name: string | null;
}

/** Subject pronouns with their gender and number (lang/en/words.json). */
export const PRONOUNS: Readonly<Record<string, PronounInfo>> = EN.pronouns;
const DETERMINERS = new Set(['the', 'a', 'an', 'one', 'two', 'three', 'some', 'several', 'many', 'another', 'other', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'that', 'these', 'those', 'both', 'all', 'most', 'few', 'each', 'any', 'no']);
const INDEFINITE = new Set(['a', 'an', 'one', 'two', 'three', 'some', 'several', 'many', 'another', 'other', 'both', 'all', 'most', 'few', 'each', 'any', 'no']);
/** Words that may sit between a subject and its speech verb: "Peskov also said". */
export const AUX_ADVERB = new Set([
  'has', 'have', 'had', 'also', 'later', 'then', 'previously', 'once', 'again', 'would', 'will', 'further', 'recently',
  'earlier', 'repeatedly', 'reportedly', 'publicly', 'privately', 'quickly', 'just', 'only', 'subsequently', 'simply',
  'has', 'is', 'was', 'were', 'are', 'had', 'being', 'been', 'did', 'does', 'do', 'not', 'never', 'always', 'often', 'still',
  'flatly', 'firmly', 'angrily', 'bluntly', 'calmly', 'openly', 'told', 'even', 'already', 'and', 'could', 'might', 'may', 'can',
  'should', 'must', 'shall', 'proudly', 'tearfully', 'emotionally', 'softly', 'loudly', 'pointedly', 'candidly',
]);
const STOP_BACK = new Set(['what', 'who', 'whom', 'how', 'why', 'that', 'which', 'when', 'while', 'if', 'because', 'but', 'and', 'or', 'as', 'after', 'before', 'since', 'where', 'whether', 'to', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'about', 'than', 'so', 'said', 'says']);

/** Capitalised function words at a sentence start ("During", "After") are not names. */
const NOT_NAME = EN.notNames;
/** A capitalised word that can be part of a name: not "Thursday", not a sentence-initial "During". */
const isName = (t: Token) => t.word && t.cap && !isWeekdayOrMonth(t.text) && !NOT_NAME.has(t.lower);
const isDet = (t: Token) => DETERMINERS.has(t.lower);
const isTitle = (t: Token) => TITLE_WORDS.has(t.lower.replace(/\.$/, '')) || t.lower.replace(/\.$/, '') in HONORIFICS;
/** A lower-case title word inside a role after an actor's name ("Acme search lead", "Acme chief executive"). */
const roleModifier = (t: Token) => /^(campaign|press|communications|senior|chief|deputy|former|top)$/.test(t.lower) || (TITLE_WORDS.has(t.lower) && !/^(of|the|for)$/.test(t.lower));
/** "the 36-year-old": sports and crime reports name a person again by age alone. */
export const isAgeNoun = (t: Token) => /^\d{1,3}-year-old$/.test(t.lower);

function span(tokens: Token[], a: number, b: number, d: PhraseDoc): { text: string; start: number; end: number } {
  const start = tokens[a]!.start;
  const end = tokens[b]!.end;
  return { text: d.text.slice(start, end).replace(/['’]s$/, ''), start, end };
}

/** The capitalised name at tokens[i..] (forward): "Dmitry Peskov", "Sergei Ryabkov". Returns last index. */
function nameForward(tokens: Token[], i: number): number {
  let j = i;
  while (j + 1 < tokens.length) {
    const nx = tokens[j + 1]!;
    if (hasPossessive(tokens[j]!.text)) break;
    if (isName(nx) || (nx.text === '.' && tokens[j]!.lower in HONORIFICS && tokens[j + 2] && isName(tokens[j + 2]!))) {
      j++;
      continue;
    }
    // "Secretary of State …" joins; "Charles Rangel of New York" does not.
    const inTitle = tokens.slice(i, j + 1).every((x) => isTitle(x));
    if (((nx.lower === 'of' && inTitle) || nx.lower === 'de' || nx.lower === 'van' || nx.lower === 'von' || nx.lower === 'bin') && tokens[j + 2] && isName(tokens[j + 2]!)) {
      j += 2;
      continue;
    }
    break;
  }
  return j;
}

/** Split a capitalised run into title prefix and name: "Russian President Vladimir Putin". */
function splitTitle(tokens: Token[], a: number, b: number): number {
  let k = a;
  while (k < b && (isTitle(tokens[k]!) || tokens[k]!.text === '.' || /^(u\.s\.|us|uk|u\.k\.)$/.test(tokens[k]!.lower))) k++;
  return k;
}

/** Appositive role right after a name: ", the Kremlin spokesman," / ", Russian deputy foreign minister,". */
export function appositionAfter(tokens: Token[], j: number, d: PhraseDoc): { role: string; end: number } | null {
  if (tokens[j + 1]?.text !== ',') return null;
  let k = j + 2;
  if (tokens[k] && (tokens[k]!.lower === 'the' || tokens[k]!.lower === 'a' || tokens[k]!.lower === 'an')) k++;
  const startK = k;
  let last = -1;
  while (k < tokens.length && k - startK < 9) {
    const t = tokens[k]!;
    if (!t.word && t.text !== '-' && t.text !== '’' && t.text !== "'") break;
    if (t.word && (isSpeechVerb(t) && !ROLE_NOUNS.has(t.lower)) ) break;
    if (t.lower === 'who' || t.lower === 'which') break;
    if (ROLE_NOUNS.has(t.lower) || TITLE_WORDS.has(t.lower)) last = k;
    k++;
  }
  if (last < 0) return null;
  const after = tokens[last + 1];
  if (after?.word && after.lower !== 'of' && after.lower !== 'for' && after.lower !== 'at' && after.lower !== 'in' && after.lower !== 'who') {
    // The apposition must end at the role word (or carry an "of …" complement).
    if (!(after.text === ',' || after.text === '.')) return null;
  }
  let end = last;
  while (end + 1 < k && tokens[end + 1]!.word) end++;
  return { role: d.text.slice(tokens[startK]!.start, tokens[end]!.end), end };
}

/** Role words written right before a name: "Kremlin spokesman Dmitry Peskov". */
export function roleBefore(tokens: Token[], nameStart: number, d: PhraseDoc): string | null {
  let k = nameStart - 1;
  let hasRole = false;
  while (k >= 0 && nameStart - k <= 7) {
    const t = tokens[k]!;
    if (!t.word) {
      if (t.text === '-' || t.text === '.') {
        k--;
        continue;
      }
      break;
    }
    // "ambassador to Britain", "minister of finance": the role's complement.
    if (/^(to|of|for)$/.test(t.lower) && k > 0 && ROLE_NOUNS.has(tokens[k - 1]!.lower)) {
      k--;
      continue;
    }
    if (isDet(t) || STOP_BACK.has(t.lower) || (isSpeechVerb(t) && !t.cap)) break;
    if (!t.cap && !ROLE_NOUNS.has(t.lower) && !TITLE_WORDS.has(t.lower) && !/^(vice|deputy|senior|former|chief|top|foreign|press|state|federal|regional|local|national|international|political|military|presidential|conservation|police|party|news|white|house)$/.test(t.lower))
      break;
    if (ROLE_NOUNS.has(t.lower) || isTitle(t)) hasRole = true;
    k--;
  }
  if (!hasRole || k + 1 >= nameStart) return null;
  while (k + 1 < nameStart && (tokens[k + 1]!.lower === 'of' || !tokens[k + 1]!.word)) k++;
  return d.text.slice(tokens[k + 1]!.start, tokens[nameStart - 1]!.end).replace(/['’]s$/, '') || null;
}

/** The speaker phrase starting at tokens[i] (after a quote or after "said"). */
/** Spans of the named actors already found, so a phrase reads "the New Zealand Department
 * of Conservation" as one name. Built once per analysis and passed along: no module state. */
export interface KnownNames {
  byStart: Map<number, number>;
  byEnd: Map<number, number>;
  places: Set<number>;
}

/** What phrase reading needs besides the tokens: the article text and the names found in it. */
export interface PhraseDoc {
  text: string;
  known: KnownNames;
}

export function knownNames(spans: readonly { start: number; end: number; entity?: { type: string } }[]): KnownNames {
  const known: KnownNames = { byStart: new Map(), byEnd: new Map(), places: new Set() };
  for (const s of spans) {
    if (s.entity?.type === 'place') known.places.add(s.start);
    if ((known.byStart.get(s.start) ?? -1) < s.end) known.byStart.set(s.start, s.end);
    if ((known.byEnd.get(s.end) ?? Number.POSITIVE_INFINITY) > s.start) known.byEnd.set(s.end, s.start);
  }
  return known;
}

function knownForward(tokens: Token[], i: number, d: PhraseDoc): SpeakerRef | null {
  const t = tokens[i];
  if (!t) return null;
  const end = d.known.byStart.get(t.start);
  if (end === undefined) return null;
  let j = i;
  while (j + 1 < tokens.length && tokens[j + 1]!.start < end) j++;
  const sp = { text: d.text.slice(t.start, end), start: t.start, end };
  return { kind: 'name', ...sp, role: null, name: sp.text };
}

export function phraseForward(tokens: Token[], i: number, d: PhraseDoc): SpeakerRef | null {
  const t = tokens[i];
  if (!t?.word) return null;
  const known = knownForward(tokens, i, d) ?? (isDet(t) && t.lower === 'the' ? knownForward(tokens, i + 1, d) : null);
  // "Clinton campaign spokesman Brian Fallon": an actor used as a modifier before role words and a name.
  const afterKnown = known ? tokens.findIndex((x) => x.start >= known.end) : -1;
  if (known && afterKnown > 0) {
    let r = afterKnown;
    while (r < tokens.length && r - afterKnown < 4 && tokens[r]!.word && !tokens[r]!.cap && (ROLE_NOUNS.has(tokens[r]!.lower) || roleModifier(tokens[r]!))) r++;
    while (r < tokens.length && r - afterKnown < 6 && tokens[r]!.word && tokens[r]!.cap && isTitle(tokens[r]!) ) r++;
    if (tokens[r]?.text === '.' && r > afterKnown) r++;
    if (r > afterKnown && tokens[r] && isName(tokens[r]!)) {
      const e = nameForward(tokens, r);
      const sp = span(tokens, r, e, d);
      return { kind: 'name', ...sp, role: d.text.slice(tokens[i]!.start, tokens[r - 1]!.end), name: sp.text };
    }
  }
  if (known) {
    const endTok = tokens.findIndex((x) => x.end >= known.end);
    const app = endTok >= 0 ? appositionAfter(tokens, endTok, d) : null;
    return { ...known, role: roleBefore(tokens, tokens.indexOf(t), d) ?? app?.role ?? null };
  }
  const pr = PRONOUNS[t.lower];
  if (pr) return { kind: 'pronoun', ...span(tokens, i, i, d), role: null, name: null };
  if (isName(t) && !isDet(t)) {
    const j = nameForward(tokens, i);
    // "Russian Foreign Ministry spokeswoman Maria Zakharova": role words, then the name.
    let r = j + 1;
    while (r < tokens.length && r - j <= 3 && tokens[r]!.word && !tokens[r]!.cap && (ROLE_NOUNS.has(tokens[r]!.lower) || (TITLE_WORDS.has(tokens[r]!.lower) && !/^(of|the|for)$/.test(tokens[r]!.lower)))) r++;
    if (r > j + 1 && tokens[r] && isName(tokens[r]!)) {
      const e = nameForward(tokens, r);
      const sp = span(tokens, r, e, d);
      return { kind: 'name', ...sp, role: d.text.slice(tokens[i]!.start, tokens[r - 1]!.end), name: sp.text };
    }
    const k = splitTitle(tokens, i, j);
    const nameStart = k <= j ? k : i;
    const app = appositionAfter(tokens, j, d);
    const titleRole = nameStart > i ? d.text.slice(tokens[i]!.start, tokens[nameStart - 1]!.end) : null;
    const sp = span(tokens, nameStart, j, d);
    return { kind: 'name', ...sp, role: titleRole ?? app?.role ?? null, name: sp.text };
  }
  if (isDet(t) || ROLE_NOUNS.has(t.lower) || /^(senior|top|u\.s\.|us|western|local|federal|state|government|administration|police|military|campaign|security|intelligence|white|house|russian|american|british|chinese|european)$/.test(t.lower)) {
    // "the Kremlin spokesman (Dmitry Peskov)", "a senior official", "officials"
    let j = i;
    let head = -1;
    while (j < tokens.length && j - i < 10) {
      const x = tokens[j]!;
      const afterHonorific = x.text === '.' && j > i && tokens[j - 1]!.lower in HONORIFICS;
      if (!x.word && x.text !== '-' && x.text !== '’' && x.text !== "'" && !afterHonorific) break;
      if (x.word && j > i && (STOP_BACK.has(x.lower) || x.lower === 'who')) break;
      if (x.word && j > i && isSpeechVerb(x) && !ROLE_NOUNS.has(x.lower)) break;
      if (x.word && !isDet(x) && x.lower !== 'of' && x.lower !== 'for' && (ROLE_NOUNS.has(x.lower) || TITLE_WORDS.has(x.lower) || isAgeNoun(x))) head = j;
      if (x.word && isName(x) && head >= 0 && j > head) {
        // A name after the role: "the Kremlin spokesman Dmitry Peskov".
        const e = nameForward(tokens, j);
        const sp = span(tokens, j, e, d);
        return { kind: 'name', ...sp, role: d.text.slice(tokens[isDet(t) ? i + 1 : i]!.start, tokens[j - 1]!.end), name: sp.text };
      }
      j++;
    }
    if (head < 0) return null;
    // "her mother, Fiona, said": a name in apposition names the description.
    if (tokens[head + 1]?.text === ',' && tokens[head + 2] && isName(tokens[head + 2]!)) {
      const e = nameForward(tokens, head + 2);
      const close = tokens[e + 1];
      if (!close || close.text === ',' || close.text === '.' || isSpeechVerb(close)) {
        const sp = span(tokens, head + 2, e, d);
        return { kind: 'name', ...sp, role: d.text.slice(tokens[i]!.start, tokens[head]!.end), name: sp.text };
      }
    }
    const sp = span(tokens, i, head, d);
    const indefinite = INDEFINITE.has(t.lower) || !isDet(t);
    return { kind: indefinite ? 'unnamed' : 'description', ...sp, role: null, name: null };
  }
  return null;
}

/** An auxiliary or an adverb between a subject and its verb ("has also said"). */
const skippableBeforeVerb = (t: Token) => t.word && ((AUX_ADVERB.has(t.lower) && t.lower !== 'and') || (/ly$/.test(t.lower) && !t.cap && t.lower.length > 4));

/** The subject phrase ending right before tokens[v] (a speech verb), skipping auxiliaries. */
export function phraseBackward(tokens: Token[], v: number, d: PhraseDoc): SpeakerRef | null {
  let j = v - 1;
  while (j >= 0 && skippableBeforeVerb(tokens[j]!)) j--;
  // "Rep. Jane Doe (D-Wis.) said"
  if (tokens[j]?.text === ')') {
    let k = j - 1;
    while (k >= 0 && j - k < 12 && tokens[k]!.text !== '(') k--;
    if (tokens[k]?.text === '(') j = k - 1;
  }
  if (j < 0) return null;
  let t = tokens[j]!;
  // "Sergei Ryabkov, Russian deputy foreign minister, who said"
  if (t.lower === 'who') {
    j--;
    if (j < 0) return null;
    t = tokens[j]!;
  }
  if (t.text === ',') {
    // Apposition between commas: "Dmitry Peskov, the Kremlin spokesman, said".
    let k = j - 1;
    while (k >= 0 && j - k <= 16 && tokens[k]!.text !== ',') k--;
    if (k < 1 || tokens[k]!.text !== ',') return null;
    const roleText = d.text.slice(tokens[k + 1]!.start, tokens[j - 1]!.end);
    const inner = phraseBackward(tokens, k, d);
    if (inner && inner.kind === 'name') return { ...inner, role: inner.role ?? roleText.replace(/^(the|a|an)\s+/i, '') };
    if (inner && (inner.kind === 'description' || inner.kind === 'unnamed')) {
      // "her mother, Fiona, said": the name inside the commas wins.
      const inside = phraseForward(tokens, k + 1, d);
      if (inside && inside.kind === 'name') return { ...inside, role: inner.text };
    }
    return inner;
  }
  if (!t.word) return null;
  const pr = PRONOUNS[t.lower];
  if (pr) return { kind: 'pronoun', ...span(tokens, j, j, d), role: null, name: null };
  const knownStart = d.known.byEnd.get(t.end) ?? d.known.byEnd.get(t.end - 2);
  if (knownStart !== undefined) {
    const a = tokens.findIndex((x) => x.start === knownStart);
    // "Gov. Jane Doe of West Virginia said": the place qualifies the name before it.
    if (a >= 2 && d.known.places.has(knownStart) && /^(of|from)$/.test(tokens[a - 1]!.lower) && tokens[a - 2]!.cap) {
      const owner = phraseBackward(tokens, a - 1, d);
      if (owner?.kind === 'name') return owner;
    }
    // "China's ambassador to Britain said": the place is where the role is held; the role is the subject.
    if (a >= 2 && d.known.places.has(knownStart) && /^(to|of|in|at)$/.test(tokens[a - 1]!.lower) && ROLE_NOUNS.has(tokens[a - 2]!.lower)) {
      let k = a - 2;
      while (k > 0 && tokens[k - 1]!.word && !isDet(tokens[k - 1]!) && (tokens[k - 1]!.cap || ROLE_NOUNS.has(tokens[k - 1]!.lower)) && a - k < 6) k--;
      return { kind: 'description', ...span(tokens, k, j, d), role: null, name: null };
    }
    if (a >= 0) {
      const end = Math.min(t.end, d.known.byStart.get(knownStart) ?? t.end);
      const sp = { text: d.text.slice(knownStart, end), start: knownStart, end };
      return { kind: 'name', ...sp, role: roleBefore(tokens, a, d), name: sp.text };
    }
  }
  if (isName(t)) {
    let k = j;
    while (k - 1 >= 0) {
      const p = tokens[k - 1]!;
      if (isName(p) && !hasPossessive(p.text)) {
        k--;
        continue;
      }
      if (p.text === '.' && k - 2 >= 0 && tokens[k - 2]!.lower in HONORIFICS) {
        k -= 2;
        continue;
      }
      if ((p.lower === 'of' || p.lower === 'de' || p.lower === 'van' || p.lower === 'von') && k - 2 >= 0 && isName(tokens[k - 2]!)) {
        k -= 2;
        continue;
      }
      break;
    }
    const nameStart = splitTitle(tokens, k, j);
    const ns = nameStart <= j ? nameStart : k;
    const titleRole = ns > k ? d.text.slice(tokens[k]!.start, tokens[ns - 1]!.end) : null;
    const role = roleBefore(tokens, k, d);
    const sp = span(tokens, ns, j, d);
    // A lone common word at a sentence start ("Talk compared …") is not a name.
    const atStart = ns === 0 || !tokens[ns - 1]!.word;
    if (ns === j && atStart && isCommonWord(sp.text) && !d.known.byStart.has(sp.start)) return null;
    const fullRole = role && titleRole ? `${role} ${titleRole}` : (titleRole ?? role);
    return { kind: 'name', ...sp, role: fullRole, name: sp.text };
  }
  // "The 36-year-old said": an age written as a noun after a definite article.
  if (isAgeNoun(t) && j > 0 && tokens[j - 1]!.lower === 'the') return { kind: 'description', ...span(tokens, j - 1, j, d), role: null, name: null };
  // Description: back to a determiner, through role words and capitalised modifiers.
  if (isDet(t) || STOP_BACK.has(t.lower) || t.lower === 'of' || /\d/.test(t.text)) return null;
  let k = j;
  while (k >= 0 && j - k < 8) {
    const x = tokens[k]!;
    if (!x.word) {
      if (x.text === '-' || x.text === '’' || x.text === "'") {
        k--;
        continue;
      }
      break;
    }
    if (isDet(x)) {
      const sp = span(tokens, k, j, d);
      return { kind: INDEFINITE.has(x.lower) ? 'unnamed' : 'description', ...sp, role: null, name: null };
    }
    if (STOP_BACK.has(x.lower) || (isSpeechVerb(x) && !ROLE_NOUNS.has(x.lower) && k !== j)) break;
    k--;
  }
  // Bare plural or role noun: "officials said", "senior diplomats said".
  if (ROLE_NOUNS.has(t.lower)) {
    const sp = span(tokens, k + 1, j, d);
    return { kind: 'unnamed', ...sp, role: null, name: null };
  }
  return null;
}
