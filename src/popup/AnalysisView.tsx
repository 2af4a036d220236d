import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Analysis, Quote } from '../analysis/types';
import type { ExportFormat, TabState } from '../shared/messages';
import { sendToBackground } from '../shared/messaging';
import type { SettingsMap } from '../shared/records';
import { downloadFile } from '../ui/download';
import { exportLibrary } from '../ui/export-library';
import { hostOf } from '../storage/url';
import { ACTOR_TYPES, actorsOfType, groupQuotesBySpeaker, matchesFilter, quoteCertainty, quoteToCheck } from './group-quotes';
import { ReaderItems } from './ReaderItems';
import browser from 'webextension-polyfill';
import { type QuotesElsewhere, quoteKey } from '../shared/quotes-elsewhere';
import { actorTypeMap, sourcesStats } from '../sources/stats';
import { QuoteElsewhereList } from '../ui/QuoteElsewhere';
import { SourcesView } from '../ui/SourcesView';
import { CertaintyMark, ToCheckCount } from '../ui/SpeakerCertainty';
import { ArticleChanges } from '../ui/ArticleChanges';
import type { VisitResult } from '../storage/saved-copies';

const TYPE_LABEL = { person: 'People', organization: 'Organizations', place: 'Places' } as const;

type Ready = Extract<TabState, { status: 'ready' }>;

interface Props {
  tabId: number;
  state: Ready;
  act: (run: () => Promise<unknown>) => Promise<void>;
  refresh: () => Promise<void>;
}

export function AnalysisView({ tabId, state, act, refresh }: Props) {
  const { report, analysis, reader, saved } = state;
  const [filter, setFilter] = useState('');
  const [onlyToCheck, setOnlyToCheck] = useState(false);
  const groups = useMemo(() => groupQuotesBySpeaker(analysis.quotes), [analysis]);
  const reveal = (start: number, end: number) =>
    void act(async () => {
      const { ok } = await sendToBackground({ type: 'ui/reveal', tabId, start, end });
      if (!ok) throw new Error('That passage is no longer on the page.');
    });
  const shownGroups = groups
    .map((g) => ({ ...g, quotes: g.quotes.filter((q) => matchesFilter(filter, q.text, g.speaker, g.role) && (!onlyToCheck || quoteToCheck(q))) }))
    .filter((g) => g.quotes.length > 0);
  const quoteCount = groups.reduce((n, g) => n + g.quotes.length, 0);
  const toCheck = groups.reduce((n, g) => n + g.quotes.filter(quoteToCheck).length, 0);
  const people = useMemo(() => actorsOfType(analysis.actors, 'person').map((a) => a.name), [analysis]);
  const elsewhere = useQuotesElsewhere(tabId, analysis);
  const sources = useMemo(() => sourcesStats(analysis.quotes.filter((q) => q.kind !== 'other'), actorTypeMap(analysis.actors)), [analysis]);

  const exportAs = (format: ExportFormat) =>
    act(async () => {
      const article = saved ? await sendToBackground({ type: 'library/article', url: report.url }) : await sendToBackground({ type: 'ui/save-article', tabId }).then((a) => ({ article: a }));
      if (!article) throw new Error('Save the article first.');
      downloadFile(await exportLibrary(format, [article.article.id]));
    });

  return (
    <div>
      <section class="article" aria-label="Article">
        <h2 class="title">{report.meta.title}</h2>
        <p class="meta">
          <span data-testid="word-count">{report.wordCount.toLocaleString('en')}</span> words · {quoteCount} quotes · {analysis.actors.length}{' '}
          actors
        </p>
        {state.stopped && (
          <p class="state stopped" role="status" data-testid="stopped-early">
            {state.stopped.message}
          </p>
        )}
        {state.visit && <VisitNote visit={state.visit} />}
        <div class="actions">
          {saved ? (
            <>
              <span class="saved">Saved</span>
              <button type="button" class="forget" onClick={() => act(() => sendToBackground({ type: 'ui/forget-article', url: report.url }))}>
                Forget this page
              </button>
            </>
          ) : (
            <button type="button" class="save" onClick={() => act(() => sendToBackground({ type: 'ui/save-article', tabId }))}>
              Save article
            </button>
          )}
          <label class="export">
            <span class="sr-only">Export this article</span>
            <select
              aria-label="Export this article"
              onChange={(e) => {
                const v = e.currentTarget.value as ExportFormat | '';
                e.currentTarget.value = '';
                if (v) void exportAs(v);
              }}
            >
              <option value="">Export…</option>
              <option value="markdown">Markdown</option>
              <option value="csv">CSV</option>
              <option value="json">Web Annotation JSON</option>
            </select>
          </label>
        </div>
        <ViewToggles host={hostOf(report.url)} act={act} />
      </section>
      <input
        type="search"
        class="filter"
        placeholder="Filter quotes, speakers, actors, notes"
        aria-label="Filter"
        value={filter}
        onInput={(e) => setFilter(e.currentTarget.value)}
      />
      <section aria-labelledby="quotes-h">
        <h2 id="quotes-h">Quotes by speaker</h2>
        {(toCheck > 0 || onlyToCheck) && (
          <label class="check-filter" data-testid="speakers-to-check">
            <input type="checkbox" checked={onlyToCheck} onChange={(e) => setOnlyToCheck(e.currentTarget.checked)} /> Only speakers to check ({toCheck})
          </label>
        )}
        {shownGroups.length === 0 && <p class="empty">{onlyToCheck && toCheck === 0 ? 'No speakers left to check.' : 'No quotations found.'}</p>}
        {shownGroups.map((g) => (
          <details class="speaker" open key={g.speaker} data-speaker={g.speaker}>
            <summary>
              <span class="speaker-name">{g.speaker}</span>
              {g.role && <span class="role"> · {g.role}</span>}
              <ToCheckCount count={g.quotes.filter(quoteToCheck).length} />
              <span class="count">
                {g.quotes.length}
                <span class="sr-only"> quotes</span>
              </span>
            </summary>
            <ol>
              {g.quotes.map((q) => (
                <li key={q.start}>
                  <QuoteItem quote={q} people={people} onReveal={reveal} onCorrect={(speaker) => act(() => sendToBackground({ type: 'ui/correct-speaker', tabId, start: q.start, end: q.end, speaker }))} />
                  <QuoteElsewhereList matches={elsewhere?.[quoteKey(q)] ?? []} speaker={q.speaker} libraryUrl={browser.runtime.getURL('src/library/index.html')} />
                </li>
              ))}
            </ol>
          </details>
        ))}
      </section>
      <details class="sources-section" data-testid="popup-sources">
        <summary>
          <h2>Sources</h2>
        </summary>
        <SourcesView stats={sources} title="Who is quoted in this article" filename="quotelight-sources.csv" />
      </details>
      <ActorList analysis={analysis} filter={filter} onReveal={reveal} />
      <ReaderItems items={reader} filter={filter} onReveal={reveal} onChanged={() => void refresh()} />
    </div>
  );
}

