// The library's line on saved copies: the articles that changed since they were saved, and the space
// the copies take against their budget.
import type { ArticleRecord } from '../shared/records';
import { sendToBackground } from '../shared/messaging';
import { useLoad } from './use-load';
import { formatDate } from './view-model';

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;

export function SavedCopiesPanel({ version, onCopy }: { version: number; onCopy: (url: string) => void }) {
  const changed = useLoad(() => sendToBackground({ type: 'library/changed-articles' }), [version]);
  const usage = useLoad(() => sendToBackground({ type: 'library/copies-usage' }), [version]);
  const list = changed.data ?? [];
  return (
    <section class="saved-copies" aria-labelledby="copies-h" data-testid="saved-copies">
      <h2 id="copies-h">Changed articles</h2>
      {changed.error && <p class="empty">Could not list the changed articles: {changed.error}</p>}
      {changed.data && list.length === 0 && <p class="empty">None of your saved articles changed since you saved it.</p>}
      {list.length > 0 && (
        <ul class="changed-articles" data-testid="changed-articles">
          {list.map(({ article, changed: when, versions }: { article: ArticleRecord; changed: number; versions: number }) => (
            <li key={article.id}>
              <button type="button" class="link" onClick={() => onCopy(article.id)}>
                {article.title}
              </button>{' '}
              · changed {formatDate(when)} · {versions} versions
            </li>
          ))}
        </ul>
      )}
      {usage.data && (
        <p class="meta" data-testid="copies-usage">
          Saved copies: {usage.data.articles.toLocaleString('en')} articles, {usage.data.versions.toLocaleString('en')} versions, {mb(usage.data.bytes)} of{' '}
          {mb(usage.data.budget)} (over it, the oldest versions between an article's first and latest go)
        </p>
      )}
      {usage.error && <p class="empty">Could not measure the saved copies: {usage.error}</p>}
    </section>
  );
}
