// Brings stored annotations back onto a page's current text: the reader's highlights and notes
// are re-anchored, and the reader's speaker corrections override the automatic attribution.
import { READER_RULE } from '../shared/confidence';
import { parseSpeaker } from '../shared/speaker-value';
import { isReaderItem } from '../shared/annotations';
import type { Analysis, Quote } from '../analysis/types';
import { anchorAll } from '../anchoring';
import type { ReaderItems } from '../shared/messages';
import type { AnnotationRecord } from '../shared/records';


export function placeReaderItems(text: string, annotations: readonly AnnotationRecord[]): ReaderItems {
  const { anchored, notFound } = anchorAll(text, annotations.filter(isReaderItem));
  return {
    placed: anchored.map((a) => ({ annotation: a.annotation, start: a.start, end: a.end })).sort((a, b) => a.start - b.start),
    notFound,
  };
}

/** The analysis with every stored correction applied to the quote it still anchors to. */
export function applyCorrections(analysis: Analysis, text: string, annotations: readonly AnnotationRecord[]): Analysis {
  const corrections = annotations.filter((a) => a.kind === 'quote' && a.speakerCorrection);
  if (corrections.length === 0) return analysis;
  const { anchored } = anchorAll(text, corrections);
  const quotes = analysis.quotes.map((q) => {
    const hit = anchored.find((a) => a.start < q.end && q.start < a.end);
    return hit ? correctedQuote(q, hit.annotation.speakerCorrection, hit.annotation) : q;
  });
  return { ...analysis, quotes };
}

/**
 * A quote as the reader's correction leaves it: their speaker, certain; or, when they cleared it, the
 * speaker and probability the analysis stored for it.
 */
export function correctedQuote(q: Quote, correction: string | null, stored: Pick<AnnotationRecord, 'speaker' | 'speakerConfidence'>): Quote {
  if (correction?.trim()) return { ...q, speaker: parseSpeaker(correction), speakerMention: null, confidence: 1, rule: READER_RULE };
  const { rule, ...rest } = q;
  return { ...rest, ...(rule && rule !== READER_RULE ? { rule } : {}), speaker: stored.speaker, confidence: stored.speakerConfidence ?? q.confidence };
}
