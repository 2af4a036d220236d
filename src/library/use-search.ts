// Results for the search as typed. Every keystroke asks the background; answers can come back in
// any order, so each request is numbered and an answer only shows if nothing newer has shown yet:
// a slow answer to "sanc" never replaces the answer to "sanctions".
import { useEffect, useRef, useState } from 'preact/hooks';
import { sendToBackground } from '../shared/messaging';
import type { AnnotationHit } from '../storage/library';
import type { SearchFilters } from '../storage/search-query';
import { oneLine } from './view-model';

export interface SearchState {
  hits: AnnotationHit[] | null;
  /** The query the shown hits answer. */
  answered: string | null;
  error: string | null;
  /** A newer request than the shown answer is on its way. */
  loading: boolean;
}

export function useSearch(query: string, filters: SearchFilters, limit: number, version: number, active: boolean): SearchState {
  const [state, setState] = useState<SearchState>({ hits: null, answered: null, error: null, loading: false });
  const sent = useRef(0);
  const shown = useRef(0);
  const filtersKey = JSON.stringify(filters);
  useEffect(() => {
    const seq = ++sent.current;
    if (!active) {
      shown.current = seq;
      setState({ hits: null, answered: null, error: null, loading: false });
      return;
    }
    setState((s) => ({ ...s, loading: true }));
    const settle = (next: Omit<SearchState, 'loading'>) => {
      if (seq <= shown.current) return;
      shown.current = seq;
      setState({ ...next, loading: seq < sent.current });
    };
    sendToBackground({ type: 'library/search', query, limit, filters }).then(
      (hits) => settle({ hits, answered: query, error: null }),
      (e: unknown) => settle({ hits: null, answered: query, error: oneLine(e) }),
    );
  }, [query, filtersKey, limit, version, active]);
  return state;
}
