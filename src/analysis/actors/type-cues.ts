// Evidence for a name's type from the words around it: "the X group", "rescue group X",
// "X, a company co-founded by …" make an organisation; "the X settlement", "eastern X",
// "X, a town in …", "the city of X" a place. One vote among the actor's mentions, never a verdict.
import type { EntityType, TaggedSpan } from '../ner/labels';
import { ORGANIZATION_HEADS } from '../lexicons/description-heads';
import cues from '../lexicons/type-cues.json';
import { isWeekdayOrMonth } from '../nlp';
import type { Token } from '../tokens';

const ORG_AFTER: ReadonlySet<string> = new Set(cues.organizationAfter);
const PLACE_AFTER: ReadonlySet<string> = new Set(cues.placeAfter);
const PLACE_BEFORE: ReadonlySet<string> = new Set(cues.placeBefore);
const ORG_BEFORE: ReadonlySet<string> = new Set(cues.organizationBefore);
const PLACE_HEADS: ReadonlySet<string> = new Set(cues.placeHeads);
const DETERMINERS = new Set(['a', 'an', 'the']);
/** Words that end the noun phrase of an apposition: its head is the word before them. */
const PHRASE_END = new Set(['of', 'in', 'at', 'for', 'with', 'that', 'which', 'who', 'whose', 'by', 'to', 'and', 'or', 'from', 'on', 'based', 'founded', 'led', 'owned', 'run']);
const MAX_APPOSITION = 5;

const lowerWord = (t: Token | undefined): t is Token => t?.word === true && !t.cap;
const headType = (w: string): EntityType | null => (ORGANIZATION_HEADS.has(w) ? 'ORG' : PLACE_HEADS.has(w) ? 'LOC' : null);

/** The head of "X, a whale rescue group co-founded by …": the last lower-case word before the phrase ends. */
function appositionHead(tokens: readonly Token[], b: number): string | null {
  if (tokens[b]?.text !== ',' || !DETERMINERS.has(tokens[b + 1]?.lower ?? '')) return null;
  let head: string | null = null;
  for (let i = b + 2; i < tokens.length && i < b + 2 + MAX_APPOSITION; i++) {
    const t = tokens[i]!;
    // A possessive ("the company's founder") or a name makes a different phrase.
    if (!t.word || PHRASE_END.has(t.lower) || /['’]s$/.test(t.text)) break;
    if (/-(?:founded|based|owned|led|run)$/.test(t.lower)) break;
    if (!t.cap) head = t.lower;
  }
  return head;
}

/** The type the words around tokens [a, b) of a tagged `type` span point to, if any. */
export function contextType(tokens: readonly Token[], a: number, b: number, type: EntityType): EntityType | null {
  const app = appositionHead(tokens, b);
  if (app) return headType(app);
  const before = tokens[a - 1];
  if (lowerWord(before)) {
    // "rescue group X", "the company X" (not "the company's X"); not "the giant X".
    if (ORG_AFTER.has(before.lower)) return 'ORG';
    if (type !== 'PER' && PLACE_BEFORE.has(before.lower)) return 'LOC';
  }
  // "the city of X".
  if (before?.lower === 'of' && DETERMINERS.has(tokens[a - 3]?.lower ?? '') && lowerWord(tokens[a - 2]) && PLACE_HEADS.has(tokens[a - 2]!.lower)) return 'LOC';
  // "the X group", "the X settlement": a person's name before a noun is a different use ("the Smith campaign").
  const after = tokens[b];
  if (type !== 'PER' && lowerWord(after) && !/['’]s$/.test(tokens[b - 1]!.text)) {
    if (ORG_AFTER.has(after.lower)) return 'ORG';
    if (PLACE_AFTER.has(after.lower)) return 'LOC';
  }
  return null;
}

const capitalised = (t: Token | undefined): t is Token => t?.word === true && t.cap;

/**
 * The tagger's spans, completed where the words around a name say what it is: an untagged
 * capitalised run in "the X group" becomes an organisation, and a span after "rescue group
 * Project …" takes the capitalised words before it.
 */
export function withCuedSpans(tokens: readonly Token[], spans: readonly TaggedSpan[]): TaggedSpan[] {
  const covered = new Uint8Array(tokens.length);
  for (const s of spans) covered.fill(1, s.from, s.to);
  const out: TaggedSpan[] = [];
  for (const s of spans) {
    let from = s.from;
    while (from > 1 && capitalised(tokens[from - 1]) && !covered[from - 1]) from--;
    out.push(from < s.from && lowerWord(tokens[from - 1]) && ORG_AFTER.has(tokens[from - 1]!.lower) ? { type: 'ORG', from, to: s.to } : s);
  }
  // "the Islamic State group": a run after "the", not at a sentence's start, before an organisation
  // noun; "the ruling Foo-Bar": a run after a word that only comes before a body.
  for (let i = 1; i < tokens.length; i++) {
    if (!capitalised(tokens[i]) || covered[i] || capitalised(tokens[i - 1])) continue;
    let j = i;
    while (j < tokens.length && capitalised(tokens[j]) && !covered[j]) j++;
    const named = (tokens[i - 1]!.lower === 'the' && i > 1 && lowerWord(tokens[j]) && ORG_AFTER.has(tokens[j]!.lower)) || (ORG_BEFORE.has(tokens[i - 1]!.lower) && !isWeekdayOrMonth(tokens[i]!.text));
    if (named) out.push({ type: 'ORG', from: i, to: j });
    i = j;
  }
  return out.sort((x, y) => x.from - y.from);
}
