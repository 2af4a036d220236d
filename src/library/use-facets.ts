// Filter choices for the library: speakers, sites and tags with their counts over the whole
// library, as the background's search index keeps them (refetched after each change).
import { useEffect, useState } from 'preact/hooks';
import { sendToBackground } from '../shared/messaging';
import type { ShowStatus } from './status';
import { type Facets, oneLine } from './view-model';
import { t } from '../shared/i18n';

export const NO_FACETS: Facets = { sites: [], speakers: [], tags: [], toCheck: 0 };

export function useFacets(version: number, ready: boolean, onStatus: ShowStatus): Facets {
  const [facets, setFacets] = useState<Facets>(NO_FACETS);
  useEffect(() => {
    if (!ready) return;
    let current = true;
    sendToBackground({ type: 'library/facets' }).then(
      (f) => current && setFacets(f),
      // The filters stay as they were; the reader is told why they are missing or out of date.
      (e: unknown) => {
        console.warn('Quotelight: loading the library filters failed', e);
        if (current) onStatus({ kind: 'error', text: t('library_filtersFailed', oneLine(e)) });
      },
    );
    return () => {
      current = false;
    };
  }, [version, ready]);
  return facets;
}
