// Compares the article read now with its last saved version: the headline, the paragraphs (aligned,
// a removed one paired with its rewording), and the quotes. Layout is left out first (layout.ts), so a
// revisit where only stamps, ads, rails or spacing moved is unchanged.
import { alignRuns } from './align-runs';
import { type ContentBlock, contentBlocks, normalizeText } from './layout';
import { quoteChanges } from './quote-changes';
import { NO_CHANGE, type ArticleVersion, type ParagraphChange, type VersionChange } from './types';
import { paragraphKey, wordDiff, wordOverlap } from './word-diff';

/** A removed and an added paragraph sharing this share of the shorter one's words are one paragraph reworded. */
export const REWORDED_OVERLAP = 0.5;

/** Pairs the removed and added paragraphs of one stretch into rewordings, in order. */
function pairUp(removed: ContentBlock[], added: ContentBlock[], out: ParagraphChange[]): void {
  let j = 0;
  for (const r of removed) {
    const k = added.findIndex((a, i) => i >= j && wordOverlap(r.text, a.text) >= REWORDED_OVERLAP);
    if (k < 0) {
      out.push({ op: 'removed', text: r.text });
      continue;
    }
    for (; j < k; j++) out.push({ op: 'added', text: added[j]!.text });
    out.push({ op: 'reworded', from: r.text, to: added[k]!.text, words: wordDiff(r.text, added[k]!.text) });
    j = k + 1;
  }
  for (; j < added.length; j++) out.push({ op: 'added', text: added[j]!.text });
}

function sameBlocks(a: ArticleVersion, b: ArticleVersion): boolean {
  return a.blocks.length === b.blocks.length && a.blocks.every((x, i) => x.kind === b.blocks[i]!.kind && x.start === b.blocks[i]!.start && x.end === b.blocks[i]!.end);
}

export function compareVersions(saved: ArticleVersion, current: ArticleVersion): VersionChange {
  // The common revisit: the same text, block for block, under the same headline.
  if (saved.text === current.text && saved.title === current.title && sameBlocks(saved, current)) return NO_CHANGE;
  const was = contentBlocks(saved);
  const now = contentBlocks(current);
  // Paragraphs are compared by their folded words: punctuation or spacing alone is not an edit.
  const ids = new Map<string, number>();
  const intern = (b: ContentBlock) => {
    const k = paragraphKey(b.text);
    const known = ids.get(k);
    if (known !== undefined) return known;
    ids.set(k, ids.size);
    return ids.size - 1;
  };
  const steps = alignRuns(was.map(intern), now.map(intern));
  const paragraphs: ParagraphChange[] = [];
  const kept = new Set<number>();
  let removed: ContentBlock[] = [];
  let added: ContentBlock[] = [];
  const flush = () => {
    if (removed.length || added.length) pairUp(removed, added, paragraphs);
    removed = [];
    added = [];
  };
  for (const s of steps) {
    if (s.op === 'same') {
      flush();
      kept.add(s.a);
    } else if (s.op === 'removed') removed.push(was[s.a]!);
    else added.push(now[s.b]!);
  }
  flush();
  const title = paragraphKey(normalizeText(saved.title)) === paragraphKey(normalizeText(current.title)) ? null : { from: saved.title, to: current.title };
  if (!title && paragraphs.length === 0) return NO_CHANGE;
  // Quotes are checked only once the words changed: the same text analysed by a newer analysis is the same article.
  const changedBlocks = was.filter((_, i) => !kept.has(i));
  const inChanged = (start: number, end: number) => changedBlocks.some((b) => start < b.end && end > b.start);
  return { changed: true, title, paragraphs, quotes: quoteChanges(saved, current, inChanged) };
}
