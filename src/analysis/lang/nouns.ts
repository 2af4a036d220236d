// In a language that writes every noun with a capital (German), a capitalised word is not a name
// by its capital: "Kampf", "Drogen", "Luftqualität". The article itself says which of its words are
// nouns: those it writes after a determiner ("der Kampf", "keine Schutzgarantien", "die realen
// Probleme"), and those with a suffix only nouns take ("-ung", "-keit"). Words inside a named
// organisation found by the tagger ("die Grünen", "der Bundestag") stay names.
import type { Mention } from '../aliases';
import type { Doc } from '../document';

/** Contractions of a preposition and an article ("im Land", "zur Lage"): a noun follows. */
const CONTRACTIONS: ReadonlySet<string> = new Set(['im', 'am', 'ans', 'ins', 'zum', 'zur', 'vom', 'beim', 'aufs', 'übers', 'fürs', 'ums']);
/** Suffixes of German nouns (Hoffnung, Freiheit, Möglichkeit, Gesellschaft, Qualität, Nation, Populismus, Ergebnis, Eigentum). */
const NOUN_SUFFIX = /(ung|ungen|heit|heiten|keit|keiten|schaft|schaften|tät|täten|tion|tionen|ismus|nis|nisse|tum|tümer)$/;
/** The endings of an inflected German adjective ("eigenen", "frühere", "neuer"). */
const ADJECTIVE_ENDING = /^\p{Ll}{2,}(e|en|er|es|em)$/u;
/** Lower-case words between a determiner and its noun: adjectives, at most this many. */
const MAX_ADJECTIVES = 3;

/** Lower-case forms of the capitalised words `doc` uses as common nouns. */
export function capitalisedNouns(doc: Doc, mentions: readonly Mention[]): Set<string> {
  // Mentions by start, each with the furthest end reached so far: one binary search per word.
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const starts = sorted.map((m) => m.start);
  const reach: number[] = [];
  for (const m of sorted) reach.push(Math.max(m.end, reach.at(-1) ?? 0));
  const named = (start: number, end: number) => {
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! <= start) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && reach[lo - 1]! >= end;
  };
  // After a determiner only an organisation keeps its name ("die Grünen", "der Bundestag"): a
  // person or a place takes no article, so a tagger's one-word person there ("die Mutter") is a noun.
  const organization = (start: number, end: number) => {
    for (const m of mentions) if (m.start <= start && end <= m.end && (m.entity.type === 'organization' || m.end - m.start > end - start)) return true;
    return false;
  };
  const nouns = new Set<string>();
  const det = doc.lang.determiners;
  for (const s of doc.sentences) {
    const toks = s.tokens;
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i]!;
      if (!t.word) continue;
      if (t.cap && NOUN_SUFFIX.test(t.lower) && t.lower.length > 6 && !named(t.start, t.end)) nouns.add(t.lower);
      const opens = det.has(t.lower) || CONTRACTIONS.has(t.lower);
      // A preposition or conjunction opens a noun phrase too when an inflected adjective follows ("mit eigenen Leuten").
      if (!opens && !doc.lang.clauseWords.has(t.lower)) continue;
      let k = i + 1;
      while (k < toks.length && k - i <= MAX_ADJECTIVES && toks[k]!.word && !toks[k]!.cap && !det.has(toks[k]!.lower) && (opens || ADJECTIVE_ENDING.test(toks[k]!.lower))) k++;
      if (!opens && k === i + 1) continue;
      const n = toks[k];
      if (n?.word && n.cap && !(named(n.start, n.end) && organization(n.start, n.end))) nouns.add(n.lower);
    }
  }
  return nouns;
}

/** A mention that is one word the article uses as a common noun. */
export function commonNoun(mention: string, nouns: ReadonlySet<string>): boolean {
  return !/\s/.test(mention) && nouns.has(mention.toLowerCase());
}
