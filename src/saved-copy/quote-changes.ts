// Which of the saved copy's quotes the article no longer says as it did: gone, reworded (the
// quotes-across comparison decides, and its difference is shown), or given to another speaker.
import type { Speaker } from '../analysis/types';
import { compareQuotes, type QuoteWords, quoteWords } from '../quotes-across';
import type { ArticleVersion, QuoteChange } from './types';
import { paragraphKey, wordDiff } from './word-diff';

const key = (q: QuoteWords) => q.words.join(' ');

/** "Tom Johnston" and "Johnston" are one person: the article named him in full elsewhere, or no longer does. */
function sameNamed(a: string, b: string): boolean {
  const x = a.toLowerCase().split(/\s+/);
  const y = b.toLowerCase().split(/\s+/);
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short.every((w) => long.includes(w));
}

/** A speaker taken away (now nobody) is the analysis losing track, not the article giving it to another. */
function givenToAnother(was: Speaker, now: Speaker): boolean {
  if (was.kind !== 'named' || now.kind === 'nobody') return false;
  return now.kind === 'unnamed' || !sameNamed(was.name, now.name);
}

interface Current {
  words: QuoteWords;
  text: string;
  speaker: Speaker;
}

/** Whether the quote's words stand, in this order, somewhere in the keyed text (the analysis may have cut the quote differently). */
function inText(quote: string, keyedText: string): boolean {
  const k = paragraphKey(quote);
  return k !== '' && keyedText.includes(` ${k} `);
}

/**
 * `changedSpans`: the saved copy's text ranges whose paragraph is not in the current version as it
 * was; a quote outside them kept its words, and is only checked for its speaker.
 */
export function quoteChanges(saved: ArticleVersion, current: ArticleVersion, inChangedParagraph: (start: number, end: number) => boolean): QuoteChange[] {
  const now: Current[] = current.quotes.map((q) => {
    const text = current.text.slice(q.start, q.end);
    return { words: quoteWords(text), text, speaker: q.speaker };
  });
  const byKey = new Map<string, Current>();
  for (const c of now) if (!byKey.has(key(c.words))) byKey.set(key(c.words), c);
  const currentText = ` ${paragraphKey(current.text)} `;
  const out: QuoteChange[] = [];
  for (const q of saved.quotes) {
    const text = saved.text.slice(q.start, q.end);
    const words = quoteWords(text);
    if (words.words.length === 0) continue;
    const same = byKey.get(key(words));
    if (same) {
      if (givenToAnother(q.speaker, same.speaker)) out.push({ kind: 'speaker', text, speaker: q.speaker, nowSpeaker: same.speaker });
      continue;
    }
    if (!inChangedParagraph(q.start, q.end)) continue;
    let best: { c: Current; shared: number; trimmed: boolean } | null = null;
    for (const c of now) {
      const cmp = compareQuotes(words, c.words);
      if (cmp.kind === 'different' || (cmp.kind === 'same' && cmp.trimmed !== 'a' && cmp.trimmed !== 'both')) continue;
      if (!best || cmp.shared > best.shared) best = { c, shared: cmp.shared, trimmed: cmp.kind === 'same' };
    }
    if (best) {
      out.push({ kind: 'reworded', text, speaker: q.speaker, now: best.c.text, words: wordDiff(text, best.c.text) });
      if (givenToAnother(q.speaker, best.c.speaker)) out.push({ kind: 'speaker', text: best.c.text, speaker: q.speaker, nowSpeaker: best.c.speaker });
    } else if (!inText(text, currentText)) {
      out.push({ kind: 'gone', text, speaker: q.speaker });
    }
  }
  return out;
}
