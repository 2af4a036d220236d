// The saved copy of an article as a clean reader page: its text as it was kept, with the quote tints,
// actor underlines and the reader's marks and notes, and its history of versions. Works offline: it
// is read from the library, never from the site. Article text is only ever rendered as text children.
import { useMemo } from 'preact/hooks';
import { groupStyles } from '../shared/highlight-styles';
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
      ← Back to the article
    </button>
  );
  if (loaded.error) return <section class="detail">{back}<p class="empty">{loaded.error}</p></section>;
  if (!loaded.data || !layout) {
    return (
      <section class="detail" aria-busy={loaded.loading}>
        {back}
        <p class="empty">{loaded.loading ? 'Loading…' : 'No saved copy of this article: it is kept from the next time you open or save it.'}</p>
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
        Saved copy of {formatDate(row.saved)}
        {history.length > 1 ? ` (version ${history.indexOf(history.find((h) => h.seq === row.seq)!) + 1} of ${history.length})` : ''} — read from your library, not
        the site.{' '}
        <ExternalLink url={article.id} label={`“${article.title}”, the live page, in a new tab`}>
          Open the live page ↗
        </ExternalLink>
      </p>
      <h2 id="copy-title" class="title">
        {version.title}
      </h2>
      <p class="meta">
        {version.byline && <span>{version.byline}</span>}
        {version.published && <span> · published {formatDate(version.published)}</span>}
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
          <h2 id="copy-notes">Your notes</h2>
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
          <h2 id="copy-gone">No longer in the article</h2>
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
        <h2 id="copy-history">History</h2>
        <ol class="copy-history" data-testid="copy-history">
          {history.map((h, i) => (
            <li key={h.seq} aria-current={h.seq === row.seq ? 'true' : undefined}>
              <button type="button" class="link" onClick={() => onVersion(h.seq!)}>
                {i === 0 ? 'Saved' : 'Changed'} {formatDate(h.saved)}
              </button>
              {` · last checked ${formatDate(h.checked)}`}
              {h.change?.changed && <ArticleChanges change={h.change} />}
            </li>
          ))}
        </ol>
      </section>
    </article>
  );
}