function QuoteItem({ quote, people, onReveal, onCorrect }: { quote: Quote; people: string[]; onReveal: (s: number, e: number) => void; onCorrect: (speaker: string | null) => void }) {
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(quote.speaker.kind === 'named' ? quote.speaker.name : '');
  const listId = `people-${quote.start}`;
  const certainty = quoteCertainty(quote);
  return (
    <div class={`quote-item${certainty?.band === 'check' ? ' to-check' : ''}`}>
      <button type="button" class="quote link" onClick={() => onReveal(quote.start, quote.end)}>
        “{quote.text}”
      </button>
      {quote.cue && <span class="cue"> {quote.cue}</span>}{' '}
      {certainty && <CertaintyMark certainty={certainty} />}{' '}
      <button type="button" class="link fix" aria-expanded={editing} onClick={() => setEditing(!editing)} aria-label="Correct the speaker">
        ✎
      </button>
      {editing && (
        <form
          class="correct"
          onSubmit={(e) => {
            e.preventDefault();
            setEditing(false);
            onCorrect(name.trim() || null);
          }}
        >
          <input list={listId} value={name} aria-label="Speaker" onInput={(e) => setName(e.currentTarget.value)} />
          <datalist id={listId}>
            {people.map((p) => (
              <option key={p} value={p} />
            ))}
          </datalist>
          <button type="submit">Set speaker</button>
        </form>
      )}
    </div>
  );
}

function ActorList({ analysis, filter, onReveal }: { analysis: Analysis; filter: string; onReveal: (s: number, e: number) => void }) {
  return (
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
                  <button type="button" class="link" disabled={a.mentions.length === 0} onClick={() => a.mentions[0] && onReveal(a.mentions[0].start, a.mentions[0].end)}>
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
  );
}

const TOGGLES = [
  ['showQuotes', 'Quotes'],
  ['showActors', 'Actors'],
  ['showHighlights', 'My highlights'],
] as const;

function ViewToggles({ host, act }: { host: string; act: Props['act'] }) {
  const [settings, setSettings] = useState<SettingsMap | null>(null);
  useEffect(() => {
    void act(async () => setSettings(await sendToBackground({ type: 'ui/get-settings' })));
  }, []);
  if (!settings) return null;
  return (
    <fieldset class="toggles">
      <legend class="sr-only">Show on the page</legend>
      {TOGGLES.map(([key, label]) => (
        <label key={key}>
          <input
            type="checkbox"
            checked={settings[key]}
            onChange={(e) => {
              const value = e.currentTarget.checked;
              void act(async () => setSettings(await sendToBackground({ type: 'ui/set-setting', key, value })));
            }}
          />{' '}
          {label}
        </label>
      ))}
      <button type="button" class="link site-off" onClick={() => act(() => sendToBackground({ type: 'ui/set-site-enabled', host, enabled: false }))}>
        Off on {host}
      </button>
    </fieldset>
  );
}

/** The tab's quotes found in other saved articles; asked again when the analysis changes. A failure is logged: the quotes still show. */
function useQuotesElsewhere(tabId: number, analysis: Analysis): QuotesElsewhere | null {
  const [found, setFound] = useState<QuotesElsewhere | null>(null);
  useEffect(() => {
    let live = true;
    sendToBackground({ type: 'ui/quotes-elsewhere', tabId }).then(
      (r) => live && setFound(r),
      (e: unknown) => console.error('Quotelight: looking up quotes in other articles failed', e),
    );
    return () => {
      live = false;
    };
  }, [tabId, analysis]);
  return found;
}

/** A saved article's visit: what changed since its last saved version, or that nothing did. */
function VisitNote({ visit }: { visit: VisitResult }) {
  if (visit.change?.changed) return <ArticleChanges change={visit.change} />;
  const since = new Date(visit.firstSaved).toLocaleDateString('en', { year: 'numeric', month: 'short', day: 'numeric' });
  return (
    <p class="state unchanged" data-testid="article-unchanged">
      {visit.change ? 'Unchanged since your last visit' : 'Saved copy kept'} · saved {since}
      {visit.versions > 1 ? ` · ${visit.versions} versions (history in the library)` : ''}
    </p>
  );
}
