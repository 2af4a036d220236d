// Lexicon membership of each token, as tagger features: single-word lists (given names,
// surnames, titles, organisation words) and multi-word phrases (places, organisations)
// matched longest first. Membership is evidence for the tagger, never a verdict.
import gazetteer from '../lexicons/gazetteer.json';
import { FIRST_NAMES, LAST_NAMES } from '../lexicons/names';
import { KNOWN_ORGANIZATIONS, ORG_PREFIXES, ORG_SUFFIXES } from '../lexicons/organizations';
import { KNOWN_PLACES, PLACE_SUFFIXES } from '../lexicons/places';
import { HONORIFICS, ROLE_NOUNS, TITLE_WORDS } from '../lexicons/titles';
import { CALENDAR_WORDS, COMMON_WORDS, DEMONYMS } from '../lexicons/words';
import type { Token } from '../tokens';

const APOSTROPHE = /['’]/;
const CURLY_APOSTROPHE = /’/g;
const POSSESSIVE = /'s$/;
const norm = (s: string) => {
  const l = s.toLowerCase();
  return APOSTROPHE.test(l) ? l.replace(CURLY_APOSTROPHE, "'").replace(POSSESSIVE, '') : l;
};
const MAX_PHRASE = 5;

function phraseSet(list: readonly string[]): Set<string> {
  return new Set(list.map((p) => norm(p)));
}
const PLACES = phraseSet(KNOWN_PLACES);
const ORGS = phraseSet(KNOWN_ORGANIZATIONS);
/** Countries in five languages and large cities (lexicons/gazetteer.json): tagged apart, as "gaz". */
const GAZETTEER = phraseSet(gazetteer.places);
const NONE: readonly string[] = [];

/** Every single-word list folded into one index, built once: word → its tags. */
const WORD_TAGS: ReadonlyMap<string, readonly string[]> = (() => {
  const index = new Map<string, string[]>();
  const add = (words: Iterable<string>, tag: (w: string) => string | null) => {
    for (const w of words) {
      const t = tag(w);
      if (!t) continue;
      const tags = index.get(w) ?? [];
      if (!tags.includes(t)) tags.push(t);
      index.set(w, tags);
    }
  };
  add(FIRST_NAMES.keys(), (w) => {
    const g = FIRST_NAMES.get(w);
    return g ? `fn${g}` : 'fn';
  });
  add(LAST_NAMES, () => 'ln');
  // An honorific may carry its dot ("mr."); a title word that is also an honorific counts as one.
  add(Object.keys(HONORIFICS).flatMap((h) => [h, `${h}.`]), () => 'hon');
  add(TITLE_WORDS, (w) => (w.replace(/\.$/, '') in HONORIFICS ? null : 'title'));
  add(ROLE_NOUNS, () => 'role');
  add(ORG_SUFFIXES, () => 'orgw');
  add(ORG_PREFIXES, () => 'orgp');
  add(PLACE_SUFFIXES, () => 'placew');
  add(DEMONYMS, () => 'dem');
  add(CALENDAR_WORDS, () => 'cal');
  add(COMMON_WORDS, (w) => (CALENDAR_WORDS.has(w) ? null : 'common'));
  return index;
})();

/** Lexicon tags of each token: "fn", "ln", "title", "hon", "orgw", "orgp", "placew", "dem", "common", "cal", "place-B", "org-I", … */
export function lexiconTags(tokens: readonly Token[], opts: { gazetteer?: boolean } = {}): (readonly string[])[] {
  const normed = tokens.map((t) => norm(t.text));
  // The lists' own arrays, shared and never changed: a phrase tag below copies before adding.
  const out: (readonly string[])[] = tokens.map((t, i) => (t.word ? (WORD_TAGS.get(normed[i]!) ?? NONE) : NONE));
  matchPhrases(tokens, normed, out, (p) => (PLACES.has(p) ? 'place' : ORGS.has(p) ? 'org' : null));
  if (opts.gazetteer) matchPhrases(tokens, normed, out, (p) => (GAZETTEER.has(p) ? 'gaz' : null));
  return out;
}

/**
 * Multi-word phrases, longest first, over word tokens joined by single spaces; a name written in
 * the text starts with a capital, so only capitalised tokens start a match. Adds `kind-B`/`kind-I`.
 */
function matchPhrases(tokens: readonly Token[], normed: readonly string[], out: (readonly string[])[], kindOf: (phrase: string) => string | null): void {
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i]!.cap) continue;
    let phrase = '';
    let best: { kind: string; to: number } | null = null;
    for (let j = i; j < tokens.length && j - i < MAX_PHRASE; j++) {
      const t = tokens[j]!;
      if (!t.word && t.text !== '&' && t.text !== '-') break;
      phrase = j === i ? normed[j]! : `${phrase}${tokens[j - 1]!.end === t.start ? '' : ' '}${normed[j]!}`;
      const kind = kindOf(phrase);
      if (kind) best = { kind, to: j + 1 };
    }
    if (!best) continue;
    for (let k = i; k < best.to; k++) out[k] = [...out[k]!, `${best.kind}-${k === i ? 'B' : 'I'}`];
    i = best.to - 1;
  }
}
