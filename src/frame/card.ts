// The lines of a mark's hover card: said only inside the extension's frame, never in the page.
import type { CardText } from '../shared/messages';
import type { AnnotationRecord } from '../shared/records';
import { formatTags } from '../shared/tags';

export function markCard(a: Pick<AnnotationRecord, 'note' | 'tags'>): CardText {
  return { title: a.note ? 'Your note' : 'Your highlight', details: [a.note ?? '', formatTags(a.tags)].filter(Boolean) };
}
