// Shallow noun-phrase reading around speech verbs: who is the subject of "said"?
// Works on tokens of one sentence; returns what kind of phrase it found and where.
import type { LanguageData, PronounInfo } from './lang';
import { EN } from './lang/en';
import { isCommonWord, isWeekdayOrMonth } from './nlp';
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
/** Words that may sit between a subject and its speech verb: "Peskov also said" (English; each language's in its words.json). */
export const AUX_ADVERB: ReadonlySet<string> = EN.auxiliaries;

/** The language a phrase is read in: the article's, English when the caller gives none. */
const langOf = (d: PhraseDoc): LanguageData => d.lang ?? EN;
/** A capitalised word that can be part of a name: not "Thursday", not a sentence-initial "During", not a noun the language capitalises. */
const isName = (t: Token, d: PhraseDoc) => t.word && t.cap && !isWeekdayOrMonth(t.text) && !langOf(d).notNames.has(t.lower) && !(d.nouns?.has(t.lower) ?? false);
const isDet = (t: Token, d: PhraseDoc) => langOf(d).determiners.has(t.lower);
const isStop = (t: Token, d: PhraseDoc) => langOf(d).clauseWords.has(t.lower);
const isHonorific = (lower: string, d: PhraseDoc) => Object.hasOwn(langOf(d).honorifics, lower.replace(/\.$/, ''));
const isTitle = (t: Token, d: PhraseDoc) => langOf(d).titleWords.has(t.lower.replace(/\.$/, '')) || isHonorific(t.lower, d) || compoundRole(t, d);
/** A role noun, or in a language of compounds a word ending in one ("Regierungssprecher"). */
const isRole = (t: Token, d: PhraseDoc) => langOf(d).roleNouns.has(t.lower) || compoundRole(t, d);
const compoundRole = (t: Token, d: PhraseDoc) => {
  const L = langOf(d);
  if (!L.capitalisedNouns || !t.cap || t.lower.length < 8) return false;
  for (const r of L.roleNouns) if (r.length >= 5 && t.lower.endsWith(r)) return true;
  return false;
};
const isSpeechVerb = (t: Token, d: PhraseDoc) => langOf(d).speech.base(t.lower) !== null;
/** The subject pronoun `t` is in the phrase's language, if it is one. */
const pronounOf = (t: Token, d: PhraseDoc): PronounInfo | undefined => {
  const ps = langOf(d).pronouns;
  return Object.hasOwn(ps, t.lower) ? ps[t.lower] : undefined;
};
/** A lower-case title word inside a role after an actor's name ("Acme search lead", "Acme chief executive"). */
const roleModifier = (t: Token, d: PhraseDoc) =>
  /^(campaign|press|communications|senior|chief|deputy|former|top)$/.test(t.lower) || (langOf(d).titleWords.has(t.lower) && !/^(of|the|for)$/.test(t.lower));
/** "the 36-year-old": sports and crime reports name a person again by age alone. */
export const isAgeNoun = (t: Token) => /^\d{1,3}-year-old$/.test(t.lower);

