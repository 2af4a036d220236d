import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/analyze';
import type { Choice } from '../../../src/analysis/attribution/speakers';
import type { PolnearArticle } from '../../../scripts/train/polnear';
import { toArticleText } from '../../../scripts/train/polnear';
import { positives } from '../../../scripts/train/speaker';

const span = (text: string, part: string, from = 0): [number, number] => {
  const s = text.indexOf(part, from);
  return [s, s + part.length];
};

describe('training labels of the speaker ranker', () => {
  it('a quote-only paragraph whose source is named paragraphs away labels the previous speaker right, through the coreference chain', () => {
    const text = 'Title\n\nIlse Varnhagen, the mayor, spoke at the harbour on Monday.\n\n“We will stay,” she said.\n\nThe crowd cheered.\n\n“The sea is ours and the boats are ours, and nobody takes them.”';
    const she = span(text, 'she');
    const article: PolnearArticle = {
      name: 'made-up',
      text,
      tokens: [],
      // CoreNLP chained the name and "she"; the annotators put the last quote's source on "she".
      coref: [[span(text, 'Ilse Varnhagen'), she]],
      attributions: [
        { source: [she], cue: [span(text, 'said')], content: [span(text, 'We will stay')] },
        { source: [she], cue: [], content: [span(text, 'The sea is ours and the boats are ours, and nobody takes them.')] },
      ],
    };
    const choices: Choice[] = [];
    analyze(toArticleText(article), {
      choose: (c) => {
        choices.push(c);
        return { index: c.candidates.findIndex((x) => x.kind !== 'nobody'), probability: 1 };
      },
    });
    const last = choices.at(-1)!;
    const right = positives(article, last, last.start, last.end).map((i) => last.candidates[i]!);
    expect(right.some((c) => c.kind === 'previous' && c.entity?.name === 'Ilse Varnhagen')).toBe(true);
  });
});
