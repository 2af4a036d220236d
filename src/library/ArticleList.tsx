import { useEffect, useRef, useState } from 'preact/hooks';
import type { ArticleRecord } from '../shared/records';
import { ForgetButton } from './ForgetButton';
import { ExternalLink } from './ExternalLink';
import { countsLine, formatDate } from './view-model';
import { siteLabel } from '../shared/site-label';
import { t } from '../shared/i18n';

interface Props {
  articles: readonly ArticleRecord[];
  onOpen: (article: ArticleRecord) => void;
  onForget: (article: ArticleRecord) => void;
}

/** Articles rendered before the first paint; the rest follow a slice per frame. */
const FIRST_SCREEN = 15;
const SLICE = 25;

/** Saved articles, in the order given (the background sends the most recently seen first). */
export function ArticleList({ articles, onOpen, onForget }: Props) {
  // A hundred cards take a preact render of ~100 ms on a slow machine: the screenful comes first,
  // then a slice per frame, so a key typed meanwhile (the list follows the search once typing
  // pauses) is answered between slices rather than after all of them.
  const [shown, setShown] = useState(FIRST_SCREEN);
  const rendered = useRef(articles);
  let upTo = shown;
  if (rendered.current !== articles) {
    // A new list starts again from the first screen, in this very render.
    rendered.current = articles;
    upTo = FIRST_SCREEN;
    if (shown !== FIRST_SCREEN) setShown(FIRST_SCREEN);
  }
  useEffect(() => {
    if (shown >= articles.length) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setShown((n) => n + SLICE), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [shown, articles]);
  if (articles.length === 0) return <p class="empty">{t('library_noArticlesMatch')}</p>;
  const repeated = repeatedTitles(articles);
  return (
    <ul class="articles">
      {articles.slice(0, upTo).map((a) => (
        <ArticleItem key={a.id} article={a} sameTitle={repeated.has(a.title)} onOpen={() => onOpen(a)} onForget={() => onForget(a)} />
      ))}
    </ul>
  );
}

/** Titles worn by more than one listed article (wire copy, a live page saved twice). */
function repeatedTitles(articles: readonly ArticleRecord[]): Set<string> {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const a of articles) (seen.has(a.title) ? repeated : seen).add(a.title);
  return repeated;
}

function ArticleItem({ article: a, sameTitle, onOpen, onForget }: { article: ArticleRecord; sameTitle: boolean; onOpen: () => void; onForget: () => void }) {
  const published = formatDate(a.published);
  const site = siteLabel(a.site, a.id);
  // Articles of one title are told apart, on screen and by their buttons' names, by site and date.
  const which = sameTitle ? t('library_which', site, published || t('savedOn', formatDate(a.lastSeen))) : '';
  return (
    <li class="article" data-testid="article" data-url={a.id}>
      <h3 class="title">
        <button type="button" class="link open-detail" onClick={onOpen}>
          {a.title}
          {which && <span class="which">{which}</span>}
        </button>
      </h3>
      <p class="meta">
        <span class="site">{site}</span>
        {published && <span> · {t('published', published)}</span>}
        <span> · {t('savedOn', formatDate(a.lastSeen))}</span>
      </p>
      <p class="counts" data-testid="counts">
        {countsLine(a.counts)}
      </p>
      <p class="row-actions">
        <ExternalLink url={a.id} label={t('inNewTab', `${t('quoted', a.title)}${which}`)}>
          {t('openArticle')}
        </ExternalLink>{' '}
        <ForgetButton
          title={`${a.title}${which}`}
          onConfirm={onForget}
        />
      </p>
    </li>
  );
}
