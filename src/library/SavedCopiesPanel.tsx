// The library's line on saved copies: the articles that changed since they were saved, and the space
// the copies take against their budget.
import type { ArticleRecord } from '../shared/records';
import { t, tn, uiLocale } from '../shared/i18n';
import { sendToBackground } from '../shared/messaging';
import { useLoad } from './use-load';
import { formatDate } from './view-model';

const mb = (bytes: number) =>
  t('copy_mb', (bytes / 1024 / 1024).toLocaleString(uiLocale(), { minimumFractionDigits: bytes < 10 * 1024 * 1024 ? 1 : 0, maximumFractionDigits: bytes < 10 * 1024 * 1024 ? 1 : 0 }));

export function SavedCopiesPanel({ version, onCopy }: { version: number; onCopy: (url: string) => void }) {
  const changed = useLoad(() => sendToBackground({ type: 'library/changed-articles' }), [version]);
  const usage = useLoad(() => sendToBackground({ type: 'library/copies-usage' }), [version]);
  const list = changed.data ?? [];
  return (
    <section class="saved-copies" aria-labelledby="copies-h" data-testid="saved-copies">
      <h2 id="copies-h">{t('copy_changedArticles')}</h2>
      {changed.error && <p class="empty">{t('copy_listFailed', changed.error)}</p>}
      {changed.data && list.length === 0 && <p class="empty">{t('copy_noneChanged')}</p>}
      {list.length > 0 && (
        <ul class="changed-articles" data-testid="changed-articles">
          {list.map(({ article, changed: when, versions }: { article: ArticleRecord; changed: number; versions: number }) => (
            <li key={article.id}>
              <button type="button" class="link" onClick={() => onCopy(article.id)}>
                {article.title}
              </button>{' '}
              · {t('copy_changedOn', formatDate(when))} · {tn('copy_versions', versions)}
            </li>
          ))}
        </ul>
      )}
      {usage.data && (
        <p class="meta" data-testid="copies-usage">
          {t('copy_usage', tn('copy_articles', usage.data.articles), tn('copy_versions', usage.data.versions), mb(usage.data.bytes), mb(usage.data.budget))}
        </p>
      )}
      {usage.error && <p class="empty">{t('copy_measureFailed', usage.error)}</p>}
    </section>
  );
}
