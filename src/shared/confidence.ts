// How sure the analysis is of a quote's speaker, in words a reader acts on. The ranker's
// probability is calibrated (scripts/eval/calibration.ts), so the line is drawn where the table of
// scripts/eval/confidence-bands.ts shows the wrong speakers gather: see docs/confidence.md.
import { formatPercent, t } from './i18n';

/**
 * Below this the speaker is marked "unsure — check". On polnear-dev 8% of the speakers shown fall
 * below it, a quarter of those are wrong (2% above it), and they hold half of all the wrong ones.
 */
export const CHECK_BELOW = 0.7;

/**
 * - likely: the analysis's speaker, at or above CHECK_BELOW;
 * - check: the analysis's speaker, below it: the reader should check who said it;
 * - corrected: the reader named the speaker (certain);
 * - unknown: saved before confidence was kept.
 */
export type SpeakerBand = 'likely' | 'check' | 'corrected' | 'unknown';

export interface SpeakerCertainty {
  band: SpeakerBand;
  /** The ranker's probability, 0..1 (null for corrected or unknown). */
  confidence: number | null;
}

/** A probability as the analysis reports it, or null when it is missing or not a probability. */
export function probability(v: unknown): number | null {
  return typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 1 ? v : null;
}

/** The band of a detected speaker's probability; the reader's correction is certain. */
export function speakerCertainty(confidence: number | null | undefined, corrected = false): SpeakerCertainty {
  if (corrected) return { band: 'corrected', confidence: null };
  const p = probability(confidence);
  if (p === null) return { band: 'unknown', confidence: null };
  return { band: p < CHECK_BELOW ? 'check' : 'likely', confidence: p };
}

/** The rule name a quote carries once the reader named its speaker: certain, shown as "set by you". */
export const READER_RULE = 'reader';

export const needsCheck = (c: SpeakerCertainty): boolean => c.band === 'check';

/** The band in a word or two, as shown beside the speaker. */
export function bandLabel(band: SpeakerBand): string {
  return t(`band_${band}`);
}

/** "72%" ("72 %" in French): whole percent, never 100% or 0% for what is only a probability. */
export function percent(p: number): string {
  const n = Math.round(100 * p);
  return formatPercent(Math.min(99, Math.max(1, n)));
}

/** The band with its number, for a title, an aria-label or a card line: "unsure — check (45% sure of this speaker)". */
export function certaintyText(c: SpeakerCertainty): string {
  if (c.confidence === null) return c.band === 'corrected' ? t('certainty_corrected') : t('certainty_unknown');
  const sure = t('certainty_sure', percent(c.confidence));
  return c.band === 'check' ? t('certainty_check', sure) : t('certainty_likely', sure);
}
