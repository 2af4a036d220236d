import { bandLabel, certaintyText, percent, type SpeakerCertainty } from '../shared/confidence';
import { t } from '../shared/i18n';

/**
 * How sure the attribution is, beside the speaker's name: a boxed "? unsure — check · 45%" for a
 * speaker to check (shape and words, not colour alone), a quiet "likely" or "set by you" for the
 * rest; the full sentence with its number is the title and the accessible name. Nothing when no
 * confidence was recorded.
 */
export function CertaintyMark({ certainty }: { certainty: SpeakerCertainty }) {
  if (certainty.band === 'unknown') return null;
  const text = certaintyText(certainty);
  const check = certainty.band === 'check';
  return (
    <span class={`certainty ${certainty.band}`} data-band={certainty.band} title={text} role="img" aria-label={text}>
      {check && (
        <span class="certainty-icon" aria-hidden="true">
          ?
        </span>
      )}
      <span aria-hidden="true">{bandLabel(certainty.band)}</span>
      {certainty.confidence !== null && check && <span aria-hidden="true"> · {percent(certainty.confidence)}</span>}
    </span>
  );
}

/** "2 to check" beside a group of quotes, when any of them is; null otherwise. */
export function ToCheckCount({ count }: { count: number }) {
  if (count === 0) return null;
  return (
    <span class="certainty check to-check" data-band="check">
      <span class="certainty-icon" aria-hidden="true">
        ?
      </span>
      {t('toCheck', count)}
    </span>
  );
}
