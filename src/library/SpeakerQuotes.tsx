import type { ArticleRecord } from '../shared/records';
import { sendToBackground } from '../shared/messaging';
import { HitList } from './HitList';
import { useLoad } from './use-load';
import { groupHitsByArticle } from './view-model';

interface Props {
  name: string;
  onBack: () => void;
  onOpen: (article: ArticleRecord) => void;
  onSpeaker: (name: string) => void;
}

/** "Everything <speaker> said": their quotes across every saved article, each under its article. */
export function SpeakerQuotes({ name, onBack, onOpen, onSpeaker }: Props) {
  const loaded = useLoad(() => sendToBackground({ type: 'library/quotes-by-speaker', name }), [name]);
  const groups = loaded.data ? groupHitsByArticle(loaded.data) : [];
  const total = loaded.data?.length ?? 0;
  return (
    <section class="speaker-view" data-testid="speaker-view" aria-labelledby="speaker-title" aria-busy={loaded.loading}>
      <button type="button" class="link back" onClick={onBack}>
        ← All articles
      </button>
      <h2 id="speaker-title" class="title">
        Everything {name} said
      </h2>
      {loaded.error && <p class="empty">{loaded.error}</p>}
      {loaded.data && (
        <p class="meta">
          {total} {total === 1 ? 'quote' : 'quotes'} in {groups.length} {groups.length === 1 ? 'article' : 'articles'}
        </p>
      )}
      {loaded.data && total === 0 && <p class="empty">No saved quotes from {name}.</p>}
      <HitList groups={groups} onOpen={onOpen} onSpeaker={onSpeaker} />
    </section>
  );
}
