// Named-actor candidates: runs of capitalised tokens, classified by lexicons and
// patterns (titles before names, organisation suffixes, acronyms, known places).
// compromise is consulted only through nlp.ts lookups, never over the whole text.
import { KNOWN_ORGANIZATIONS, ORG_PREFIXES, ORG_SUFFIXES } from './lexicons/organizations';
import { KNOWN_PLACES, PLACE_SUFFIXES } from './lexicons/places';
import { HONORIFICS, TITLE_WORDS } from './lexicons/titles';
import {
  isCommonWord,
  isDemonym,
  isKnownFirstName,
  isKnownLastName,
  isKnownOrganization,
  isKnownPlace,
  isWeekdayOrMonth,
} from './nlp';
import { isStrongSpeechVerb } from './speech-verbs';
import { hasPossessive, stripPossessive, type Token } from './tokens';
import type { ActorType } from './types';

export interface Candidate {
  /** The name as written, possessive and title stripped. */
  name: string;
  start: number;
  end: number;
  type: ActorType | 'unknown';
  /** Title or role written before the name ("Russian President"). */
  role: string | null;
  /** Gender implied by an honorific before the name. */
  honorificGender: 'm' | 'f' | null;
  /** The full written form including honorific ("Mr Obama"), for aliases. */
  written: string;
  /** Index of the name's first token in the sentence token list. */
  tokenIndex: number;
}

const KNOWN_ORG = new Set(KNOWN_ORGANIZATIONS.map((o) => o.toLowerCase()));
const KNOWN_PLACE = new Set(KNOWN_PLACES.map((p) => p.toLowerCase()));
const CONNECT_ALWAYS = new Set(['of', 'de', 'da', 'del', 'der', 'van', 'von', 'bin', 'ibn', 'al', 'la', 'le', 'du', 'dos', 'das', 'di', 'ben']);
const CONNECT_ORG = new Set(['and', '&', 'for', 'in', 'the', 'on']);
const LOWER_ORG_TAIL = new Set(['police', 'hospital', 'ministry', 'department', 'administration', 'government', 'party', 'university', 'council', 'committee', 'agency', 'campaign', 'constabulary']);
const COMPASS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'upper', 'lower', 'greater', 'new', 'mount', 'lake', 'port', 'fort', 'saint', 'st', 'san', 'santa', 'los', 'las', 'el']);
const NOT_ACRONYM = new Set(['I', 'A', 'OK', 'TV', 'AM', 'PM', 'CEO', 'CFO', 'GMT', 'BST', 'EST', 'PST', 'UTC', 'PDF', 'HTML', 'URL', 'DNA', 'RNA', 'COVID', 'II', 'III', 'IV', 'VI', 'MP', 'MPS', 'Q&A', 'FAQ', 'LOL', 'OMG', 'VIP', 'ID', 'PR', 'IT', 'AI', 'GDP', 'ER', 'A&E', 'DIY', 'RIP']);
const STOP_NAMES = new Set(['i', 'god', 'internet', 'web', 'mp', 'ceo', 'covid']);

const isAcronym = (t: string) => /^(?:[A-Z][A-Z0-9&]{1,6}|[A-Z]\d{1,3}|(?:[A-Z]\.){2,}[A-Z]?)$/.test(t) && !NOT_ACRONYM.has(t);

function isTitleToken(t: Token): boolean {
  const l = t.lower.replace(/\.$/, '');
  return TITLE_WORDS.has(l) || l in HONORIFICS;
}

function orgByPattern(words: string[]): boolean {
  const last = words[words.length - 1]?.toLowerCase() ?? '';
  const first = words[0]?.toLowerCase() ?? '';
  if (words.length >= 2 && ORG_SUFFIXES.has(last)) return true;
  if (words.length >= 3 && ORG_PREFIXES.has(first) && words[1]?.toLowerCase() === 'of') return true;
  return false;
}

