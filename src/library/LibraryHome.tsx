import { useState } from 'preact/hooks';
import { sendToBackground } from '../shared/messaging';
import type { ArticleRecord } from '../shared/records';
import { ArticleList } from './ArticleList';
import { Filters } from './Filters';
import { HitList } from './HitList';
import { SearchBox } from './SearchBox';
import type { ShowStatus } from './status';
import { useFacets } from './use-facets';
import { useLoad } from './use-load';
import { groupHitsByArticle, type LibraryFilters, listOptions, oneLine } from './view-model';

export const PAGE_SIZE = 100;
export const HITS_PAGE = 50;

interface Props {
  filters: LibraryFilters;
  onFilters: (f: LibraryFilters) => void;
  version: number;
  onOpen: (a: ArticleRecord) => void;
  onSpeaker: (name: string) => void;
  onStatus: ShowStatus;
  onChanged: () => void;
}

/** The library's front page: search, filters, matching quotes and notes, and the saved articles. */
export function LibraryHome({ filters, onFilters, version, onOpen, onSpeaker, onStatus, onChanged }: Props) {
  const [pages, setPages] = useState(1);
  const [hitPages, setHitPages] = useState(1);
  const limit = pages * PAGE_SIZE;
  const optionsKey = JSON.stringify(listOptions(filters, limit + 1));
  const list = useLoad(() => sendToBackground({ type: 'library/list', options: listOptions(filters, limit + 1) }), [optionsKey, version]);
  const query = filters.search.trim();
  const hits = useLoad(async () => (query ? sendToBackground({ type: 'library/search', query }) : []), [query, version]);
  const facets = useFacets(version, list.data !== null, onStatus);
  const setFilters = (f: LibraryFilters) => {
    setPages(1);
    setHitPages(1);
    onFilters(f);
  };
  const forget = async (a: ArticleRecord) => {
    try {
      await sendToBackground({ type: 'ui/forget-article', url: a.id });
      onStatus({ kind: 'ok', text: `Forgot “${a.title.slice(0, 80)}”` });
      onChanged();
    } catch (e) {
      onStatus({ kind: 'error', text: oneLine(e) });
    }
  };
  const articles = list.data?.slice(0, limit) ?? [];
  const more = (list.data?.length ?? 0) > limit;
  // A first screen of hits renders at once; the rest on request (rendering is most of a search's time).
  const shownHits = hits.data?.slice(0, hitPages * HITS_PAGE) ?? [];
  const moreHits = (hits.data?.length ?? 0) - shownHits.length;
  const groups = hits.data ? groupHitsByArticle(shownHits) : [];
  return (
    <>
      <SearchBox value={filters.search} onSearch={(search) => setFilters({ ...filters, search })} />
      <Filters filters={filters} facets={facets} onChange={setFilters} />
      {query && (
        <section class="results" aria-labelledby="results-h" aria-busy={hits.loading} data-testid="search-results">
          <h2 id="results-h">Matching quotes, highlights and notes</h2>
          {hits.error && <p class="empty">{hits.error}</p>}
          {hits.data && groups.length === 0 && <p class="empty">Nothing you saved matches “{query}”.</p>}
          <HitList groups={groups} onOpen={onOpen} onSpeaker={onSpeaker} />
          {moreHits > 0 && (
            <button type="button" class="more" onClick={() => setHitPages((p) => p + 1)}>
              Show {Math.min(moreHits, HITS_PAGE)} more matches
            </button>
          )}
        </section>
      )}
      <section class="library" aria-labelledby="articles-h" aria-busy={list.loading} data-testid="article-list">
        <h2 id="articles-h">{query ? 'Matching articles' : 'Saved articles'}</h2>
        {list.error && <p class="empty">{list.error}</p>}
        {list.data && <ArticleList articles={articles} onOpen={onOpen} onForget={(a) => void forget(a)} />}
        {more && (
          <button type="button" class="more" onClick={() => setPages((p) => p + 1)}>
            Show more articles
          </button>
        )}
      </section>
    </>
  );
}
