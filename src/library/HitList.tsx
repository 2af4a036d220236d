import type { AnnotationRecord, ArticleRecord } from '../shared/records';
import { ExternalLink } from './ExternalLink';
import { SpeakerButton } from './SpeakerButton';
import { type ArticleHits, effectiveSpeaker, formatDate, formatTags } from './view-model';

interface Props {
  groups: readonly ArticleHits[];
  onOpen: (article: ArticleRecord) => void;
  onSpeaker: (name: string) => void;
}

/** Annotations grouped under their article: search results and a speaker's quotes. */
export function HitList({ groups, onOpen, onSpeaker }: Props) {
  return (
    <ul class="hit-groups">
      {groups.map(({ article, annotations }) => (
        <li key={article.id} class="hit-group" data-testid="hit-group">
          <h3 class="title">
            <button type="button" class="link open-detail" onClick={() => onOpen(article)}>
              {article.title}
            </button>
          </h3>
          <p class="meta">
            <span class="site">{article.site}</span>
            {article.published && <span> · {formatDate(article.published)}</span>} ·{' '}
            <ExternalLink url={article.id} label={`Open “${article.title}” in a new tab`}>
              Open article ↗
            </ExternalLink>
          </p>
          <ul class="hits">
            {annotations.map((a) => (
              <Hit key={a.id} a={a} onSpeaker={onSpeaker} />
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}

const KIND_LABEL = { quote: 'Quote', actor: 'Actor', highlight: 'Highlight', note: 'Note' } as const;

function Hit({ a, onSpeaker }: { a: AnnotationRecord; onSpeaker: (name: string) => void }) {
  const speaker = a.kind === 'quote' ? effectiveSpeaker(a) : null;
  return (
    <li class={`hit kind-${a.kind}`} data-testid="hit">
      <span class="kind">{KIND_LABEL[a.kind]}</span> <span class="hit-text">“{a.text}”</span>
      {speaker && (
        <span class="by">
          {' '}
          — <SpeakerButton name={speaker} onSpeaker={onSpeaker} />
        </span>
      )}
      {a.note && <p class="note">{a.note}</p>}
      {a.tags.length > 0 && <p class="tags">{formatTags(a.tags)}</p>}
    </li>
  );
}
