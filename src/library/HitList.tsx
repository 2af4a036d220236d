import type { AnnotationRecord, ArticleRecord } from '../shared/records';
import { ExternalLink } from './ExternalLink';
import { Marked } from './Marked';
import { SpeakerButton } from './SpeakerButton';
import { storedCertainty } from '../shared/speakers';
import { CertaintyMark } from '../ui/SpeakerCertainty';
import { type ArticleHits, effectiveSpeaker, formatDate } from './view-model';
import { siteLabel } from '../shared/site-label';
import { type MessageKey, quoteMarks, t } from '../shared/i18n';

interface Props {
  groups: readonly ArticleHits[];
  onOpen: (article: ArticleRecord, at?: AnnotationRecord) => void;
  onSpeaker: (name: string) => void;
  /** Words to mark in each hit (a search's matched words), by annotation id. */
  terms?: ReadonlyMap<string, readonly string[]>;
  /** The annotation selected with the arrow keys. */
  activeId?: string | null;
  /** Set on the list when it is a search's results (the search field controls it). */
  id?: string;
}

export const hitDomId = (annotationId: string) => `hit-${annotationId}`;

const NONE: readonly string[] = [];

/** Annotations grouped under their article: search results and a speaker's quotes. */
export function HitList({ groups, onOpen, onSpeaker, terms, activeId, id }: Props) {
  return (
    <ul class="hit-groups" id={id}>
      {groups.map(({ article, annotations }) => (
        <li key={article.id} class="hit-group" data-testid="hit-group">
          <h3 class="title">
            <button type="button" class="link open-detail" onClick={() => onOpen(article)}>
              {article.title}
            </button>
          </h3>
          <p class="meta">
            <span class="site">{siteLabel(article.site, article.id)}</span>
            {article.published && <span> · {formatDate(article.published)}</span>} ·{' '}
            <ExternalLink url={article.id} label={t('inNewTab', t('quoted', article.title))}>
              {t('openArticle')}
            </ExternalLink>
          </p>
          <ul class="hits">
            {annotations.map((a) => (
              <Hit
                key={a.id}
                a={a}
                terms={terms?.get(a.id) ?? NONE}
                active={a.id === activeId}
                onOpen={() => onOpen(article, a)}
                onSpeaker={onSpeaker}
              />
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}

const KIND_LABEL = { quote: 'library_kindQuote', actor: 'library_kindActor', highlight: 'library_kindHighlight', note: 'library_kindNote' } as const satisfies Record<string, MessageKey>;

interface HitProps {
  a: AnnotationRecord;
  terms: readonly string[];
  active: boolean;
  onOpen: () => void;
  onSpeaker: (name: string) => void;
}

function Hit({ a, terms, active, onOpen, onSpeaker }: HitProps) {
  const speaker = a.kind === 'quote' ? effectiveSpeaker(a) : null;
  const certainty = storedCertainty(a);
  const [open, close] = quoteMarks();
  return (
    <li id={hitDomId(a.id)} class={`hit kind-${a.kind}${active ? ' active' : ''}`} data-testid="hit" data-id={a.id} aria-current={active || undefined}>
      <span class="kind">{t(KIND_LABEL[a.kind])}</span>{' '}
      <button type="button" class="link hit-text" title={t('openAtPassage')} onClick={onOpen}>
        {open}
        <Marked text={a.text} terms={terms} />
        {close}
      </button>
      {speaker && (
        <span class="by">
          {' '}
          — <SpeakerButton name={speaker} onSpeaker={onSpeaker} />
          {certainty && (
            <>
              {' '}
              <CertaintyMark certainty={certainty} />
            </>
          )}
        </span>
      )}
      {a.note && (
        <p class="note">
          <Marked text={a.note} terms={terms} />
        </p>
      )}
      {a.tags.length > 0 && (
        <p class="tags">
          {a.tags.map((t, i) => (
            <span key={t}>
              {i > 0 && ' '}#<Marked text={t} terms={terms} />
            </span>
          ))}
        </p>
      )}
    </li>
  );
}
