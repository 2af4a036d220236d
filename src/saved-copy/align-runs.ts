// Alignment of two long sequences (paragraphs of an article, words of a paragraph). An edit is
// local: the common head and tail are stripped first, in linear time, and only the stretch between
// them is aligned by the quotes-across aligner (quadratic, capped at ALIGN_MAX_WORDS a side).
import { ALIGN_MAX_WORDS, alignWords } from '../quotes-across/align';

export type Step = { op: 'same'; a: number; b: number } | { op: 'removed'; a: number } | { op: 'added'; b: number };

/** The edit script turning `a` into `b`, in order; equal items are `===`. */
export function alignRuns<T extends string | number>(a: readonly T[], b: readonly T[]): Step[] {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const midA = a.slice(head, a.length - tail);
  const midB = b.slice(head, b.length - tail);
  const steps: Step[] = [];
  for (let k = 0; k < head; k++) steps.push({ op: 'same', a: k, b: k });
  // Beyond the aligner's cap the middle is all removed and added: still a change, just not paired.
  const pairs = midA.length <= ALIGN_MAX_WORDS && midB.length <= ALIGN_MAX_WORDS ? alignWords(midA, midB).pairs : [];
  let i = 0;
  let j = 0;
  for (const [x, y] of [...pairs, [midA.length, midB.length] as const]) {
    while (i < x) steps.push({ op: 'removed', a: head + i++ });
    while (j < y) steps.push({ op: 'added', b: head + j++ });
    if (x < midA.length) steps.push({ op: 'same', a: head + x, b: head + y });
    i = x + 1;
    j = y + 1;
  }
  for (let k = 0; k < tail; k++) steps.push({ op: 'same', a: a.length - tail + k, b: b.length - tail + k });
  return steps;
}