function span(tokens: Token[], a: number, b: number, d: PhraseDoc): { text: string; start: number; end: number } {
  const start = tokens[a]!.start;
  const end = tokens[b]!.end;
  return { text: d.text.slice(start, end).replace(/['’]s$/, ''), start, end };
}

/** The capitalised name at tokens[i..] (forward): "Dmitry Peskov", "Sergei Ryabkov". Returns last index. */
function nameForward(tokens: Token[], i: number, d: PhraseDoc): number {
  let j = i;
  while (j + 1 < tokens.length) {
    const nx = tokens[j + 1]!;
    if (hasPossessive(tokens[j]!.text)) break;
    if (isName(nx, d) || (nx.text === '.' &&isHonorific(tokens[j]!.lower, d) && tokens[j + 2] && isName(tokens[j + 2]!, d))) {
      j++;
      continue;
    }
    // "Secretary of State …" joins; "Charles Rangel of New York" does not.
    const inTitle = tokens.slice(i, j + 1).every((x) => isTitle(x, d));
    if (((nx.lower === 'of' && inTitle) || nx.lower === 'de' || nx.lower === 'van' || nx.lower === 'von' || nx.lower === 'bin') && tokens[j + 2] && isName(tokens[j + 2]!, d)) {
      j += 2;
      continue;
    }
    break;
  }
  return j;
}

/** Split a capitalised run into title prefix and name: "Russian President Vladimir Putin". */
function splitTitle(tokens: Token[], a: number, b: number, d: PhraseDoc): number {
  let k = a;
  while (k < b && (isTitle(tokens[k]!, d) || tokens[k]!.text === '.' || /^(u\.s\.|us|uk|u\.k\.)$/.test(tokens[k]!.lower))) k++;
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
    if (t.word && (isSpeechVerb(t, d) && !isRole(t, d)) ) break;
    if (t.lower === 'who' || t.lower === 'which') break;
    if (isRole(t, d) || langOf(d).titleWords.has(t.lower)) last = k;
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
    if (/^(to|of|for)$/.test(t.lower) && k > 0 && isRole(tokens[k - 1]!, d)) {
      k--;
      continue;
    }
    if (isDet(t, d) || isStop(t, d) || (isSpeechVerb(t, d) && !t.cap)) break;
    if (!t.cap && !isRole(t, d) && !langOf(d).titleWords.has(t.lower) && !/^(vice|deputy|senior|former|chief|top|foreign|press|state|federal|regional|local|national|international|political|military|presidential|conservation|police|party|news|white|house)$/.test(t.lower))
      break;
    if (isRole(t, d) || isTitle(t, d)) hasRole = true;
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
  /** The article's language; English when absent. */
  lang?: LanguageData;
  /** Capitalised words the article uses as common nouns (lang/nouns.ts), in a language that capitalises nouns. */
  nouns?: ReadonlySet<string>;
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
  const known = knownForward(tokens, i, d) ?? (isDet(t, d) && (t.lower === 'the' || (d.lang !== undefined && d.lang.code !== 'en' && !langOf(d).indefinite.has(t.lower) && !isRole(tokens[i + 1] ?? t, d))) ? knownForward(tokens, i + 1, d) : null);
  // "Clinton campaign spokesman Brian Fallon": an actor used as a modifier before role words and a name.
  const afterKnown = known ? tokens.findIndex((x) => x.start >= known.end) : -1;
  if (known && afterKnown > 0) {
    let r = afterKnown;
    while (r < tokens.length && r - afterKnown < 4 && tokens[r]!.word && !tokens[r]!.cap && (isRole(tokens[r]!, d) || roleModifier(tokens[r]!, d))) r++;
    while (r < tokens.length && r - afterKnown < 6 && tokens[r]!.word && tokens[r]!.cap && isTitle(tokens[r]!, d) ) r++;
    if (tokens[r]?.text === '.' && r > afterKnown) r++;
    if (r > afterKnown && tokens[r] && isName(tokens[r]!, d)) {
      const e = nameForward(tokens, r, d);
      const sp = span(tokens, r, e, d);
      return { kind: 'name', ...sp, role: d.text.slice(tokens[i]!.start, tokens[r - 1]!.end), name: sp.text };
    }
  }
  if (known) {
    const endTok = tokens.findIndex((x) => x.end >= known.end);
    const app = endTok >= 0 ? appositionAfter(tokens, endTok, d) : null;
    return { ...known, role: roleBefore(tokens, tokens.indexOf(t), d) ?? app?.role ?? null };
  }
  const pr = pronounOf(t, d);
  if (pr) return { kind: 'pronoun', ...span(tokens, i, i, d), role: null, name: null };
  if (isName(t, d) && !isDet(t, d)) {
    const j = nameForward(tokens, i, d);
    // "Russian Foreign Ministry spokeswoman Maria Zakharova": role words, then the name.
    let r = j + 1;
    while (r < tokens.length && r - j <= 3 && tokens[r]!.word && !tokens[r]!.cap && (isRole(tokens[r]!, d) || (langOf(d).titleWords.has(tokens[r]!.lower) && !/^(of|the|for)$/.test(tokens[r]!.lower)))) r++;
    if (r > j + 1 && tokens[r] && isName(tokens[r]!, d)) {
      const e = nameForward(tokens, r, d);
      const sp = span(tokens, r, e, d);
      return { kind: 'name', ...sp, role: d.text.slice(tokens[i]!.start, tokens[r - 1]!.end), name: sp.text };
    }
    const k = splitTitle(tokens, i, j, d);
    const nameStart = k <= j ? k : i;
    const app = appositionAfter(tokens, j, d);
    const titleRole = nameStart > i ? d.text.slice(tokens[i]!.start, tokens[nameStart - 1]!.end) : null;
    const sp = span(tokens, nameStart, j, d);
    return { kind: 'name', ...sp, role: titleRole ?? app?.role ?? null, name: sp.text };
  }
  if (isDet(t, d) || isRole(t, d) || /^(senior|top|u\.s\.|us|western|local|federal|state|government|administration|police|military|campaign|security|intelligence|white|house|russian|american|british|chinese|european)$/.test(t.lower)) {
    // "the Kremlin spokesman (Dmitry Peskov)", "a senior official", "officials"
    let j = i;
    let head = -1;
    while (j < tokens.length && j - i < 10) {
      const x = tokens[j]!;
      const afterHonorific = x.text === '.' && j > i &&isHonorific(tokens[j - 1]!.lower, d);
      if (!x.word && x.text !== '-' && x.text !== '’' && x.text !== "'" && !afterHonorific) break;
      if (x.word && j > i && (isStop(x, d) || x.lower === 'who')) break;
      if (x.word && j > i && isSpeechVerb(x, d) && !isRole(x, d)) break;
      if (x.word && !isDet(x, d) && x.lower !== 'of' && x.lower !== 'for' && (isRole(x, d) || langOf(d).titleWords.has(x.lower) || isAgeNoun(x))) head = j;
      if (x.word && isName(x, d) && head >= 0 && j > head) {
        // A name after the role: "the Kremlin spokesman Dmitry Peskov".
        const e = nameForward(tokens, j, d);
        const sp = span(tokens, j, e, d);
        return { kind: 'name', ...sp, role: d.text.slice(tokens[isDet(t, d) ? i + 1 : i]!.start, tokens[j - 1]!.end), name: sp.text };
      }
      j++;
    }
    if (head < 0) return null;
    // "her mother, Fiona, said": a name in apposition names the description.
    if (tokens[head + 1]?.text === ',' && tokens[head + 2] && isName(tokens[head + 2]!, d)) {
      const e = nameForward(tokens, head + 2, d);
      const close = tokens[e + 1];
      if (!close || close.text === ',' || close.text === '.' || isSpeechVerb(close, d)) {
        const sp = span(tokens, head + 2, e, d);
        return { kind: 'name', ...sp, role: d.text.slice(tokens[i]!.start, tokens[head]!.end), name: sp.text };
      }
    }
    const sp = span(tokens, i, head, d);
    const indefinite = langOf(d).indefinite.has(t.lower) || !isDet(t, d);
    return { kind: indefinite ? 'unnamed' : 'description', ...sp, role: null, name: null };
  }
  return null;
}

/** An auxiliary or an adverb between a subject and its verb ("has also said"). */
const skippableBeforeVerb = (t: Token, d: PhraseDoc) => t.word && ((langOf(d).auxiliaries.has(t.lower) && t.lower !== 'and') || (/ly$/.test(t.lower) && !t.cap && t.lower.length > 4));

/** The subject phrase ending right before tokens[v] (a speech verb), skipping auxiliaries. */
export function phraseBackward(tokens: Token[], v: number, d: PhraseDoc): SpeakerRef | null {
  let j = v - 1;
  while (j >= 0 && skippableBeforeVerb(tokens[j]!, d)) j--;
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
  const pr = pronounOf(t, d);
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
    if (a >= 2 && d.known.places.has(knownStart) && /^(to|of|in|at)$/.test(tokens[a - 1]!.lower) && isRole(tokens[a - 2]!, d)) {
      let k = a - 2;
      while (k > 0 && tokens[k - 1]!.word && !isDet(tokens[k - 1]!, d) && (tokens[k - 1]!.cap || isRole(tokens[k - 1]!, d)) && a - k < 6) k--;
      return { kind: 'description', ...span(tokens, k, j, d), role: null, name: null };
    }
    if (a >= 0) {
      const end = Math.min(t.end, d.known.byStart.get(knownStart) ?? t.end);
      const sp = { text: d.text.slice(knownStart, end), start: knownStart, end };
      return { kind: 'name', ...sp, role: roleBefore(tokens, a, d), name: sp.text };
    }
  }
  if (isName(t, d)) {
    let k = j;
    while (k - 1 >= 0) {
      const p = tokens[k - 1]!;
      if (isName(p, d) && !hasPossessive(p.text)) {
        k--;
        continue;
      }
      if (p.text === '.' && k - 2 >= 0 &&isHonorific(tokens[k - 2]!.lower, d)) {
        k -= 2;
        continue;
      }
      if ((p.lower === 'of' || p.lower === 'de' || p.lower === 'van' || p.lower === 'von') && k - 2 >= 0 && isName(tokens[k - 2]!, d)) {
        k -= 2;
        continue;
      }
      break;
    }
    const nameStart = splitTitle(tokens, k, j, d);
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
  if (isDet(t, d) || isStop(t, d) || t.lower === 'of' || /\d/.test(t.text)) return null;
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
    if (isDet(x, d)) {
      const sp = span(tokens, k, j, d);
      return { kind: langOf(d).indefinite.has(x.lower) ? 'unnamed' : 'description', ...sp, role: null, name: null };
    }
    if (isStop(x, d) || (isSpeechVerb(x, d) && !isRole(x, d) && k !== j)) break;
    k--;
  }
  // Bare plural or role noun: "officials said", "senior diplomats said".
  if (isRole(t, d)) {
    const sp = span(tokens, k + 1, j, d);
    return { kind: 'unnamed', ...sp, role: null, name: null };
  }
  return null;
}
