// Reads the PolNeAR corpus as shipped in ../shared/eval: each article's text (as
// annotated), its attributions (source, cue, content spans) and CoreNLP's tokens.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleText, TextBlock } from '../../src/analysis/types';

export type Spans = [number, number][];

export interface Attribution {
  source: Spans;
  cue: Spans;
  content: Spans;
}

export interface PolnearArticle {
  name: string;
  text: string;
  attributions: Attribution[];
  tokens: [number, number, string, string][];
  /** CoreNLP's coreference chains: each a list of mention spans. */
  coref: Spans[];
}

export const EVAL_DIR = new URL('../../../shared/eval/', import.meta.url).pathname;

/** Articles of a split, in name order (so training is deterministic). */
export function readSplit(split: 'polnear-train' | 'polnear-dev'): PolnearArticle[] {
  const dir = join(EVAL_DIR, split);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.attr.json'))
    .sort()
    .map((f) => {
      const d = JSON.parse(readFileSync(join(dir, f), 'utf8'));
      return { name: f.slice(0, -'.attr.json'.length), text: d.text, attributions: (d.attributions ?? []).map((x: Partial<Attribution>) => ({ source: x.source ?? [], cue: x.cue ?? [], content: x.content ?? [] })), tokens: d.corenlp?.tokens ?? [], coref: (d.corenlp?.coref ?? []).map((chain: [number, number, number][]) => chain.map(([s, e]) => [s, e] as [number, number])) };
    });
}

/** The annotated text as the analysis reads an article: the first paragraph is the title. */
export function toArticleText(a: PolnearArticle): ArticleText {
  const blocks: TextBlock[] = [];
  const re = /[^\n]+(?:\n(?!\n)[^\n]*)*/g;
  for (let m = re.exec(a.text); m; m = re.exec(a.text)) {
    const start = m.index + (m[0].length - m[0].trimStart().length);
    const end = m.index + m[0].trimEnd().length;
    if (end > start) blocks.push({ kind: blocks.length === 0 ? 'heading' : 'paragraph', start, end });
  }
  return { title: blocks[0] ? a.text.slice(blocks[0].start, blocks[0].end) : '', text: a.text, blocks };
}

export function overlaps(a: [number, number], s: number, e: number): number {
  return Math.max(0, Math.min(a[1], e) - Math.max(a[0], s));
}
