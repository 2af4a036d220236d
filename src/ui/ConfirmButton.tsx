import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../shared/i18n';

interface Props {
  /** The first button's text, e.g. "Forget". */
  label: string;
  /** What will happen, asked before doing it. */
  question: string;
  confirmLabel: string;
  onConfirm: () => void | Promise<void>;
  class?: string;
  ariaLabel?: string;
}

/** A destructive action in two steps: the button asks, a second button does it, Cancel (or Escape) backs out. */
export function ConfirmButton({ label, question, confirmLabel, onConfirm, class: cls, ariaLabel }: Props) {
  const [asking, setAsking] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) confirmRef.current?.focus();
  }, [asking]);
  if (!asking) {
    return (
      <button type="button" class={`danger ${cls ?? ''}`} aria-label={ariaLabel} onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  }
  return (
    // biome-ignore lint/a11y/useSemanticElements: a group of two buttons, not a form field set.
    <span class="confirm" role="group" aria-label={question} onKeyDown={(e) => e.key === 'Escape' && setAsking(false)}>
      <span class="question">{question}</span>{' '}
      <button
        type="button"
        ref={confirmRef}
        class="danger confirm-yes"
        onClick={() => {
          setAsking(false);
          void onConfirm();
        }}
      >
        {confirmLabel}
      </button>{' '}
      <button type="button" class="confirm-no" onClick={() => setAsking(false)}>
        {t('cancel')}
      </button>
    </span>
  );
}
