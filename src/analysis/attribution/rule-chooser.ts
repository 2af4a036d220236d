// The sieve's decision as a chooser, for ablation against the learned ranker: the first
// attribution pattern in sieve order wins; else the previous speaker; else nobody.
import type { Chooser } from './speakers';

export const ruleChooser: Chooser = ({ candidates }) => {
  let best = -1;
  let bestOrder = Number.POSITIVE_INFINITY;
  candidates.forEach((c, i) => {
    for (const p of c.patterns) if (p.order < bestOrder) [best, bestOrder] = [i, p.order];
  });
  if (best < 0) best = candidates.findIndex((c) => c.kind === 'previous');
  if (best < 0) best = candidates.findIndex((c) => c.kind === 'nobody');
  return { index: best, probability: 1 };
};
