import type { ArticleRecord } from '../shared/records';
import { sendToBackground } from '../shared/messaging';
import { useMemo, useState } from 'preact/hooks';
import { storedToCheck } from '../shared/speakers';
import { groupStatements } from './statements';
import { StatementList } from './StatementList';
import { useLoad } from './use-load';
import { t, tn } from '../shared/i18n';

interface Props {
  name: string;
  onBack: () => void;
  onOpen: (article: ArticleRecord) => void;
  onSpeaker: (name: string) => void;
}

/** "Everything <speaker> said": their statements across every saved article, each once with where it was quoted. */
export function SpeakerQuotes({ name, onBack, onOpen }: Props) {
  const loaded = useLoad(() => sendToBackground({ type: 'library/quotes-by-speaker', name }), [name]);
  const [onlyToCheck, setOnlyToCheck] = useState(false);
  const toCheck = useMemo(() => loaded.data?.filter((h) => storedToCheck(h.annotation)) ?? [], [loaded.data]);
  const statements = useMemo(() => groupStatements((onlyToCheck ? toCheck : loaded.data) ?? []), [loaded.data, toCheck, onlyToCheck]);
  const total = loaded.data?.length ?? 0;
  const articles = new Set(loaded.data?.map((h) => h.article.id)).size;
  return (
    <section class="speaker-view" data-testid="speaker-view" aria-labelledby="speaker-title" aria-busy={loaded.loading}>
      <button type="button" class="link back" onClick={onBack}>
        {t('allArticles')}
      </button>
      <h2 id="speaker-title" class="title">
        {t('everythingSaid', name)}
      </h2>
      {loaded.error && <p class="empty">{loaded.error}</p>}
      {loaded.data && (
        <p class="meta">
          {t('library_quotesIn', tn('count_quotes', total), tn('count_articles', articles))} ·{' '}
          <span data-testid="statement-count">{tn('count_statements', statements.length)}</span>
        </p>
      )}
      {(toCheck.length > 0 || onlyToCheck) && (
        <label class="check-filter" data-testid="speakers-to-check">
          <input type="checkbox" checked={onlyToCheck} onChange={(e) => setOnlyToCheck(e.currentTarget.checked)} /> {t('library_onlyQuotesToCheck', toCheck.length)}
        </label>
      )}
      {loaded.data && total === 0 && <p class="empty">{t('library_noQuotesFrom', name)}</p>}
      <StatementList statements={statements} onOpen={onOpen} />
    </section>
  );
}
