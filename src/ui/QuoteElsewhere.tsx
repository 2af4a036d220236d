// "Also in N articles": where else a quote was found, and for one worded differently the words that
// differ. Page text throughout, so only ever rendered as text children (never HTML).
import { articleCount, type DiffPart, libraryHash, likelySameSpeaker, type QuoteElsewhere } from '../shared/quotes-elsewhere';
import { siteLabel } from '../shared/site-label';
import type { Speaker } from '../shared/speaker-value';

const when = (m: QuoteElsewhere): string => {
  const d = m.published ? new Date(m.published) : new Date(m.saved);
  return Number.isNaN(d.getTime()) ? (m.published ?? '') : d.toLocaleDateString('en', { year: 'numeric', month: 'short', day: 'numeric' });
};

const speakerName = (s: Speaker) => (s.kind === 'named' ? s.name : s.kind === 'unnamed' ? `an unnamed source (${s.description})` : 'nobody');

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
                <del data-op="dropped" title={p.elided ? 'left out there, at an ellipsis' : 'not there'}>
                  <span class="sr-only">dropped: </span>
                  {p.words.join(' ')}
                </del>
                {p.elided ? ' …' : ''}
              </span>
            );
          case 'added':
            return (
              <span key={i}>
                {sep}
                <ins data-op="added" title="added there">
                  <span class="sr-only">added: </span>
                  {p.words.join(' ')}
                </ins>
              </span>
            );
          case 'changed':
            return (
              <span key={i} data-op="changed">
                {sep}
                <del title="here">
                  <span class="sr-only">changed: </span>
                  {p.from.join(' ')}
                </del>{' '}
                <ins title="there">
                  <span class="sr-only">to: </span>
                  {p.to.join(' ')}
                </ins>
              </span>
            );
          case 'moved':
            return (
              <span key={i} class="moved" data-op="moved" title="elsewhere in the quote there">
                {sep}
                <span class="sr-only">moved: </span>
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
        Also in {n} article{n === 1 ? '' : 's'}
      </p>
      <ul>
        {shown.map((m) => (
          <li key={m.annotationId} data-kind={m.kind}>
            <a href={`${libraryUrl}${libraryHash(m)}`} target="_blank" rel="noopener" class="elsewhere-link">
              {siteLabel(m.site, m.articleId)}: {m.title}
            </a>
            <span class="elsewhere-date"> · {when(m)}</span>
            <span class="elsewhere-kind"> · {m.kind === 'same' ? (m.trimmed ? 'same words (a part)' : 'same words') : 'worded differently'}</span>
            {m.speaker.kind !== 'nobody' && !likelySameSpeaker(m.speaker, speaker) && (
              <span class="elsewhere-speaker" data-testid="other-speaker">
                {' '}
                · said there by {speakerName(m.speaker)}
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
      {matches.length > shown.length && <p class="elsewhere-more">and {matches.length - shown.length} more</p>}
    </div>
  );
}
