import type { ReaderItems as Items } from '../shared/messages';
import type { AnnotationRecord } from '../shared/records';
import { sendToBackground } from '../shared/messaging';
import { matchesFilter } from './group-quotes';

interface Props {
  items: Items;
  filter: string;
  onReveal: (start: number, end: number) => void;
  onChanged: () => void;
}

/** The reader's highlights and notes for this page; those the page no longer contains are listed, never dropped. */
export function ReaderItems({ items, filter, onReveal, onChanged }: Props) {
  const keep = (a: AnnotationRecord) => matchesFilter(filter, a.text, a.note, ...a.tags);
  const placed = items.placed.filter((p) => keep(p.annotation));
  const missing = items.notFound.filter(keep);
  const remove = async (id: string) => {
    await sendToBackground({ type: 'ui/delete-annotation', id });
    onChanged();
  };
  return (
    <section aria-labelledby="mine-h">
      <h2 id="mine-h">Your highlights and notes</h2>
      {placed.length + missing.length === 0 && <p class="empty">Select text on the page and press Highlight (or Alt+Shift+H).</p>}
      <ul class="reader-items">
        {placed.map((p) => (
          <ReaderItem key={p.annotation.id} a={p.annotation} onReveal={() => onReveal(p.start, p.end)} onRemove={() => remove(p.annotation.id)} />
        ))}
        {missing.map((a) => (
          <ReaderItem key={a.id} a={a} missing onRemove={() => remove(a.id)} />
        ))}
      </ul>
    </section>
  );
}

function ReaderItem({ a, missing, onReveal, onRemove }: { a: AnnotationRecord; missing?: boolean; onReveal?: () => void; onRemove: () => void }) {
  return (
    <li data-testid="reader-item" class={`reader-item mark-${a.colour ?? 'yellow'}`}>
      {missing ? (
        <span class="passage">
          <span class="not-found">Not found on this page:</span> “{a.text}”
        </span>
      ) : (
        <button type="button" class="link passage" onClick={onReveal}>
          “{a.text}”
        </button>
      )}
      {a.note && <p class="note">{a.note}</p>}
      {a.tags.length > 0 && <p class="tags">{a.tags.map((t) => `#${t}`).join(' ')}</p>}
      <button type="button" class="delete" onClick={onRemove} aria-label={`Delete highlight “${a.text.slice(0, 40)}”`}>
        Delete
      </button>
    </li>
  );
}
