// Brings stored annotations back onto a page's current text: the reader's highlights and notes
// are re-anchored, and the reader's speaker corrections override the automatic attribution.
import { parseSpeaker } from '../shared/speaker-value';
import { isReaderItem } from '../shared/annotations';
import type { Analysis } from '../analysis/types';
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
    return hit ? { ...q, speaker: parseSpeaker(hit.annotation.speakerCorrection), speakerMention: null, confidence: 1 } : q;
  });
  return { ...analysis, quotes };
}
