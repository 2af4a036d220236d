// What changed in a saved article since its last saved version: quotes first (gone, reworded with the
// difference, given to another speaker), then the headline, then the paragraphs word by word.
// Article text throughout: only ever rendered as text children (never HTML).
import type { QuoteChange, VersionChange, WordPart } from '../saved-copy';
import { changeSummary } from '../saved-copy/summary';
import { t } from '../shared/i18n';
import type { Speaker } from '../shared/speaker-value';

const who = (s: Speaker | undefined) => (!s ? t('nobody') : s.kind === 'named' ? s.name : s.kind === 'unnamed' ? t('unnamedSource', s.description) : t('nobody'));

/** Removed words struck out, added ones underlined, each also said in words for screen readers. */
export function WordParts({ parts }: { parts: readonly WordPart[] }) {
  return (
    <span class="word-diff" data-testid="word-diff">
      {parts.map((p, i) => {
        const sep = i > 0 ? ' ' : '';
        if (p.op === 'same') return <span key={i}>{sep + p.text}</span>;
        const Tag = p.op === 'removed' ? 'del' : 'ins';
        return (
          <span key={i}>
            {sep}
            <Tag data-op={p.op}>
              <span class="sr-only">{p.op === 'removed' ? t('change_srRemoved') : t('change_srAdded')} </span>
              {p.text}
            </Tag>
          </span>
        );
      })}
    </span>
  );
}

function QuoteChangeItem({ q }: { q: QuoteChange }) {
  return (
    <li data-testid="changed-quote" data-kind={q.kind}>
      {q.kind === 'gone' && (
        <>
          <strong>{t('change_goneLabel')}</strong> <q>{q.text}</q> ({who(q.speaker)})
        </>
      )}
      {q.kind === 'reworded' && q.words && (
        <>
          <strong>{t('change_reworded')}</strong> ({who(q.speaker)}): <WordParts parts={q.words} />
        </>
      )}
      {q.kind === 'speaker' && (
        <>
          <strong>{t('change_nowGiven', who(q.nowSpeaker))}</strong> {t('change_was', who(q.speaker))}: <q>{q.text}</q>
        </>
      )}
    </li>
  );
}

export function ArticleChanges({ change, open = false }: { change: VersionChange; open?: boolean }) {
  return (
    <div class="article-changes" data-testid="article-changes">
      <p class="state changed" role="status">
        {changeSummary(change)}
      </p>
      {change.quotes.length > 0 && (
        <ul class="changed-quotes" aria-label={t('change_quotesLabel')}>
          {change.quotes.map((q, i) => (
            <QuoteChangeItem key={i} q={q} />
          ))}
        </ul>
      )}
      {change.title && (
        <p data-testid="changed-title">
          <strong>{t('change_headline')}</strong> <WordParts parts={[{ op: 'removed', text: change.title.from }, { op: 'added', text: change.title.to }]} />
        </p>
      )}
      {change.paragraphs.length > 0 && (
        <details open={open}>
          <summary>{t('change_paragraphs', change.paragraphs.length)}</summary>
          <ol class="changed-paragraphs">
            {change.paragraphs.map((p, i) => (
              <li key={i} data-op={p.op}>
                {p.op === 'reworded' ? <WordParts parts={p.words} /> : <WordParts parts={[{ op: p.op, text: p.text }]} />}
              </li>
            ))}
          </ol>
        </details>
      )}
    </div>
  );
}
