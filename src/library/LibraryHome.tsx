import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { sendToBackground } from '../shared/messaging';
import type { AnnotationRecord, ArticleRecord } from '../shared/records';
import { ArticleList } from './ArticleList';
import { Filters } from './Filters';
import { markFirstRender } from './first-render';
import { HitList, hitDomId } from './HitList';
import { LibrarySources } from './LibrarySources';
import { SavedCopiesPanel } from './SavedCopiesPanel';
import { SearchBox } from './SearchBox';
import type { ShowStatus } from './status';
import { useFacets } from './use-facets';
import { useLoad } from './use-load';
import { useSearch } from './use-search';
import { pickedFilters } from '../storage/search-query';
import { groupHitsByArticle, type LibraryFilters, listOptions, oneLine } from './view-model';
import { t } from '../shared/i18n';

export const PAGE_SIZE = 100;
export const HITS_PAGE = 50;
/**
 * While searching, the article list below the results is asked for only once the results for the
 * same query are shown and the typing has paused: its search must not hold up the next keystroke's.
 */
const LIST_DELAY_MS = 300;
const RESULTS_ID = 'search-results-list';

interface Props {
  filters: LibraryFilters;
  onFilters: (f: LibraryFilters) => void;
  version: number;
  onOpen: (a: ArticleRecord, at?: AnnotationRecord) => void;
  onSpeaker: (name: string) => void;
  onStatus: ShowStatus;
  onChanged: () => void;
  /** Opens an article's saved copy. */
  onCopy?: (url: string) => void;
}


