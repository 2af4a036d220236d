import { markParts } from './marks';

/** Text with the searched words in <mark>: every part is a text child, so page text never becomes markup. */
export function Marked({ text, terms }: { text: string; terms: readonly string[] }) {
  return <>{markParts(text, terms).map((p, i) => (p.mark ? <mark key={i}>{p.text}</mark> : p.text))}</>;
}
