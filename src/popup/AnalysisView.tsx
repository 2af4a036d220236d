import { useMemo, useState } from 'preact/hooks';
import type { Analysis, Quote } from '../analysis/types';
import type { PageReport } from '../shared/messages';
import { sendToBackground } from '../shared/messaging';
import { ACTOR_TYPES, actorsOfType, groupQuotesBySpeaker, matchesFilter } from './group-quotes';

const TYPE_LABEL = { person: 'People', organization: 'Organizations', place: 'Places' } as const;

export function AnalysisView({ tabId, report, analysis }: { tabId: number; report: PageReport; analysis: Analysis }) {
  const [filter, setFilter] = useState('');
  const groups = useMemo(() => groupQuotesBySpeaker(analysis.quotes), [analysis]);
  const reveal = (start: number, end: number) => void sendToBackground({ type: 'ui/reveal', tabId, start, end }).catch(() => undefined);
  const shownGroups = groups
    .map((g) => ({ ...g, quotes: g.quotes.filter((q) => matchesFilter(filter, q.text, g.speaker, g.role)) }))
    .filter((g) => g.quotes.length > 0);
  const quoteCount = groups.reduce((n, g) => n + g.quotes.length, 0);

  return (
    <div>
      <section class="article" aria-label="Article">
        <h2 class="title">{report.meta.title}</h2>
        <p class="meta">
          <span data-testid="word-count">{report.wordCount.toLocaleString('en')}</span> words · {quoteCount} quotes · {analysis.actors.length}{' '}
          actors
        </p>
      </section>
      <input
        type="search"
        class="filter"
        placeholder="Filter quotes, speakers, actors"
        aria-label="Filter"
        value={filter}
        onInput={(e) => setFilter(e.currentTarget.value)}
      />
      <section aria-labelledby="quotes-h">
        <h2 id="quotes-h">Quotes by speaker</h2>
        {shownGroups.length === 0 && <p class="empty">No quotations found.</p>}
        {shownGroups.map((g) => (
          <details class="speaker" open key={g.speaker} data-speaker={g.speaker}>
            <summary>
              <span class="speaker-name">{g.speaker}</span>
              {g.role && <span class="role"> · {g.role}</span>}
              <span class="count">
                {g.quotes.length}
                <span class="sr-only"> quotes</span>
              </span>
            </summary>
            <ol>
              {g.quotes.map((q) => (
                <li key={q.start}>
                  <QuoteButton quote={q} onReveal={reveal} />
                </li>
              ))}
            </ol>
          </details>
        ))}
      </section>
      <section aria-labelledby="actors-h">
        <h2 id="actors-h">Actors</h2>
        {ACTOR_TYPES.map((type) => {
          const list = actorsOfType(analysis.actors, type).filter((a) => matchesFilter(filter, a.name, ...a.aliases));
          if (list.length === 0) return null;
          return (
            <div key={type} class={`actors ${type}`}>
              <h3>{TYPE_LABEL[type]}</h3>
              <ul>
                {list.map((a) => (
                  <li key={a.name}>
                    <button
                      type="button"
                      class="link"
                      disabled={a.mentions.length === 0}
                      onClick={() => a.mentions[0] && reveal(a.mentions[0].start, a.mentions[0].end)}
                    >
                      {a.name}
                    </button>{' '}
                    <span class="count">
                      {a.mentions.length}
                      <span class="sr-only"> mentions</span>
                    </span>
                  </li>
                ))}
              </ul>
            </div>
          );
        })}
      </section>
    </div>
  );
}

function QuoteButton({ quote, onReveal }: { quote: Quote; onReveal: (s: number, e: number) => void }) {
  return (
    <button type="button" class="quote link" onClick={() => onReveal(quote.start, quote.end)} title={quote.cue ? `${quote.cue}` : undefined}>
      “{quote.text}”
    </button>
  );
}
