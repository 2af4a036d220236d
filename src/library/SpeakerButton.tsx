import { t } from '../shared/i18n';
/** A speaker's name: one click shows everything they said across the library. */
export function SpeakerButton({ name, onSpeaker }: { name: string; onSpeaker: (name: string) => void }) {
  return (
    <button type="button" class="link speaker-name" data-speaker={name} title={t('everythingSaid', name)} onClick={() => onSpeaker(name)}>
      {name}
    </button>
  );
}
