// From tagged spans to clean mentions: titles and roles split from names ("Deputy Secretary of
// State Wendy Sherman" → Wendy Sherman, role "Deputy Secretary of State"; "X, the company's
// chief executive,"), possessives, soft hyphens and punctuation stripped, "X-based" modifiers
// and a quotation's whole text ("a nickname") dropped.
import type { EntityType, TaggedSpan } from '../ner/labels';
import { appositionAfter, knownNames, roleBefore } from '../noun-phrases';
import { NOT_ACTOR_HEADS, ORG_SUFFIXES } from '../lexicons/organizations';

/** Role reading needs no names found yet: mentions are what this stage makes. */
const NO_NAMES = knownNames([]);
import { HONORIFICS, ROLE_NOUNS, TITLE_WORDS } from '../lexicons/titles';
import { isCommonWord, isDemonym, isKnownFirstName, isKnownOrganization, isKnownPlace, isWeekdayOrMonth } from '../nlp';
import type { Token } from '../tokens';
import { contextType } from './type-cues';

export interface RawMention {
  type: EntityType;
  /** The name, cleaned: "Wendy Sherman". */
  name: string;
  start: number;
  end: number;
  /** The name as written with an honorific when there is one: "Mr. Peskov". */
  written: string;
  role: string | null;
  honorific: 'm' | 'f' | null;
  /** Written with an honorific or a title, so surely a person. */
  titled: boolean;
  /** In a heading: may name an actor of the body, but creates none unless a lexicon knows it. */
  heading: boolean;
  /** The type the words around the name point to ("the X group", "X, a town in …"), if any. */
  cue?: EntityType | null;
}

