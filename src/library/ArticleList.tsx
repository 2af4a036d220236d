import { useEffect, useState } from 'preact/hooks';
import type { ArticleRecord } from '../shared/records';
import { ForgetButton } from './ForgetButton';
import { ExternalLink } from './ExternalLink';
import { countsLine, formatDate } from './view-model';

interface Props {
  articles: readonly ArticleRecord[];
  onOpen: (article: ArticleRecord) => void;
  onForget: (article: ArticleRecord) => void;
}

/** Articles rendered before the first paint; the rest of the page follows in the next frame. */
const FIRST_SCREEN = 15;

/** Saved articles, in the order given (the background sends the most recently seen first). */
export function ArticleList({ articles, onOpen, onForget }: Props) {
  // A hundred cards take a preact render of ~100 ms on a slow machine: the screenful comes first.
  const [all, setAll] = useState(false);
  useEffect(() => {
    if (all) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setAll(true), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [all]);
  if (articles.length === 0) return <p class="empty">No saved articles match.</p>;
  return (
    <ul class="articles">
      {(all ? articles : articles.slice(0, FIRST_SCREEN)).map((a) => (
        <ArticleItem key={a.id} article={a} onOpen={() => onOpen(a)} onForget={() => onForget(a)} />
      ))}
    </ul>
  );
}

function ArticleItem({ article: a, onOpen, onForget }: { article: ArticleRecord; onOpen: () => void; onForget: () => void }) {
  const published = formatDate(a.published);
  return (
    <li class="article" data-testid="article" data-url={a.id}>
      <h3 class="title">
        <button type="button" class="link open-detail" onClick={onOpen}>
          {a.title}
        </button>
      </h3>
      <p class="meta">
        <span class="site">{a.site}</span>
        {published && <span> · published {published}</span>}
        <span> · saved {formatDate(a.lastSeen)}</span>
      </p>
      <p class="counts" data-testid="counts">
        {countsLine(a.counts)}
      </p>
      <p class="row-actions">
        <ExternalLink url={a.id} label={`Open “${a.title}” in a new tab`}>
          Open article ↗
        </ExternalLink>{' '}
        <ForgetButton
          title={a.title}
          onConfirm={onForget}
        />
      </p>
    </li>
  );
}
