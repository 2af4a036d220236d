import type { AnnotationRecord } from '../shared/records';
import { SpeakerButton } from './SpeakerButton';
import { groupQuotesBySpeaker } from './view-model';

/** An article's quotes grouped by speaker; a named speaker leads to everything they said. */
export function QuoteGroups({ annotations, onSpeaker }: { annotations: readonly AnnotationRecord[]; onSpeaker: (name: string) => void }) {
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
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
