import { useEffect, useState } from 'preact/hooks';
import { sendToBackground } from '../shared/messaging';
import type { AnnotationPatch } from '../storage/library';
import { ExportButtons } from './ExportButtons';
import { ForgetButton } from './ForgetButton';
import { ExternalLink } from './ExternalLink';
import { QuoteGroups } from './QuoteGroups';
import { ReaderItemEditor } from '../ui/ReaderItemEditor';
import type { ShowStatus } from './status';
import { useLoad } from './use-load';
import { countsLine, formatDate, oneLine, readerItems } from './view-model';
import { siteLabel } from '../shared/site-label';
import { t } from '../shared/i18n';

interface Props {
  url: string;
  /** An annotation to bring into view and mark (a search result opened with Enter or a click). */
  at?: string;
  onBack: () => void;
  onSpeaker: (name: string) => void;
  onStatus: ShowStatus;
  /** Something in the library changed (the list's counts are stale). */
  onChanged: () => void;
  /** Opens the article's saved copy (SavedCopy.tsx). */
  onCopy?: (url: string) => void;
}

/** One saved article: its quotes by speaker, the reader's highlights and notes, export and forget. */
export function ArticleDetail({ url, at, onBack, onSpeaker, onStatus, onChanged, onCopy }: Props) {
  const [version, setVersion] = useState(0);
  const loaded = useLoad(() => sendToBackground({ type: 'library/article', url }), [url, version]);
  const shown = loaded.data !== null;
  const articleId = loaded.data?.article.id ?? null;
  const elsewhere = useLoad(
    () => (articleId ? sendToBackground({ type: 'library/quotes-elsewhere', articleId }) : Promise.resolve(null)),
    [articleId, version],
  );
  useEffect(() => {
    if (!at || !shown) return;
    const el = document.querySelector<HTMLElement>(`[data-annotation-id="${CSS.escape(at)}"]`);
    if (!el) return;
    el.classList.add('target');
    el.scrollIntoView({ block: 'center' });
    el.focus({ preventScroll: true });
  }, [at, shown]);
  const act = async (run: () => Promise<unknown>) => {
    try {
      await run();
      setVersion((v) => v + 1);
      onChanged();
    } catch (e) {
      onStatus({ kind: 'error', text: oneLine(e) });
    }
  };
  const back = (
    <button type="button" class="link back" onClick={onBack}>
      {t('allArticles')}
    </button>
  );
  if (loaded.error) return <section class="detail">{back}<p class="empty">{loaded.error}</p></section>;
  if (!loaded.data) {
    return (
      <section class="detail" aria-busy="true">
        {back}
        <p class="empty">{loaded.loading ? t('loading') : t('library_notInLibrary')}</p>
      </section>
    );
  }
  const { article, annotations } = loaded.data;
  const mine = readerItems(annotations);
  const published = formatDate(article.published);
  return (
    <article class="detail" data-testid="article-detail" aria-labelledby="detail-title">
      {back}
      <h2 id="detail-title" class="title">
        {article.title}
      </h2>
      <p class="meta">
        <span class="site">{siteLabel(article.site, article.id)}</span>
        {article.byline && <span> · {article.byline}</span>}
        {published && <span> · {t('published', published)}</span>}
        <span> · {t('savedOn', formatDate(article.lastSeen))}</span>
      </p>
      <p class="counts">{countsLine(article.counts)}</p>
      <div class="actions">
        <ExternalLink url={article.id} label={t('inNewTab', t('quoted', article.title))}>
          {t('openArticle')}
        </ExternalLink>
        {onCopy && (
          <button type="button" class="link" data-testid="open-saved-copy" onClick={() => onCopy(article.id)}>
            {t('copy_read')}
          </button>
        )}
        <ExportButtons label={t('exportThisArticle')} articleIds={[article.id]} onStatus={onStatus} />
        <ForgetButton
          title={article.title}
          onConfirm={async () => {
            try {
              await sendToBackground({ type: 'ui/forget-article', url: article.id });
              onStatus({ kind: 'ok', text: t('library_forgot', t('quoted', article.title.slice(0, 80))) });
              onChanged();
              onBack();
            } catch (e) {
              onStatus({ kind: 'error', text: oneLine(e) });
            }
          }}
        />
      </div>
      <section aria-labelledby="detail-quotes">
        <h2 id="detail-quotes">{t('quotesBySpeaker')}</h2>
        <QuoteGroups annotations={annotations} onSpeaker={onSpeaker} elsewhere={elsewhere.data} />
        {elsewhere.error && <p class="empty">{t('library_elsewhereFailed', elsewhere.error)}</p>}
      </section>
      <section aria-labelledby="detail-mine">
        <h2 id="detail-mine">{t('yourHighlightsAndNotes')}</h2>
        {mine.length === 0 && <p class="empty">{t('library_noReaderItems')}</p>}
        <ul class="reader-items">
          {mine.map((a) => (
            <ReaderItemEditor
              key={`${a.id}-${a.updated}`}
              anchorId={a.id}
              item={a}
              onSave={(patch: AnnotationPatch) => act(() => sendToBackground({ type: 'ui/update-annotation', id: a.id, patch }))}
              onDelete={() => act(() => sendToBackground({ type: 'ui/delete-annotation', id: a.id }))}
            />
          ))}
        </ul>
      </section>
    </article>
  );
}
