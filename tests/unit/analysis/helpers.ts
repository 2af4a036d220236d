import { analyze } from '../../../src/analysis/analyze';
import { speakerString } from '../../../src/shared/speaker-value';
import type { Analysis, ArticleText, BlockKind } from '../../../src/analysis/types';

/** An ArticleText from paragraphs (joined by blank lines, as extraction does). */
export function article(...paras: (string | [BlockKind, string])[]): ArticleText {
  let text = '';
  const blocks: ArticleText['blocks'] = [];
  for (const p of paras) {
    const [kind, t] = typeof p === 'string' ? (['paragraph', p] as const) : p;
    if (text) text += '\n\n';
    blocks.push({ kind, start: text.length, end: text.length + t.length });
    text += t;
  }
  return { title: '', text, blocks };
}

export function run(...paras: (string | [BlockKind, string])[]): Analysis {
  return analyze(article(...paras));
}

/** [text, speaker] pairs of every quote. */
export function said(...paras: (string | [BlockKind, string])[]): [string, string | null][] {
  return run(...paras).quotes.map((q) => [q.text, speakerString(q.speaker)]);
}