const MODIFIER = /-(?:based|owned|led|backed|born|funded|run|made|controlled|dominated|leaning|held|sponsored|linked|affiliated|allied|style|bound|friendly|era|type|themed|inspired|focused|centric|wide|area)$/i;
const DETERMINER = new Set(['the', 'a', 'an']);
const QUOTE = /["“”„«»‘’']/;
const SOFT_HYPHEN = /\u00ad/g;
const isHonorific = (t: Token) => t.lower.replace(/\.$/, '') in HONORIFICS;
/** Title words that only join a title ("Secretary of State"), never start one. */
const TITLE_GLUE = new Set(['of', 'the', 'for', 'state', 'house', 'us', 'u.s.', 'uk', 'un', 'eu']);
const isTitle = (t: Token) => TITLE_WORDS.has(t.lower.replace(/\.$/, '')) || isHonorific(t);

// Trailing punctuation tokens are already cut off; a final dot left is part of a token ("U.S.", "Jr.").
const clean = (s: string) => s.replace(SOFT_HYPHEN, '').replace(/['’]s?$/, '').replace(/[\s,;:!?)\]-]+$/, '').trim();

export interface SentenceInput {
  tokens: Token[];
  heading: boolean;
  /** Words the article writes in lower case somewhere. */
  lowerForms: ReadonlySet<string>;
}

const bare = (w: string) => w.replace(/['’]s$/, '');
/** A common English word (singular or plural, possessive or not) that no name list knows. */
function plainWord(t: Token): boolean {
  const w = bare(t.text);
  const common = isCommonWord(w) || (/[^s]s$/i.test(w) && isCommonWord(w.slice(0, -1)));
  return common && !isWeekdayOrMonth(w) && !isKnownFirstName(w) && !isTitle(t) && !isKnownPlace(w) && !isKnownOrganization(w);
}

/** Words that may sit inside a name in lower case: "Bank of England", "Botic van de Zandt". */
const CONNECTIVE = new Set(['of', 'and', 'for', 'the', 'de', 'da', 'del', 'der', 'den', 'van', 'von', 'bin', 'ibn', 'al', 'la', 'le', 'du', 'dos', 'das', 'di', 'ben', 'y', 'e', 'in', 'on', 'at', '&']);
/** Lower-case words that make an organisation of the name before them: "the Foo administration". */
const ORG_TAIL = new Set(['administration', 'government', 'police', 'campaign', 'hospital', 'ministry', 'department', 'party', 'council', 'committee', 'agency', 'university', 'constabulary', 'schools']);
/** An elided article before a common noun, capitalised only by the sentence: "L'équipementier", "D'après" (not "L'Oréal"). */
const ELIDED_COMMON = /^[DdLl]['’]\p{Ll}/u;
const nameWord = (t: Token) => t.word && !ELIDED_COMMON.test(t.text) && (t.cap || /^\p{N}*\p{Lu}/u.test(t.text));

/** A tagged span cut at lower-case words that cannot sit inside a name, trimmed to name words at both ends. */
function nameRuns(tokens: readonly Token[], from: number, to: number): [number, number][] {
  const out: [number, number][] = [];
  let a = -1;
  for (let i = from; i <= to; i++) {
    const t = tokens[i];
    // "Harwick Records and Orland Productions": two organisations, not one.
    const joinsTwo = a >= 0 && (t?.lower === 'and' || t?.lower === '&') && i - a > 1 && ORG_SUFFIXES.has(tokens[i - 1]!.lower) && i + 1 < to && nameWord(tokens[i + 1]!);
    const inName = t && i < to && !joinsTwo && (nameWord(t) || (a >= 0 && (CONNECTIVE.has(t.lower) || !t.word)));
    if (inName && a < 0 && nameWord(t)) a = i;
    if (!inName && a >= 0) {
      let b = i;
      while (b > a && !nameWord(tokens[b - 1]!)) b--;
      out.push([a, b]);
      a = -1;
    }
  }
  return out;
}

/**
 * Organisation names the tagger cut in two: one built with for/of ended before "in" and a place
 * ("Organization for Security and Cooperation in Europe"), or a body and its remit after
 * on/for/of ("Select Committee on Intelligence").
 */
function joinLocatedOrganizations(tokens: readonly Token[], spans: readonly TaggedSpan[]): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  for (let i = 0; i < spans.length; i++) {
    const sp = spans[i]!;
    const next = spans[i + 1];
    const built = tokens.slice(sp.from, sp.to).some((t) => t.lower === 'for' || t.lower === 'of');
    const link = tokens[sp.to]?.lower;
    const adjacent = sp.type === 'ORG' && next !== undefined && next.from === sp.to + 1;
    // "… Cooperation in Europe"; "House Select Committee on Intelligence".
    const located = adjacent && built && next.type === 'LOC' && next.to === next.from + 1 && link === 'in';
    const remit = adjacent && ORG_SUFFIXES.has(tokens[sp.to - 1]!.lower) && (link === 'on' || link === 'for' || link === 'of') && next.type !== 'PER';
    // "United Nations High Commissioner for Human Rights": an office of a body, named as one.
    const office = sp.type === 'ORG' && next !== undefined && next.type !== 'PER' && officeBetween(tokens, sp.to, next.from);
    if (located || remit || office) {
      out.push({ type: 'ORG', from: sp.from, to: next.to });
      i++;
    } else out.push(sp);
  }
  return out;
}

/** Capitalised title words then for/of between two spans: "… High Commissioner for …". */
function officeBetween(tokens: readonly Token[], from: number, to: number): boolean {
  const between = tokens.slice(from, to);
  if (between.length < 2 || between.length > 4) return false;
  const link = between.at(-1)!.lower;
  const words = between.slice(0, -1);
  return (link === 'for' || link === 'of') && words.every((t) => t.word && t.cap) && words.some((t) => isTitle(t) || ROLE_NOUNS.has(t.lower));
}

const startsSentence = (tokens: readonly Token[], i: number) => i === 0 || (!tokens[i - 1]!.word && /["“‘'([:—–-]/.test(tokens[i - 1]!.text));

/**
 * Whether any span of this sentence could become a mention: some name word other than a
 * sentence-initial common word ("The", "But"). When none, the tagger need not run at all.
 */
export function mayHoldName(tokens: readonly Token[]): boolean {
  return tokens.some((t, i) => nameWord(t) && !(startsSentence(tokens, i) && plainWord(t)));
}

/** Mentions of one sentence from its tagged spans. */
export function mentionsOf(sentence: SentenceInput, spans: readonly TaggedSpan[], text: string): RawMention[] {
  const { tokens } = sentence;
  const out: RawMention[] = [];
  const pieces = joinLocatedOrganizations(tokens, spans).flatMap((sp) => nameRuns(tokens, sp.from, sp.to).map(([from, to]) => ({ type: sp.type, from, to })));
  for (const sp of pieces) {
    let a = sp.from;
    const b = sp.to; // exclusive
    // Determiners, and leading modifiers: "GOP-dominated Legislature" is the Legislature.
    while (a < b && (DETERMINER.has(tokens[a]!.lower) || (b - a > 1 && MODIFIER.test(tokens[a]!.text)))) a++;
    if (a >= b) continue;
    // "X-based", "X-owned": a modifier, not an actor.
    if (MODIFIER.test(tokens[b - 1]!.text) || (tokens[b]?.text === '-' && tokens[b + 1] && MODIFIER.test(`-${tokens[b + 1]!.text}`))) continue;
    // Events, prizes and laws are named like organisations but are not actors: "… Cup Finals", "… Act".
    if (sp.type !== 'PER' && b - a > 1 && NOT_ACTOR_HEADS.has(tokens[b - 1]!.lower)) continue;
    // The whole of a quotation is a nickname or a title, not a mention.
    const before = tokens[a - 1];
    const after = tokens[b];
    if (before && after && QUOTE.test(before.text) && !before.word && QUOTE.test(after.text) && !after.word) continue;
    // A sentence-initial common word glued on by the tagger ("Since Taylor"), or standing alone ("Protesters").
    const initial = startsSentence(tokens, a);
    while (b - a > 1 && initial && plainWord(tokens[a]!)) a++;
    // A lone word the article also writes in lower case ("Office", "Protesters") is a common noun.
    if (b - a === 1 && !/^\p{Lu}{2,}$/u.test(tokens[a]!.text) && ((initial && plainWord(tokens[a]!)) || sentence.lowerForms.has(bare(tokens[a]!.lower)))) continue;
    if (b - a === 1 && tokens[a]!.text.length === 1) continue;
    // Title and role words alone are not a name ("CEO", "Secretary of State").
    const named = tokens.slice(a, b).filter((t) => t.word);
    const phrase = text.slice(tokens[a]!.start, tokens[b - 1]!.end);
    const orgName = sp.type === 'ORG' && ORG_SUFFIXES.has(tokens[b - 1]!.lower) && b - a > 1;
    if (named.every((t) => isTitle(t) || ROLE_NOUNS.has(t.lower)) && !orgName && !isKnownOrganization(phrase) && !isKnownPlace(phrase)) continue;
    // "Russian Foreign Ministry", "People's Liberation Army": a demonym or possessive word before an organisation.
    if (sp.type === 'ORG' && a > 0) {
      const p = tokens[a - 1]!;
      const orgEnd = ORG_SUFFIXES.has(tokens[b - 1]!.lower);
      if (p.cap && ((isDemonym(p.text) && orgEnd) || (/['’]s$/.test(p.text) && plainWord(p) && !spans.some((x) => x.from <= a - 1 && a - 1 < x.to)))) a--;
    }
    // "the Foo administration", "Foo police": a lower-case organisation word after the name.
    const tail = tokens[b];
    if (tail?.word && !tail.cap && ORG_TAIL.has(tail.lower) && !/['’]s$/.test(tokens[b - 1]!.text)) {
      const start = tokens[a]!.start;
      const name = clean(text.slice(start, tail.end));
      out.push({ type: 'ORG', name, start, end: tail.end, written: name, role: null, honorific: null, titled: false, heading: sentence.heading });
      if (sp.type !== 'PER') continue;
    }
    let role: string | null = null;
    let honorific: 'm' | 'f' | null = null;
    let titled = false;
    let writtenStart = tokens[a]!.start;
    // "ambassador to Britain Liu Xiaming": a country glued before a full name is not part of it.
    if (sp.type === 'PER' && b - a > 2 && isKnownPlace(bare(tokens[a]!.text)) && !isKnownFirstName(tokens[a]!.text)) a++;
    if (sp.type === 'PER') {
      // Title and role words inside the span: "President Vladimir Putin", "Mr. Peskov".
      let k = a;
      while (k < b - 1 && (isTitle(tokens[k]!) || !tokens[k]!.word || ((isDemonym(tokens[k]!.text) || isKnownPlace(tokens[k]!.text)) && k + 1 < b - 1 && isTitle(tokens[k + 1]!)))) {
        if (isHonorific(tokens[k]!)) honorific = HONORIFICS[tokens[k]!.lower.replace(/\.$/, '')] ?? honorific;
        k++;
      }
      while (k < b - 1 && !tokens[k]!.word) k++;
      if (k > a && tokens.slice(a, k).some((t) => t.word && !TITLE_GLUE.has(t.lower))) {
        titled = true;
        const words = tokens.slice(a, k).filter((t) => t.word && !isHonorific(t));
        if (words.length) role = text.slice(words[0]!.start, words[words.length - 1]!.end);
        a = k;
      }
      // An honorific right before the span: "Mr." tokenises as "Mr" ".".
      const h = tokens[a - 1]?.text === '.' ? tokens[a - 2] : tokens[a - 1];
      if (h && isHonorific(h)) {
        honorific = HONORIFICS[h.lower.replace(/\.$/, '')] ?? honorific;
        titled = true;
        writtenStart = h.start;
      }
      role ??= roleBefore(tokens, a, { text, known: NO_NAMES });
      if (role) titled = true;
      const app = appositionAfter(tokens, b - 1, { text, known: NO_NAMES });
      role ??= app?.role ?? null;
    }
    const start = tokens[a]!.start;
    const raw = text.slice(start, tokens[b - 1]!.end);
    const name = clean(raw).replace(/\s+/g, ' ');
    if (!name || !/\p{L}/u.test(name)) continue;
    if (b - a === 1 && isWeekdayOrMonth(name)) continue;
    // Lower-case words are not names ("updated", "falls").
    if (!/^[\p{Lu}\p{N}]/u.test(name)) continue;
    const end = start + raw.replace(/['’]s?$/, '').replace(/[\s,;:!?)\]-]+$/, '').length;
    out.push({
      type: sp.type,
      name,
      start,
      end,
      written: clean(text.slice(writtenStart, end)).replace(/\s+/g, ' '),
      role: role ? role.replace(/^(the|a|an)\s+/i, '') : null,
      honorific,
      titled,
      heading: sentence.heading,
      cue: contextType(tokens, a, b, sp.type),
    });
  }
  return out;
}
