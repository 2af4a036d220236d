// Results for the search as typed. One search is asked of the background at a time: keystrokes
// made while it runs only replace the next one to ask, so a burst of typing never queues a search
// per key in the background (each would hold up the next), and the answer shown is never older
// than one already shown: a slow answer to "sanc" never replaces the answer to "sanctions".
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

interface Ask {
  query: string;
  filters: SearchFilters;
  limit: number;
  /** Answers to asks of an older epoch (before the search was cleared) are dropped. */
  epoch: number;
}

const IDLE: SearchState = { hits: null, answered: null, error: null, loading: false };

export function useSearch(query: string, filters: SearchFilters, limit: number, version: number, active: boolean): SearchState {
  const [state, setState] = useState<SearchState>(IDLE);
  const epoch = useRef(0);
  const next = useRef<Ask | null>(null);
  const asking = useRef(false);
  const mounted = useRef(true);
  useEffect(
    () => () => {
      mounted.current = false;
    },
    [],
  );

  const pump = () => {
    const ask = next.current;
    if (asking.current || !ask) return;
    next.current = null;
    asking.current = true;
    const settle = (shown: Omit<SearchState, 'loading'>) => {
      asking.current = false;
      if (!mounted.current) return;
      if (ask.epoch === epoch.current) setState({ ...shown, loading: next.current !== null });
      pump();
    };
    sendToBackground({ type: 'library/search', query: ask.query, limit: ask.limit, filters: ask.filters }).then(
      (hits) => settle({ hits, answered: ask.query, error: null }),
      (e: unknown) => settle({ hits: null, answered: ask.query, error: oneLine(e) }),
    );
  };

  const filtersKey = JSON.stringify(filters);
  useEffect(() => {
    if (!active) {
      epoch.current++;
      next.current = null;
      setState(IDLE);
      return;
    }
    next.current = { query, filters, limit, epoch: epoch.current };
    setState((s) => ({ ...s, loading: true }));
    pump();
  }, [query, filtersKey, limit, version, active]);
  return state;
}
