// Loads data for a view and reloads when its inputs change; a stale reply never overwrites a newer one.
import { useEffect, useState } from 'preact/hooks';
import { oneLine } from './view-model';

export interface Loaded<T> {
  data: T | null;
  error: string | null;
  loading: boolean;
}

export function useLoad<T>(load: () => Promise<T>, deps: readonly unknown[]): Loaded<T> {
  const [state, setState] = useState<Loaded<T>>({ data: null, error: null, loading: true });
  // The caller lists what `load` depends on in `deps`.
  useEffect(() => {
    let current = true;
    setState((s) => ({ ...s, loading: true }));
    load().then(
      (data) => current && setState({ data, error: null, loading: false }),
      (e: unknown) => current && setState({ data: null, error: oneLine(e), loading: false }),
    );
    return () => {
      current = false;
    };
  }, deps);
  return state;
}
