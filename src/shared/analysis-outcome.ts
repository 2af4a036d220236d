// What an analysis came to: the analysis and, when it covers less than the page, why. Its own module
// because the wire format and the message contract both need it, and neither should import the other.
import type { Analysis } from '../analysis/types';

/** Why an analysis covers less than the whole page, as the reader is told. */
export interface StoppedEarly {
  reason: 'too-long' | 'too-many' | 'time';
  message: string;
}

export interface AnalysisOutcome {
  analysis: Analysis;
  stopped: StoppedEarly | null;
}