/** The library's front page: search as you type, facets, ranked matches, and the saved articles. */
export function LibraryHome({ filters, onFilters, version, onOpen, onSpeaker, onStatus, onChanged, onCopy }: Props) {
  const [pages, setPages] = useState(1);
  const [hitPages, setHitPages] = useState(1);
  const [active, setActive] = useState(-1);
  const limit = pages * PAGE_SIZE;
  const query = filters.search;
  const picked = pickedFilters(filters);
  const searching = query.trim() !== '' || Object.keys(picked).length > 0;
  const hitLimit = hitPages * HITS_PAGE;
  // One more than shown tells whether there are more.
  const search = useSearch(query, picked, hitLimit + 1, version, searching);
  const [listFilters, setListFilters] = useState(filters);
  useEffect(() => {
    if (!filters.search.trim()) return setListFilters(filters);
    if (search.answered !== filters.search || search.loading) return;
    const timer = setTimeout(() => setListFilters(filters), LIST_DELAY_MS);
    return () => clearTimeout(timer);
  }, [filters, search.answered, search.loading]);
  const optionsKey = JSON.stringify(listOptions(listFilters, limit + 1));
  const list = useLoad(() => sendToBackground({ type: 'library/list', options: listOptions(listFilters, limit + 1) }), [optionsKey, version]);
  const facets = useFacets(version, list.data !== null, onStatus);
  useEffect(() => {
    if (list.data) markFirstRender();
  }, [list.data]);
  const setFilters = (f: LibraryFilters) => {
    setPages(1);
    setHitPages(1);
    setActive(-1);
    onFilters(f);
  };
  const forget = async (a: ArticleRecord) => {
    try {
      await sendToBackground({ type: 'ui/forget-article', url: a.id });
      onStatus({ kind: 'ok', text: t('library_forgot', t('quoted', a.title.slice(0, 80))) });
      onChanged();
    } catch (e) {
      onStatus({ kind: 'error', text: oneLine(e) });
    }
  };
  const articles = useMemo(() => list.data?.slice(0, limit) ?? [], [list.data, limit]);
  const more = (list.data?.length ?? 0) > limit;
  // Each keystroke renders this page twice (busy, then answered): the parts a keystroke does not
  // change (a hundred article cards, the facet menus, the sources) are kept as they are, not diffed
  // again, so the results are painted sooner. Their handlers read the latest props through a ref.
  const latest = useRef({ filters, setFilters, forget, onOpen, onSpeaker });
  latest.current = { filters, setFilters, forget, onOpen, onSpeaker };
  const open = useMemo(() => (a: ArticleRecord, at?: AnnotationRecord) => latest.current.onOpen(a, at), []);
  const toSpeaker = useMemo(() => (name: string) => latest.current.onSpeaker(name), []);
  const articleList = useMemo(
    () => list.data && <ArticleList articles={articles} onOpen={open} onForget={(a) => void latest.current.forget(a)} />,
    [list.data, articles],
  );
  const filterMenus = useMemo(
    () => <Filters filters={filters} facets={facets} onChange={(f) => latest.current.setFilters({ ...f, search: latest.current.filters.search })} />,
    [filters.site, filters.speaker, filters.tag, filters.check, facets],
  );
  const sources = useMemo(() => <LibrarySources articles={articles} version={version} />, [articles, version]);
  // A first screen of hits renders at once; the rest on request (rendering is most of a search's time).
  const shownHits = useMemo(() => search.hits?.slice(0, hitLimit) ?? [], [search.hits, hitLimit]);
  const moreHits = (search.hits?.length ?? 0) > shownHits.length;
  const groups = useMemo(() => groupHitsByArticle(shownHits), [shownHits]);
  // Keyboard order is the order on screen: article by article.
  const ordered = useMemo(() => groups.flatMap((g) => g.annotations.map((a) => ({ article: g.article, annotation: a }))), [groups]);
  const terms = useMemo(() => new Map(shownHits.map((h) => [h.annotation.id, h.terms ?? []])), [shownHits]);
  const activeHit = ordered[active] ?? null;
  const activeId = activeHit?.annotation.id ?? null;
  const hitList = useMemo(
    () => <HitList id={RESULTS_ID} groups={groups} onOpen={open} onSpeaker={toSpeaker} terms={terms} activeId={activeId} />,
    [groups, terms, activeId],
  );
  useEffect(() => setActive(-1), [search.answered]);
  useEffect(() => {
    if (activeHit) document.getElementById(hitDomId(activeHit.annotation.id))?.scrollIntoView({ block: 'nearest' });
  }, [activeHit]);
  return (
    <>
      <SearchBox
        value={filters.search}
        onSearch={(s) => setFilters({ ...filters, search: s })}
        onMove={(by) => setActive((i) => Math.max(-1, Math.min(ordered.length - 1, i + by)))}
        onEnter={() => {
          const target = activeHit ?? ordered[0];
          if (target) onOpen(target.article, target.annotation);
        }}
        activeId={activeHit ? hitDomId(activeHit.annotation.id) : null}
        resultsId={searching ? RESULTS_ID : undefined}
      />
      {filterMenus}
      {searching && (
        <section
          class="results"
          aria-labelledby="results-h"
          aria-busy={search.loading}
          data-testid="search-results"
          data-answered={search.answered ?? undefined}
        >
          <h2 id="results-h">{t('library_bestMatches')}</h2>
          {search.error && <p class="empty">{search.error}</p>}
          {search.hits && groups.length === 0 && <p class="empty">{t('library_nothingMatches', t('quoted', search.answered ?? ''))}</p>}
          {hitList}
          {moreHits && (
            <button type="button" class="more" onClick={() => setHitPages((p) => p + 1)}>
              {t('library_moreMatches')}
            </button>
          )}
        </section>
      )}
      <section class="library" aria-labelledby="articles-h" aria-busy={list.loading} data-testid="article-list">
        <h2 id="articles-h">{query.trim() ? t('library_matchingArticles') : t('library_savedArticles')}</h2>
        {list.error && <p class="empty">{list.error}</p>}
        {articleList}
        {more && (
          <button type="button" class="more" onClick={() => setPages((p) => p + 1)}>
            {t('library_moreArticles')}
          </button>
        )}
      </section>
      {!searching && onCopy && <SavedCopiesPanel version={version} onCopy={onCopy} />}
      {sources}
    </>
  );
}
