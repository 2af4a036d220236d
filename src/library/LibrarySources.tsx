import { useMemo, useState } from 'preact/hooks';
import { sendToBackground } from '../shared/messaging';
import type { ArticleRecord } from '../shared/records';
import type { LibraryData } from '../storage/library';
import { storedSpeaker } from '../shared/quote-source';
import { actorTypeMap, sourcesStats } from '../sources/stats';
import { SourcesView } from '../ui/SourcesView';
import { useLoad } from './use-load';
import { tn } from '../shared/i18n';

/** Who is quoted in the articles the library lists for the current filter (site, tag, search…). */
export function LibrarySources({ articles, version }: { articles: readonly ArticleRecord[]; version: number }) {
  const [open, setOpen] = useState(false);
  const ids = useMemo(() => articles.map((a) => a.id), [articles]);
  const loaded = useLoad(
    () => (open ? sendToBackground({ type: 'library/export-page', articleIds: ids }).then((p) => JSON.parse(p.json) as LibraryData) : Promise.resolve(null)),
    [open, ids.join('\n'), version],
  );
  const stats = useMemo(() => {
    const rows = loaded.data?.annotations ?? [];
    const quotes = rows.filter((a) => a.kind === 'quote').map((a) => ({ speaker: storedSpeaker(a), text: a.text }));
    const actors = rows.filter((a) => a.kind === 'actor').map((a) => ({ name: a.text, type: a.actorType }));
    return sourcesStats(quotes, actorTypeMap(actors));
  }, [loaded.data]);
  if (articles.length === 0) return null;
  return (
    <section class="library-sources" aria-labelledby="sources-h" data-testid="library-sources">
      <h2 id="sources-h">
        <button type="button" class="link" aria-expanded={open} onClick={() => setOpen(!open)}>
          {tn('library_sourcesToggle', articles.length)}
        </button>
      </h2>
      {open && loaded.error && <p class="empty">{loaded.error}</p>}
      {open && loaded.data && <SourcesView stats={stats} title={tn('library_sourcesTitle', articles.length)} filename="quotelight-library-sources.csv" />}
    </section>
  );
}
