// "Also in N articles": where else a quote was found, and for one worded differently the words that
// differ. Page text throughout, so only ever rendered as text children (never HTML).
import { articleCount, type DiffPart, libraryHash, likelySameSpeaker, type QuoteElsewhere } from '../shared/quotes-elsewhere';
import { siteLabel } from '../shared/site-label';
import type { Speaker } from '../shared/speaker-value';
import { t, tn, uiLocale } from '../shared/i18n';

const when = (m: QuoteElsewhere): string => {
  const d = m.published ? new Date(m.published) : new Date(m.saved);
  return Number.isNaN(d.getTime()) ? (m.published ?? '') : d.toLocaleDateString(uiLocale(), { year: 'numeric', month: 'short', day: 'numeric' });
};

const speakerName = (s: Speaker) => (s.kind === 'named' ? s.name : s.kind === 'unnamed' ? t('unnamedSource', s.description) : t('nobody'));

/** The difference word by word: dropped words struck out, added ones underlined, each also said in words for screen readers. */
export function WordDiff({ diff }: { diff: readonly DiffPart[] }) {
  return (
    <span class="word-diff" data-testid="word-diff">
      {diff.map((p, i) => {
        const sep = i > 0 ? ' ' : '';
        switch (p.op) {
          case 'same':
            return <span key={i}>{sep + p.words.join(' ')}</span>;
          case 'dropped':
            return (
              <span key={i}>
                {sep}
                <del data-op="dropped" title={p.elided ? t('diff_elided') : t('diff_notThere')}>
                  <span class="sr-only">{t('diff_dropped')}</span>
                  {p.words.join(' ')}
                </del>
                {p.elided ? ' …' : ''}
              </span>
            );
          case 'added':
            return (
              <span key={i}>
                {sep}
                <ins data-op="added" title={t('diff_addedThere')}>
                  <span class="sr-only">{t('diff_added')}</span>
                  {p.words.join(' ')}
                </ins>
              </span>
            );
          case 'changed':
            return (
              <span key={i} data-op="changed">
                {sep}
                <del title={t('diff_here')}>
                  <span class="sr-only">{t('diff_changed')}</span>
                  {p.from.join(' ')}
                </del>{' '}
                <ins title={t('diff_there')}>
                  <span class="sr-only">{t('diff_to')}</span>
                  {p.to.join(' ')}
                </ins>
              </span>
            );
          case 'moved':
            return (
              <span key={i} class="moved" data-op="moved" title={t('diff_movedTitle')}>
                {sep}
                <span class="sr-only">{t('diff_moved')}</span>
                {p.words.join(' ')}
              </span>
            );
        }
        return null;
      })}
    </span>
  );
}

interface Props {
  matches: readonly QuoteElsewhere[];
  /** Who said it here, to tell when another article gives it to someone else. */
  speaker: Speaker;
  /** The library page's URL (links add the article and quote after #). */
  libraryUrl: string;
  /** Matches listed; the rest are counted. */
  max?: number;
}

export function QuoteElsewhereList({ matches, speaker, libraryUrl, max = 10 }: Props) {
  if (matches.length === 0) return null;
  const n = articleCount(matches);
  const shown = matches.slice(0, max);
  return (
    <div class="elsewhere" data-testid="quote-elsewhere">
      <p class="elsewhere-count">
        {t('elsewhere_alsoIn', tn('count_articles', n))}
      </p>
      <ul>
        {shown.map((m) => (
          <li key={m.annotationId} data-kind={m.kind}>
            <a href={`${libraryUrl}${libraryHash(m)}`} target="_blank" rel="noopener" class="elsewhere-link">
              {siteLabel(m.site, m.articleId)}: {m.title}
            </a>
            <span class="elsewhere-date"> · {when(m)}</span>
            <span class="elsewhere-kind"> · {m.kind === 'same' ? (m.trimmed ? t('elsewhere_sameWordsPart') : t('elsewhere_sameWords')) : t('elsewhere_reworded')}</span>
            {m.speaker.kind !== 'nobody' && !likelySameSpeaker(m.speaker, speaker) && (
              <span class="elsewhere-speaker" data-testid="other-speaker">
                {' '}
                · {t('elsewhere_saidBy', speakerName(m.speaker))}
              </span>
            )}
            {m.kind === 'reworded' && (
              <p class="elsewhere-diff">
                <WordDiff diff={m.diff} />
              </p>
            )}
          </li>
        ))}
      </ul>
      {matches.length > shown.length && <p class="elsewhere-more">{t('elsewhere_more', matches.length - shown.length)}</p>}
    </div>
  );
}
