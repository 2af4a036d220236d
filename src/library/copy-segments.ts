// The saved copy's text cut into runs that carry the same paint: a quote's tint (one per speaker, as on
// the page), an actor's underline, the reader's mark. Pure; the view renders each run as a text child.
import { anchorAll } from '../anchoring';
import { isReaderItem } from '../shared/annotations';
import type { AnnotationRecord } from '../shared/records';
import { speakerString } from '../shared/speaker-value';
import type { ArticleVersion } from '../saved-copy';
import { markColour, QUOTE_TINTS } from '../page/paint-plan';

export interface Run {
  text: string;
  /** Paint groups of highlight-styles.ts (quote-N, person, mark-yellow…), in painting order. */
  groups: string[];
  /** The reader's item painted here (its note is shown beside it). */
  item: AnnotationRecord | null;
}

export interface CopyLayout {
  /** One list of runs per block of the version, with the block's kind. */
  blocks: { kind: ArticleVersion['blocks'][number]['kind']; runs: Run[] }[];
  /** The reader's items found in this version, and those whose text it no longer has. */
  placed: AnnotationRecord[];
  notFound: AnnotationRecord[];
}

interface Paint {
  start: number;
  end: number;
  group: string;
  item?: AnnotationRecord;
}

export function copyLayout(v: ArticleVersion, annotations: readonly AnnotationRecord[]): CopyLayout {
  const paints: Paint[] = [];
  const tints = new Map<string, number>();
  for (const q of v.quotes) {
    const key = speakerString(q.speaker) ?? '';
    if (!tints.has(key)) tints.set(key, tints.size % QUOTE_TINTS);
    paints.push({ start: q.start, end: q.end, group: `quote-${tints.get(key)}` });
  }
  for (const a of v.actors) for (const [start, end] of a.mentions) paints.push({ start, end, group: a.type });
  const { anchored, notFound } = anchorAll(v.text, annotations.filter(isReaderItem));
  for (const a of anchored) paints.push({ start: a.start, end: a.end, group: `mark-${markColour(a.annotation.colour)}`, item: a.annotation });
  const blocks = v.blocks.map((b) => {
    const here = paints.filter((p) => p.start < b.end && p.end > b.start);
    const cuts = new Set([b.start, b.end]);
    for (const p of here) cuts.add(Math.max(p.start, b.start)).add(Math.min(p.end, b.end));
    const points = [...cuts].sort((x, y) => x - y);
    const runs: Run[] = [];
    for (let k = 0; k + 1 < points.length; k++) {
      const [s, e] = [points[k]!, points[k + 1]!];
      const over = here.filter((p) => p.start <= s && p.end >= e);
      // Tints first, underlines next, the reader's own mark last: theirs paints over the analysis'.
      const order = (g: string) => (g.startsWith('mark-') ? 2 : g.startsWith('quote-') ? 0 : 1);
      const groups = [...new Set(over.map((p) => p.group))].sort((x, y) => order(x) - order(y));
      runs.push({ text: v.text.slice(s, e), groups, item: over.find((p) => p.item)?.item ?? null });
    }
    return { kind: b.kind, runs };
  });
  return { blocks, placed: anchored.map((a) => a.annotation), notFound };
}
