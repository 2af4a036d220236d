// French (and Portuguese, Spanish rarely) write an elided article or pronoun joined to the next
// word by an apostrophe: "l'IPR", "d'Oxford", "qu'il". The tokenizer keeps such a word whole, as
// English needs for "O'Brien" and "don't"; in a language with elision the article is a word of its
// own, so "l'IPR" reads as the article "l'" and the name "IPR".
import type { Token } from '../tokens';

/** Elided words, lower-case, without their apostrophe. */
const ELIDED: Readonly<Record<string, ReadonlySet<string>>> = {
  fr: new Set(['l', 'd', 'j', 'qu', 'n', 's', 'c', 'm', 't', 'jusqu', 'lorsqu', 'puisqu', 'quoiqu']),
  pt: new Set(['d']),
};

const SPLIT = /^(\p{L}{1,7})(['’])(\p{L}.*)$/u;

/** `tokens` with each elided word split off the word it is joined to; the same array when none is. */
export function splitElisions(tokens: Token[], lang: string): Token[] {
  const elided = ELIDED[lang];
  if (!elided) return tokens;
  let out: Token[] | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const m = t.word ? SPLIT.exec(t.text) : null;
    if (!m || !elided.has(m[1]!.toLowerCase())) {
      out?.push(t);
      continue;
    }
    out ??= tokens.slice(0, i);
    const cut = t.start + m[1]!.length + 1;
    const head = t.text.slice(0, m[1]!.length + 1);
    const rest = m[3]!;
    out.push({ start: t.start, end: cut, text: head, lower: head.toLowerCase(), word: true, cap: /^\p{Lu}/u.test(head) });
    out.push({ start: cut, end: t.end, text: rest, lower: rest.toLowerCase(), word: true, cap: /^\p{Lu}/u.test(rest) });
  }
  return out ?? tokens;
}
