// "the statement continued" names no one: the statement does. Its issuer is found the way a
// reader finds it — back to where the article introduced the document ("X issued a statement",
// "X said in a statement", "in a letter, X wrote"), skipping later definite repeats ("The
// statement, obtained by …"), and taking the subject of that sentence.
import type { Doc } from '../document';
import type { Token } from '../tokens';

/** How many sentences back the introduction of a document may be. */
const MAX_SENTENCES = 12;
const INDEFINITE = new Set(['a', 'an', 'another']);

export interface IssuerSite {
  /** The sentence that introduced the document. */
  sentence: number;
  /** Where the document's noun stands: its issuer is named before it. */
  nounStart: number;
}

/** The sentence that introduced the document `head` ("statement") referred to at `pos`, or null. */
export function documentIntroduction(doc: Doc, head: string, pos: number, firstSentence: number): IssuerSite | null {
  for (let s = firstSentence; s >= 0 && firstSentence - s < MAX_SENTENCES; s--) {
    const toks = doc.sentences[s]!.tokens;
    // Right to left: the nearest use of the noun before `pos` decides.
    for (let i = toks.length - 1; i >= 0; i--) {
      const t = toks[i]!;
      if (t.start >= pos || t.lower !== head || doc.inQuote(t.start)) continue;
      const det = determinerBefore(toks, i);
      if (det && INDEFINITE.has(det)) return { sentence: s, nounStart: t.start };
      // A definite repeat ("The statement, which …") points further back; keep looking.
    }
  }
  return null;
}

/** The determiner of the noun at `i`, skipping adjectives ("a brief written statement"). */
function determinerBefore(toks: Token[], i: number): string | null {
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    const t = toks[k]!;
    if (!t.word) return null;
    if (INDEFINITE.has(t.lower) || t.lower === 'the' || t.lower === 'its' || t.lower === 'their' || t.lower === 'this') return t.lower;
    if (t.cap) return null;
  }
  return null;
}