/** Type of a name (title already stripped), from lexicons and patterns; 'unknown' when unsure. */
export function classifyName(words: string[], hadTitle: boolean, midSentence: boolean): ActorType | 'unknown' {
  const phrase = words.join(' ');
  const lower = phrase.toLowerCase();
  if (KNOWN_ORG.has(lower) || isKnownOrganization(lower)) return 'organization';
  if (orgByPattern(words)) return 'organization';
  // "Organization for Security and Cooperation in Europe": an organisation word followed by of/for.
  for (let k = 0; k + 1 < words.length; k++)
    if (ORG_SUFFIXES.has(words[k]!.toLowerCase()) && /^(of|for)$/i.test(words[k + 1]!)) return 'organization';
  // "Zanu-PF", "NATO-Russia": a hyphenated name with an acronym part.
  if (words.length === 1 && /^[\p{L}]+-[\p{L}]+$/u.test(words[0]!) && words[0]!.split('-').some((x) => isAcronym(x))) return 'organization';
  if (KNOWN_PLACE.has(lower) || isKnownPlace(lower)) return hadTitle && words.length === 1 ? 'person' : 'place';
  const last = words[words.length - 1]?.toLowerCase() ?? '';
  const first = words[0] ?? '';
  // "CONGRESS HAS INVESTIGATED HIM": shouted words, not a name.
  if (words.length >= 2 && words.every((w) => w === w.toUpperCase()) && words.some((w) => w.length > 5)) return 'unknown';
  if (words.length >= 2 && PLACE_SUFFIXES.has(last)) return 'place';
  if (words.length === 1 && isAcronym(first)) return 'organization';
  if (hadTitle) return 'person';
  if (words.length >= 2 && words.length <= 5) {
    if (COMPASS.has(first.toLowerCase()) && !isKnownFirstName(first)) return 'place';
    if (isKnownFirstName(first) || isKnownLastName(words[words.length - 1] ?? '')) return 'person';
    // Unknown multi-word names (non-English names): a person unless any word is a common word.
    if (words.every((w) => /^\p{Lu}[\p{Ll}\p{M}'’-]+$/u.test(w) && !isCommonWord(w) && !isDemonym(w))) return 'person';
    if (isAcronym(words[words.length - 1]!)) return 'organization';
    return 'unknown';
  }
  if (words.length === 1) {
    if (midSentence && isKnownFirstName(first) && !isCommonWord(first)) return 'person';
    if (isKnownLastName(first)) return 'person';
  }
  return 'unknown';
}

/**
 * Candidates in one sentence's tokens. `sentenceStart` marks tokens that begin a sentence or a
 * quotation (their capital says nothing). `strict` (headings, captions in title case) keeps only
 * names a lexicon knows.
 */
export function findCandidates(tokens: Token[], text: string, strict: boolean): Candidate[] {
  const out: Candidate[] = [];
  const n = tokens.length;
  let i = 0;
  const gapIsSpace = (a: Token, b: Token) => /^\s+$/.test(text.slice(a.end, b.start)) || a.end === b.start;
  const atSentenceStart = (k: number) => {
    if (k === 0) return true;
    const p = tokens[k - 1]!;
    return !p.word && /["“‘'([:—–-]/.test(p.text);
  };
  while (i < n) {
    const t = tokens[i]!;
    if (!t.word || !t.cap) {
      i++;
      continue;
    }
    // Grow the run of capitalised tokens (with connectors inside org-like names).
    let j = i;
    while (j + 1 < n) {
      const nx = tokens[j + 1]!;
      if (!gapIsSpace(tokens[j]!, nx) || hasPossessive(tokens[j]!.text)) break;
      if (nx.word && nx.cap) {
        j++;
        continue;
      }
      const after = tokens[j + 2];
      if (nx.word && after?.word && after.cap && gapIsSpace(nx, after)) {
        const runWords = tokens.slice(i, j + 1).map((x) => x.lower);
        const lastWord = runWords[runWords.length - 1] ?? '';
        const orgish = runWords.some((w) => ORG_SUFFIXES.has(w) || ORG_PREFIXES.has(w));
        const titled = runWords.some((w) => TITLE_WORDS.has(w) && !(w in HONORIFICS));
        // "Department of …", "Secretary of State", "Organization for Security and Cooperation in Europe";
        // but a complete name ending in an organisation word stops before "in"/"and".
        const ofLike = nx.lower === 'of' || nx.lower === 'for';
        const particle = CONNECT_ALWAYS.has(nx.lower) && nx.lower !== 'of';
        // "in"/"on" join once at most ("… Cooperation in Europe", not "… in Vienna on Thursday").
        const locative = (nx.lower === 'in' || nx.lower === 'on') && (runWords.includes('in') || runWords.includes('on') || isWeekdayOrMonth(after.text));
        const joins = particle || (ofLike && (orgish || titled)) || (CONNECT_ORG.has(nx.lower) && !ofLike && orgish && !ORG_SUFFIXES.has(lastWord) && !locative);
        if (joins) {
          j += 2;
          continue;
        }
      }
      break;
    }
    let run = tokens.slice(i, j + 1);
    const runStartIdx = i;
    i = j + 1;
    // Trailing connectors never end a name.
    while (run.length && CONNECT_ALWAYS.has(run[run.length - 1]!.lower)) run = run.slice(0, -1);
    // "West Mercia police", "Royal Shrewsbury hospital": a lower-case organisation word right after.
    const tail = tokens[i];
    let lowerTail: Token | null = null;
    if (tail?.word && !tail.cap && LOWER_ORG_TAIL.has(tail.lower) && run.length && gapIsSpace(run[run.length - 1]!, tail) && !hasPossessive(run[run.length - 1]!.text))
      lowerTail = tail;

    // Leading determiners and sentence-initial common words are not names.
    let k = 0;
    while (k < run.length) {
      const w = run[k]!;
      const first = k === 0 && atSentenceStart(runStartIdx);
      const wordOnly = stripPossessive(w.text);
      if (w.lower === 'the' || w.lower === 'a' || w.lower === 'an') {
        k++;
        continue;
      }
      if ((first || k > 0) && isCommonWord(wordOnly) && !isTitleToken(w) && !(wordOnly.toLowerCase() in HONORIFICS) && !KNOWN_ORG.has(wordOnly.toLowerCase())) {
        // Only peel when what follows still reads as a name, or it is the run's only word.
        if (k === 0 && first) {
          k++;
          continue;
        }
      }
      break;
    }
    run = run.slice(k);
    if (!run.length) continue;
    if (run.length === 1 && isWeekdayOrMonth(stripPossessive(run[0]!.text))) continue;

    // Title / honorific prefix: "U.S. Deputy Secretary of State Wendy Sherman", "Mr Obama".
    let p = 0;
    let sawTitle = false;
    let honorific: 'm' | 'f' | null = null;
    while (p < run.length - 1) {
      const w = run[p]!;
      const l = w.lower.replace(/\.$/, '');
      if (l in HONORIFICS) {
        sawTitle = true;
        honorific = HONORIFICS[l] ?? honorific;
        p++;
        continue;
      }
      if (TITLE_WORDS.has(l)) {
        if (l !== 'of' && l !== 'the' && l !== 'for' && l !== 'state' && l !== 'house') sawTitle = true;
        p++;
        continue;
      }
      if (p < run.length - 1 && (isDemonym(w.text) || isKnownPlace(stripPossessive(w.text)) || KNOWN_PLACE.has(w.lower))) {
        p++;
        continue;
      }
      break;
    }
    // The honorific may stand right before the run: "Mr. Peskov" tokenises as "Mr", ".", "Peskov".
    if (!sawTitle && runStartIdx >= 2) {
      const dot = tokens[runStartIdx - 1]!;
      const h = tokens[runStartIdx - 2]!;
      if (dot.text === '.' && h.lower in HONORIFICS) {
        sawTitle = true;
        honorific = HONORIFICS[h.lower] ?? null;
      }
    }
    let nameToks = run;
    let role: string | null = null;
    if (sawTitle && p > 0) {
      const rest = run.slice(p);
      const restLower = rest.map((x) => x.lower);
      const restIsName = rest.every((x) => !ORG_SUFFIXES.has(x.lower)) && !orgByPattern(rest.map((x) => x.text)) && !restLower.includes('of');
      if (restIsName) {
        nameToks = rest;
        role = text.slice(run[0]!.start, run[p - 1]!.end);
      } else sawTitle = false;
    } else if (p > 0) sawTitle = false;
    // A title alone ("President", "Secretary of State") is not a name; "Navy", "EU" are.
    if (nameToks.every((x) => isTitleToken(x)) && classifyName(nameToks.map((x) => stripPossessive(x.text)), false, true) === 'unknown') continue;

    const words = nameToks.map((x, idx) => (idx === nameToks.length - 1 ? stripPossessive(x.text) : x.text));
    const first = nameToks[0]!;
    const start = first.start;
    let end = nameToks[nameToks.length - 1]!.start + words[words.length - 1]!.length;
    let type = classifyName(words, sawTitle, !atSentenceStart(runStartIdx) || nameToks !== run);
    let name = words.join(' ');
    if (lowerTail && type !== 'person') {
      name = `${name} ${lowerTail.text}`;
      end = lowerTail.end;
      type = 'organization';
    }
    if (STOP_NAMES.has(name.toLowerCase())) continue;
    if (strict && type === 'unknown') continue;
    // A lone capitalised common word stays a candidate only mid-sentence, where it may be a surname ("Ham").
    if (type === 'unknown' && words.length === 1 && isCommonWord(words[0]!) && atSentenceStart(runStartIdx)) continue;
    // A person-looking run followed by a speech verb is a person even when unknown.
    const nextTok = tokens[i];
    if (
      type === 'unknown' &&
      nextTok &&
      !nextTok.cap &&
      isStrongSpeechVerb(nextTok.text) &&
      words.length <= 4 &&
      !words.some((w) => isAcronym(w) || isCommonWord(w) || isDemonym(w))
    )
      type = 'person';
    out.push({
      name,
      start,
      end,
      type,
      role,
      honorificGender: honorific,
      written: text.slice(run[0]!.start, end).replace(/['’]s$/, ''),
      tokenIndex: tokens.indexOf(first),
    });
  }
  return out;
}
