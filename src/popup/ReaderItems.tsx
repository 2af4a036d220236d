import type { ReaderItems as Items } from '../shared/messages';
import { sendToBackground } from '../shared/messaging';
import type { AnnotationRecord } from '../shared/records';
import type { AnnotationPatch } from '../storage/library';
import { ReaderItemEditor } from '../ui/ReaderItemEditor';
import { useState } from 'preact/hooks';
import { matchesFilter } from './group-quotes';
import { RecentlyDeleted } from './RecentlyDeleted';
import { t } from '../shared/i18n';

interface Props {
  items: Items;
  filter: string;
  onReveal: (start: number, end: number) => void;
  onChanged: () => void;
}

/** The reader's highlights and notes for this page; those the page no longer contains are listed, never dropped. */
export function ReaderItems({ items, filter, onReveal, onChanged }: Props) {
  // The delete made here last (its trash entry, for Undo), and a count of changes to re-read the trash.
  const [justDeleted, setJustDeleted] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const keep = (a: AnnotationRecord) => matchesFilter(filter, a.text, a.note, ...a.tags);
  const placed = items.placed.filter((p) => keep(p.annotation));
  const missing = items.notFound.filter(keep);
  const save = (id: string) => async (patch: AnnotationPatch) => {
    await sendToBackground({ type: 'ui/update-annotation', id, patch });
    onChanged();
  };
  const remove = (id: string) => async () => {
    const { trashId } = await sendToBackground({ type: 'ui/delete-annotation', id });
    setJustDeleted(trashId);
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
      <RecentlyDeleted
        justDeleted={justDeleted}
        version={version + items.placed.length + items.notFound.length}
        onRestored={() => {
          setJustDeleted(null);
          setVersion((v) => v + 1);
          onChanged();
        }}
      />
    </section>
  );
}
