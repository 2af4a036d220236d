import type { QuotesElsewhere } from '../shared/quotes-elsewhere';
import type { AnnotationRecord } from '../shared/records';
import { storedSpeaker } from '../shared/quote-source';
import { QuoteElsewhereList } from '../ui/QuoteElsewhere';
import { SpeakerButton } from './SpeakerButton';
import { groupQuotesBySpeaker } from './view-model';

interface Props {
  annotations: readonly AnnotationRecord[];
  onSpeaker: (name: string) => void;
  /** Each quote's matches in other saved articles, by annotation id. */
  elsewhere?: QuotesElsewhere | null;
}

/** An article's quotes grouped by speaker (with where else each was quoted); a named speaker leads to everything they said. */
export function QuoteGroups({ annotations, onSpeaker, elsewhere }: Props) {
  const groups = groupQuotesBySpeaker(annotations);
  if (groups.length === 0) return <p class="empty">No quotations saved for this article.</p>;
  return (
    <div class="quote-groups">
      {groups.map((g) => (
        <section class="speaker-group" key={g.speaker} aria-label={`Quotes by ${g.speaker}`}>
          <h3>
            {g.named ? <SpeakerButton name={g.speaker} onSpeaker={onSpeaker} /> : <span class="speaker-name">{g.speaker}</span>}
            {g.role && <span class="role"> · {g.role}</span>}{' '}
            <span class="count">
              {g.quotes.length}
              <span class="sr-only"> quotes</span>
            </span>
          </h3>
          <ol>
            {g.quotes.map((q) => (
              <li key={q.id} class="quote-text" data-annotation-id={q.id} tabIndex={-1}>
                “{q.text}”
                <QuoteElsewhereList matches={elsewhere?.[q.id] ?? []} speaker={storedSpeaker(q)} libraryUrl="" />
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
