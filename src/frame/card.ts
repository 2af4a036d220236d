// The lines of a mark's hover card, and how sure a quote's card is of its speaker: said only
// inside the extension's frame, never in the page.
import { type SpeakerCertainty, speakerCertainty } from '../shared/confidence';
import type { CardText } from '../shared/messages';
import type { AnnotationRecord } from '../shared/records';
import { formatTags } from '../shared/tags';
import { t } from '../shared/i18n';

export function markCard(a: Pick<AnnotationRecord, 'note' | 'tags'>): CardText {
  return { title: a.note ? t('card_yourNote') : t('card_yourHighlight'), details: [a.note ?? '', formatTags(a.tags)].filter(Boolean) };
}

/** The certainty shown under a quote card's speaker; null on cards that name no speaker (actors, marks, nobody). */
export function cardCertainty(card: CardText): SpeakerCertainty | null {
  return card.speakerConfidence === undefined ? null : speakerCertainty(card.speakerConfidence, card.speakerCorrected === true);
}
