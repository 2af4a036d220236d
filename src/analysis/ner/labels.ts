// The tagger's label set: BIO over three entity types.

export type EntityType = 'PER' | 'ORG' | 'LOC';
export const TYPES: readonly EntityType[] = ['PER', 'ORG', 'LOC'];
export const LABELS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC'] as const;
export type Label = (typeof LABELS)[number];
export const NUM_LABELS = LABELS.length;

/** Label index of B-type / I-type. */
export const begin = (t: EntityType): number => 1 + 2 * TYPES.indexOf(t);
export const inside = (t: EntityType): number => 2 + 2 * TYPES.indexOf(t);
export const typeOf = (label: number): EntityType | null => (label === 0 ? null : TYPES[(label - 1) >> 1]!);
export const isInside = (label: number): boolean => label > 0 && label % 2 === 0;

/** I-X may only follow B-X or I-X: everything else is forbidden in decoding. */
export function allowed(prev: number, next: number): boolean {
  if (!isInside(next)) return true;
  return prev === next || prev === next - 1;
}

export interface TaggedSpan {
  type: EntityType;
  /** Token indices [from, to) in the sentence. */
  from: number;
  to: number;
}

/** Entity spans of a label sequence. */
export function spansOf(labels: ArrayLike<number>): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  let cur: TaggedSpan | null = null;
  for (let i = 0; i < labels.length; i++) {
    const l = labels[i]!;
    const t = typeOf(l);
    if (cur && (t !== cur.type || !isInside(l))) {
      out.push(cur);
      cur = null;
    }
    if (t && !cur) cur = { type: t, from: i, to: i + 1 };
    else if (cur) cur.to = i + 1;
  }
  if (cur) out.push(cur);
  return out;
}
