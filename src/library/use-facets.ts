// Filter choices for the library: speakers, sites and tags with their counts over the whole
// library, as the background's search index keeps them (refetched after each change).
import { useEffect, useState } from 'preact/hooks';
import { sendToBackground } from '../shared/messaging';
import type { Facets } from './view-model';

export const NO_FACETS: Facets = { sites: [], speakers: [], tags: [] };

export function useFacets(version: number, ready: boolean): Facets {
  const [facets, setFacets] = useState<Facets>(NO_FACETS);
  useEffect(() => {
    if (!ready) return;
    let current = true;
    sendToBackground({ type: 'library/facets' }).then(
      (f) => current && setFacets(f),
      // The filters stay as they were; the search itself reports a broken index to the reader.
      (e: unknown) => console.error('Quotelight: could not load the library filters', e),
    );
    return () => {
      current = false;
    };
  }, [version, ready]);
  return facets;
}
