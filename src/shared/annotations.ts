// Small rules about stored annotations that every part shares.
import type { AnnotationRecord } from './records';

/** The reader's own items, as opposed to what analysis detected. */
export const isReaderItem = (a: Pick<AnnotationRecord, 'kind'>): boolean => a.kind === 'highlight' || a.kind === 'note';

/** Reading order: where the passage starts in the article, then when it was made. */
export function byPosition(a: AnnotationRecord, b: AnnotationRecord): number {
  return a.selectors.position.start - b.selectors.position.start || a.created - b.created;
}

/** The reader's highlights and notes, in reading order. */
export function readerItems(annotations: readonly AnnotationRecord[]): AnnotationRecord[] {
  return annotations.filter(isReaderItem).sort(byPosition);
}
