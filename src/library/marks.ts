// Which words of a result to mark: those the search matched. The background names them folded
// (lower case, no accents), so each word of the text is folded the same way before comparing.
// Returns plain parts; the component renders them as text, never as HTML.
import { fold } from '../storage/words';

export interface Part {
  text: string;
  mark: boolean;
}

const WORD = /[\p{L}\p{N}]+/gu;

export function markParts(text: string, terms: readonly string[]): Part[] {
  if (terms.length === 0 || !text) return [{ text, mark: false }];
  const wanted = new Set(terms);
  const parts: Part[] = [];
  let at = 0;
  for (const m of text.matchAll(WORD)) {
    if (!wanted.has(fold(m[0]))) continue;
    if (m.index > at) parts.push({ text: text.slice(at, m.index), mark: false });
    parts.push({ text: m[0], mark: true });
    at = m.index + m[0].length;
  }
  if (at < text.length) parts.push({ text: text.slice(at), mark: false });
  return parts;
}
