import type { ReaderItems as Items } from '../shared/messages';
import { sendToBackground } from '../shared/messaging';
import type { AnnotationRecord } from '../shared/records';
import type { AnnotationPatch } from '../storage/library';
import { ReaderItemEditor } from '../ui/ReaderItemEditor';
import { matchesFilter } from './group-quotes';
import { t } from '../shared/i18n';

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
  const save = (id: string) => async (patch: AnnotationPatch) => {
    await sendToBackground({ type: 'ui/update-annotation', id, patch });
    onChanged();
  };
  const remove = (id: string) => async () => {
    await sendToBackground({ type: 'ui/delete-annotation', id });
    onChanged();
  };
  return (
    <section aria-labelledby="mine-h">
      <h2 id="mine-h">{t('yourHighlightsAndNotes')}</h2>
      {placed.length + missing.length === 0 && <p class="empty">{t('popup_noReaderItems')}</p>}
      <ul class="reader-items">
        {placed.map((p) => (
          <ReaderItemEditor
            key={p.annotation.id}
            item={p.annotation}
            onReveal={() => onReveal(p.start, p.end)}
            onSave={save(p.annotation.id)}
            onDelete={remove(p.annotation.id)}
          />
        ))}
        {missing.map((a) => (
          <ReaderItemEditor key={a.id} item={a} missing onSave={save(a.id)} onDelete={remove(a.id)} />
        ))}
      </ul>
    </section>
  );
}
