import { useCallback, useEffect, useState } from 'preact/hooks';
import type { AnnotationRecord, ArticleRecord } from '../shared/records';
import { ArticleDetail } from './ArticleDetail';
import { ImportExport } from './ImportExport';
import { LibraryHome } from './LibraryHome';
import { SavedCopy } from './SavedCopy';
import { SpeakerQuotes } from './SpeakerQuotes';
import { Trash } from './Trash';
import type { Status } from './status';
import { type LibraryFilters, NO_FILTERS, parseRoute, type Route, routeHash } from './view-model';
import { t } from '../shared/i18n';

/** The library page: routes between the list, one article and one speaker; owns the status line. */
export function LibraryApp() {
  const [route, setRoute] = useState<Route>(() => parseRoute(location.hash));
  const [filters, setFilters] = useState<LibraryFilters>(NO_FILTERS);
  const [version, setVersion] = useState(0);
  const [status, setStatus] = useState<Status | null>(null);

  useEffect(() => {
    const onHash = () => setRoute(parseRoute(location.hash));
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);
  const go = useCallback((r: Route) => {
    const hash = routeHash(r);
    if (location.hash !== hash) location.hash = hash;
    setRoute(r);
    scrollTo(0, 0);
  }, []);
  const changed = useCallback(() => setVersion((v) => v + 1), []);
  const open = (a: ArticleRecord, at?: AnnotationRecord) => go(at ? { view: 'article', url: a.id, at: at.id } : { view: 'article', url: a.id });
  const speaker = (name: string) => go({ view: 'speaker', name });
  const home = () => go({ view: 'list' });

  return (
    <main class="library-page">
      <header class="brand">
        <img src="/assets/icon-32.png" alt="" width={24} height={24} />
        <h1>
          <button type="button" class="link" onClick={home}>
            {t('library_title')}
          </button>
        </h1>
        <button type="button" class="link trash-link" onClick={() => go({ view: 'trash' })}>
          {t('trash_title')}
        </button>
        <ImportExport onStatus={setStatus} onImported={changed} />
      </header>
      <div class="status-line">
        {status && (
          <p role="alert" class={`status ${status.kind}`} data-testid="status">
            {status.text}
          </p>
        )}
      </div>
      {route.view === 'list' && (
        <LibraryHome filters={filters} onCopy={(url) => go({ view: 'copy', url })} onFilters={setFilters} version={version} onOpen={open} onSpeaker={speaker} onStatus={setStatus} onChanged={changed} />
      )}
      {route.view === 'article' && (
        <ArticleDetail url={route.url} at={route.at} onBack={home} onSpeaker={speaker} onStatus={setStatus} onChanged={changed} onCopy={(url) => go({ view: 'copy', url })} />
      )}
      {route.view === 'copy' && (
        <SavedCopy url={route.url} seq={route.seq} onBack={() => go({ view: 'article', url: route.url })} onVersion={(seq) => go({ view: 'copy', url: route.url, seq })} />
      )}
      {route.view === 'trash' && <Trash version={version} onBack={home} onStatus={setStatus} onChanged={changed} />}
      {route.view === 'speaker' && <SpeakerQuotes name={route.name} onBack={home} onOpen={open} onSpeaker={speaker} />}
    </main>
  );
}
