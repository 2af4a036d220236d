// The saved copy of an article as a clean reader page: its text as it was kept, with the quote tints,
// actor underlines and the reader's marks and notes, and its history of versions. Works offline: it
// is read from the library, never from the site. Article text is only ever rendered as text children.
import { useMemo } from 'preact/hooks';
import { groupStyles } from '../shared/highlight-styles';
import { t } from '../shared/i18n';
import { sendToBackground } from '../shared/messaging';
import { ArticleChanges } from '../ui/ArticleChanges';
import { copyLayout, type Run } from './copy-segments';
import { ExternalLink } from './ExternalLink';
import { useLoad } from './use-load';
import { formatDate } from './view-model';

interface Props {
  url: string;
  seq?: number;
  onBack: () => void;
  onVersion: (seq: number) => void;
}

/** The paint groups as rules on the copy's runs (data-g lists a run's groups), in the page's colours. */
const COPY_CSS = Object.entries(groupStyles())
  .map(([g, decls]) => `.copy-text [data-g~="${g}"] { ${decls}; }`)
  .join('\n');

const BLOCK_TAG = { heading: 'h3', paragraph: 'p', blockquote: 'blockquote', 'list-item': 'p', caption: 'figcaption', byline: 'p', credit: 'p', dateline: 'p' } as const;

function Runs({ runs }: { runs: Run[] }) {
  return (
    <>
      {runs.map((r, i) =>
        r.groups.length === 0 ? (
          r.text
        ) : (
          <span key={i} data-g={r.groups.join(' ')} data-annotation-id={r.item?.id} title={r.item?.note ?? undefined}>
            {r.text}
          </span>
        ),
      )}
    </>
  );
}

export function SavedCopy({ url, seq, onBack, onVersion }: Props) {
  const loaded = useLoad(() => sendToBackground({ type: 'library/saved-copy', articleId: url, ...(seq !== undefined ? { seq } : {}) }), [url, seq]);
  const layout = useMemo(() => (loaded.data ? copyLayout(loaded.data.version, loaded.data.annotations) : null), [loaded.data]);
  const back = (
    <button type="button" class="link back" onClick={onBack}>
      {t('copy_back')}
    </button>
  );
  if (loaded.error) return <section class="detail">{back}<p class="empty">{loaded.error}</p></section>;
  if (!loaded.data || !layout) {
    return (
      <section class="detail" aria-busy={loaded.loading}>
        {back}
        <p class="empty">{loaded.loading ? t('loading') : t('copy_none')}</p>
      </section>
    );
  }
  const { article, version, row, history } = loaded.data;
  const notes = layout.placed.filter((a) => a.note);
  return (
    <article class="detail saved-copy" data-testid="saved-copy" aria-labelledby="copy-title">
      <style>{COPY_CSS}</style>
      {back}
      <p class="copy-banner" role="note">
        {history.length > 1
          ? t('copy_bannerVersion', formatDate(row.saved), history.findIndex((h) => h.seq === row.seq) + 1, history.length)
          : t('copy_banner', formatDate(row.saved))}{' '}
        <ExternalLink url={article.id} label={t('copy_livePageLabel', t('quoted', article.title))}>
          {t('copy_openLive')}
        </ExternalLink>
      </p>
      <h2 id="copy-title" class="title">
        {version.title}
      </h2>
      <p class="meta">
        {version.byline && <span>{version.byline}</span>}
        {version.published && <span> · {t('copy_published', formatDate(version.published))}</span>}
      </p>
      <div class="copy-text" data-testid="copy-text">
        {layout.blocks.map((b, i) => {
          const Tag = BLOCK_TAG[b.kind];
          return (
            <Tag key={i} class={`copy-${b.kind}`}>
              <Runs runs={b.runs} />
            </Tag>
          );
        })}
      </div>
      {notes.length > 0 && (
        <section aria-labelledby="copy-notes">
          <h2 id="copy-notes">{t('copy_yourNotes')}</h2>
          <ul class="copy-notes" data-testid="copy-notes">
            {notes.map((a) => (
              <li key={a.id}>
                <q>{a.text}</q> — {a.note}
              </li>
            ))}
          </ul>
        </section>
      )}
      {layout.notFound.length > 0 && (
        <section aria-labelledby="copy-gone">
          <h2 id="copy-gone">{t('copy_noLonger')}</h2>
          <ul class="copy-notes" data-testid="copy-not-found">
            {layout.notFound.map((a) => (
              <li key={a.id}>
                <q>{a.text}</q>
                {a.note ? ` — ${a.note}` : ''}
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="copy-history">
        <h2 id="copy-history">{t('copy_history')}</h2>
        <ol class="copy-history" data-testid="copy-history">
          {history.map((h, i) => (
            <li key={h.seq} aria-current={h.seq === row.seq ? 'true' : undefined}>
              <button type="button" class="link" onClick={() => onVersion(h.seq!)}>
                {i === 0 ? t('copy_savedAt', formatDate(h.saved)) : t('copy_changedAt', formatDate(h.saved))}
              </button>
              {` · ${t('copy_lastChecked', formatDate(h.checked))}`}
              {h.change?.changed && <ArticleChanges change={h.change} />}
            </li>
          ))}
        </ol>
      </section>
    </article>
  );
}
