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
import { formatNumber, type MessageKey, t, tn, uiLocale } from '../shared/i18n';
import { stoppedText } from '../shared/stopped-text';

const TYPE_LABEL = { person: 'popup_people', organization: 'popup_organizations', place: 'popup_places' } as const satisfies Record<string, MessageKey>;

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
      if (!ok) throw new Error(t('popup_passageGone'));
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
      if (!article) throw new Error(t('popup_saveFirst'));
      downloadFile(await exportLibrary(format, [article.article.id]));
    });

  return (
    <div>
      <section class="article" aria-label={t('popup_article')}>
        <h2 class="title">{report.meta.title}</h2>
        <p class="meta">
          <span data-testid="word-count">{formatNumber(report.wordCount)}</span> {tn('noun_words', report.wordCount)} · {tn('count_quotes', quoteCount)} ·{' '}
          {tn('count_actors', analysis.actors.length)}
        </p>
        {state.stopped && (
          <p class="state stopped" role="status" data-testid="stopped-early">
            {stoppedText(state.stopped)}
          </p>
        )}
        {state.visit && <VisitNote visit={state.visit} />}
        <div class="actions">
          {saved ? (
            <>
              <span class="saved">{t('popup_saved')}</span>
              <button type="button" class="forget" onClick={() => act(() => sendToBackground({ type: 'ui/forget-article', url: report.url }))}>
                {t('popup_forgetPage')}
              </button>
            </>
          ) : (
            <button type="button" class="save" onClick={() => act(() => sendToBackground({ type: 'ui/save-article', tabId }))}>
              {t('popup_saveArticle')}
            </button>
          )}
          <label class="export">
            <span class="sr-only">{t('exportThisArticle')}</span>
            <select
              aria-label={t('exportThisArticle')}
              onChange={(e) => {
                const v = e.currentTarget.value as ExportFormat | '';
                e.currentTarget.value = '';
                if (v) void exportAs(v);
              }}
            >
              <option value="">{t('popup_exportChoose')}</option>
              <option value="markdown">Markdown</option>
              <option value="csv">CSV</option>
              <option value="json">{t('formatJson')}</option>
            </select>
          </label>
        </div>
        <ViewToggles host={hostOf(report.url)} act={act} />
      </section>
      <input
        type="search"
        class="filter"
        placeholder={t('popup_filterPlaceholder')}
        aria-label={t('popup_filter')}
        value={filter}
        onInput={(e) => setFilter(e.currentTarget.value)}
      />
      <section aria-labelledby="quotes-h">
        <h2 id="quotes-h">{t('quotesBySpeaker')}</h2>
        {(toCheck > 0 || onlyToCheck) && (
          <label class="check-filter" data-testid="speakers-to-check">
            <input type="checkbox" checked={onlyToCheck} onChange={(e) => setOnlyToCheck(e.currentTarget.checked)} /> {t('onlySpeakersToCheck', toCheck)}
          </label>
        )}
        {shownGroups.length === 0 && <p class="empty">{onlyToCheck && toCheck === 0 ? t('noSpeakersLeft') : t('popup_noQuotations')}</p>}
        {shownGroups.map((g) => (
          <details class="speaker" open key={g.speaker} data-speaker={g.speaker}>
            <summary>
              <span class="speaker-name">{g.speaker}</span>
              {g.role && <span class="role"> · {g.role}</span>}
              <ToCheckCount count={g.quotes.filter(quoteToCheck).length} />
              <span class="count">
                {formatNumber(g.quotes.length)}
                <span class="sr-only"> {tn('noun_quotes', g.quotes.length)}</span>
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
          <h2>{t('popup_sources')}</h2>
        </summary>
        <SourcesView stats={sources} title={t('popup_sourcesTitle')} filename="quotelight-sources.csv" />
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
        {t('quoted', quote.text)}
      </button>
      {quote.cue && <span class="cue"> {quote.cue}</span>}{' '}
      {certainty && <CertaintyMark certainty={certainty} />}{' '}
      <button type="button" class="link fix" aria-expanded={editing} onClick={() => setEditing(!editing)} aria-label={t('popup_correctSpeaker')}>
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
          <input list={listId} value={name} aria-label={t('popup_speaker')} onInput={(e) => setName(e.currentTarget.value)} />
          <datalist id={listId}>
            {people.map((p) => (
              <option key={p} value={p} />
            ))}
          </datalist>
          <button type="submit">{t('popup_setSpeaker')}</button>
        </form>
      )}
    </div>
  );
}

function ActorList({ analysis, filter, onReveal }: { analysis: Analysis; filter: string; onReveal: (s: number, e: number) => void }) {
  return (
    <section aria-labelledby="actors-h">
      <h2 id="actors-h">{t('popup_actors')}</h2>
      {ACTOR_TYPES.map((type) => {
        const list = actorsOfType(analysis.actors, type).filter((a) => matchesFilter(filter, a.name, ...a.aliases));
        if (list.length === 0) return null;
        return (
          <div key={type} class={`actors ${type}`}>
            <h3>{t(TYPE_LABEL[type])}</h3>
            <ul>
              {list.map((a) => (
                <li key={a.name}>
                  <button type="button" class="link" disabled={a.mentions.length === 0} onClick={() => a.mentions[0] && onReveal(a.mentions[0].start, a.mentions[0].end)}>
                    {a.name}
                  </button>{' '}
                  <span class="count">
                    {formatNumber(a.mentions.length)}
                    <span class="sr-only"> {tn('noun_mentions', a.mentions.length)}</span>
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
  ['showQuotes', 'popup_showQuotes'],
  ['showActors', 'popup_showActors'],
  ['showHighlights', 'popup_showHighlights'],
] as const satisfies readonly (readonly [string, MessageKey])[];

function ViewToggles({ host, act }: { host: string; act: Props['act'] }) {
  const [settings, setSettings] = useState<SettingsMap | null>(null);
  useEffect(() => {
    void act(async () => setSettings(await sendToBackground({ type: 'ui/get-settings' })));
  }, []);
  if (!settings) return null;
  return (
    <fieldset class="toggles">
      <legend class="sr-only">{t('popup_showOnPage')}</legend>
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
          {t(label)}
        </label>
      ))}
      <button type="button" class="link site-off" onClick={() => act(() => sendToBackground({ type: 'ui/set-site-enabled', host, enabled: false }))}>
        {t('popup_offOnSite', host)}
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
  const since = new Date(visit.firstSaved).toLocaleDateString(uiLocale(), { year: 'numeric', month: 'short', day: 'numeric' });
  return (
    <p class="state unchanged" data-testid="article-unchanged">
      {visit.change ? t('copy_unchangedVisit') : t('copy_kept')} · {t('copy_savedOn', since)}
      {visit.versions > 1 ? ` · ${tn('copy_versionsHistory', visit.versions)}` : ''}
    </p>
  );
}
