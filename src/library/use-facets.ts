// Filter choices for the library. Sites come from every saved article. There is no background
// message listing all speakers and tags, so those are gathered from the annotations of the most
// recently seen articles (SAMPLE of them), a few requests at a time, after the list has shown.
import { useEffect, useState } from 'preact/hooks';
import { sendToBackground } from '../shared/messaging';
import type { AnnotationRecord } from '../shared/records';
import type { ShowStatus } from './status';
import { collectFacets, type Facets, oneLine } from './view-model';

const SAMPLE = 40;
const PARALLEL = 4;

export const NO_FACETS: Facets = { sites: [], speakers: [], tags: [] };

export function useFacets(version: number, ready: boolean, onStatus: ShowStatus): Facets {
  const [facets, setFacets] = useState<Facets>(NO_FACETS);
  useEffect(() => {
    if (!ready) return;
    let current = true;
    void (async () => {
      const articles = await sendToBackground({ type: 'library/list', options: {} });
      if (!current) return;
      setFacets(collectFacets(articles, []));
      const annotations: AnnotationRecord[] = [];
      const queue = articles.slice(0, SAMPLE);
      const worker = async () => {
        for (let a = queue.shift(); a && current; a = queue.shift()) {
          const got = await sendToBackground({ type: 'library/article', url: a.id });
          if (got) annotations.push(...got.annotations);
        }
      };
      await Promise.all(Array.from({ length: PARALLEL }, worker));
      if (current) setFacets(collectFacets(articles, annotations));
    })().catch((e: unknown) => {
      console.warn('Quotelight: loading the library filters failed', e);
      if (current) onStatus({ kind: 'error', text: `The filters could not be loaded: ${oneLine(e)}` });
    });
    return () => {
      current = false;
    };
  }, [version, ready]);
  return facets;
}
