// What an analysis came to: the analysis and, when it covers less than the page, why. Its own module
// because the wire format and the message contract both need it, and neither should import the other.
import type { Analysis } from '../analysis/types';

/** Why an analysis covers less than the whole page, as the reader is told. */
export interface StoppedEarly {
  reason: 'too-long' | 'too-many' | 'time';
  /** In English, for logs and the CLI; the extension's views say `parts` in the reader's language (shared/stopped-text.ts). */
  message: string;
  /** Each reason with its figures, in order. */
  parts?: StoppedPart[];
}

export type StoppedPart =
  | { reason: 'too-long'; limit: number; length: number }
  | { reason: 'too-many'; quotes: number; mentions: number; shownQuotes: number; shownMentions: number }
  | { reason: 'time'; seconds: number };

export interface AnalysisOutcome {
  analysis: Analysis;
  stopped: StoppedEarly | null;
}
