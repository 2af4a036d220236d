// Lexicon membership of each token, as tagger features: single-word lists (given names,
// surnames, titles, organisation words) and multi-word phrases (places, organisations)
// matched longest first. Membership is evidence for the tagger, never a verdict.
import { FIRST_NAMES, LAST_NAMES } from '../lexicons/names';
import { KNOWN_ORGANIZATIONS, ORG_PREFIXES, ORG_SUFFIXES } from '../lexicons/organizations';
import { KNOWN_PLACES, PLACE_SUFFIXES } from '../lexicons/places';
import { HONORIFICS, ROLE_NOUNS, TITLE_WORDS } from '../lexicons/titles';
import { CALENDAR_WORDS, COMMON_WORDS, DEMONYMS } from '../lexicons/words';
import type { Token } from '../tokens';

const norm = (s: string) => s.toLowerCase().replace(/’/g, "'").replace(/['’]s$/, '');
const MAX_PHRASE = 5;

function phraseSet(list: readonly string[]): Set<string> {
  return new Set(list.map((p) => norm(p)));
}
const PLACES = phraseSet(KNOWN_PLACES);
const ORGS = phraseSet(KNOWN_ORGANIZATIONS);

/** Lexicon tags of each token: "fn", "ln", "title", "hon", "orgw", "orgp", "placew", "dem", "common", "cal", "place-B", "org-I", … */
export function lexiconTags(tokens: readonly Token[]): string[][] {
  const out: string[][] = tokens.map(() => []);
  const normed = tokens.map((t) => norm(t.text));
  tokens.forEach((t, i) => {
    if (!t.word) return;
    const l = normed[i]!;
    const tags = out[i]!;
    const g = FIRST_NAMES.get(l);
    if (g !== undefined) tags.push(g ? `fn${g}` : 'fn');
    if (LAST_NAMES.has(l)) tags.push('ln');
    const bare = l.replace(/\.$/, '');
    if (bare in HONORIFICS) tags.push('hon');
    else if (TITLE_WORDS.has(l)) tags.push('title');
    if (ROLE_NOUNS.has(l)) tags.push('role');
    if (ORG_SUFFIXES.has(l)) tags.push('orgw');
    if (ORG_PREFIXES.has(l)) tags.push('orgp');
    if (PLACE_SUFFIXES.has(l)) tags.push('placew');
    if (DEMONYMS.has(l)) tags.push('dem');
    if (CALENDAR_WORDS.has(l)) tags.push('cal');
    else if (COMMON_WORDS.has(l)) tags.push('common');
  });
  // Multi-word phrases, longest first, over word tokens joined by single spaces; a name
  // written in the text starts with a capital, so only capitalised tokens start a match.
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i]!.cap) continue;
    let phrase = '';
    let best: { kind: string; to: number } | null = null;
    for (let j = i; j < tokens.length && j - i < MAX_PHRASE; j++) {
      const t = tokens[j]!;
      if (!t.word && t.text !== '&' && t.text !== '-') break;
      phrase = j === i ? normed[j]! : `${phrase}${tokens[j - 1]!.end === t.start ? '' : ' '}${normed[j]!}`;
      if (PLACES.has(phrase)) best = { kind: 'place', to: j + 1 };
      else if (ORGS.has(phrase)) best = { kind: 'org', to: j + 1 };
    }
    if (!best) continue;
    for (let k = i; k < best.to; k++) out[k]!.push(`${best.kind}-${k === i ? 'B' : 'I'}`);
    i = best.to - 1;
  }
  return out;
}
