// Batch anchoring for a page load: the common case (unchanged page) stays on the O(1)
// position path per annotation, so hundreds of annotations cost well under a frame.
import type { AnnotationSelectors } from '../shared/records';
import { type Anchored, anchor } from './anchor';

export interface AnchoredAnnotation<T> extends Anchored {
  annotation: T;
}

export interface AnchorAllResult<T> {
  anchored: AnchoredAnnotation<T>[];
  notFound: T[];
}

export function anchorAll<T extends { selectors: Pick<AnnotationSelectors, 'quote' | 'position'> }>(
  text: string,
  annotations: readonly T[],
): AnchorAllResult<T> {
  const anchored: AnchoredAnnotation<T>[] = [];
  const notFound: T[] = [];
  for (const annotation of annotations) {
    const hit = anchor(text, annotation.selectors);
    if (hit) anchored.push({ ...hit, annotation });
    else notFound.push(annotation);
  }
  return { anchored, notFound };
}
