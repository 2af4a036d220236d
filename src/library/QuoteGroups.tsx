import type { QuotesElsewhere } from '../shared/quotes-elsewhere';
import type { AnnotationRecord } from '../shared/records';
import { storedSpeaker } from '../shared/quote-source';
import { useState } from 'preact/hooks';
import { storedCertainty, storedToCheck } from '../shared/speakers';
import { QuoteElsewhereList } from '../ui/QuoteElsewhere';
import { CertaintyMark, ToCheckCount } from '../ui/SpeakerCertainty';
import { SpeakerButton } from './SpeakerButton';
import { groupQuotesBySpeaker } from './view-model';
import { formatNumber, t, tn } from '../shared/i18n';

interface Props {
  annotations: readonly AnnotationRecord[];
  onSpeaker: (name: string) => void;
  /** Each quote's matches in other saved articles, by annotation id. */
  elsewhere?: QuotesElsewhere | null;
}

/**
 * An article's quotes grouped by speaker (with where else each was quoted, and how sure each
 * speaker is); a named speaker leads to everything they said. The reader can keep only the
 * speakers to check.
 */
export function QuoteGroups({ annotations, onSpeaker, elsewhere }: Props) {
  const [onlyToCheck, setOnlyToCheck] = useState(false);
  const all = groupQuotesBySpeaker(annotations);
  if (all.length === 0) return <p class="empty">{t('library_noQuotations')}</p>;
  const toCheck = all.reduce((n, g) => n + g.quotes.filter(storedToCheck).length, 0);
  const groups = onlyToCheck ? all.map((g) => ({ ...g, quotes: g.quotes.filter(storedToCheck) })).filter((g) => g.quotes.length > 0) : all;
  return (
    <div class="quote-groups">
      {(toCheck > 0 || onlyToCheck) && (
        <label class="check-filter" data-testid="speakers-to-check">
          <input type="checkbox" checked={onlyToCheck} onChange={(e) => setOnlyToCheck(e.currentTarget.checked)} /> {t('onlySpeakersToCheck', toCheck)}
        </label>
      )}
      {groups.length === 0 && <p class="empty">{t('noSpeakersLeft')}</p>}
      {groups.map((g) => (
        <section class="speaker-group" key={g.speaker} aria-label={t('quotesByName', g.speaker)}>
          <h3>
            {g.named ? <SpeakerButton name={g.speaker} onSpeaker={onSpeaker} /> : <span class="speaker-name">{g.speaker}</span>}
            {g.role && <span class="role"> · {g.role}</span>}{' '}
            <ToCheckCount count={g.quotes.filter(storedToCheck).length} />{' '}
            <span class="count">
              {formatNumber(g.quotes.length)}
              <span class="sr-only"> {tn('noun_quotes', g.quotes.length)}</span>
            </span>
          </h3>
          <ol>
            {g.quotes.map((q) => (
              <li key={q.id} class="quote-text" data-annotation-id={q.id} tabIndex={-1}>
                {t('quoted', q.text)} <Certainty a={q} />
                <QuoteElsewhereList matches={elsewhere?.[q.id] ?? []} speaker={storedSpeaker(q)} libraryUrl="" />
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}

function Certainty({ a }: { a: AnnotationRecord }) {
  const c = storedCertainty(a);
  return c && <CertaintyMark certainty={c} />;
}
