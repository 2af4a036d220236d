import { useEffect, useRef, useState } from 'preact/hooks';
import { ARM_DELAY_MS, canTrackVisibility, coveredMessage, isVisibleNow, tooSoonMessage } from './covered-guard';
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
  /**
   * On a page's frame, where the page may cover it and lure clicks (covered-guard.ts): refused while
   * the browser says it is not visible, and the confirm arms only after a delay and a real pointer
   * movement over it (or a keyboard press).
   */
  guarded?: boolean;
}

/** A destructive action in two steps: the button asks, a second button does it, Cancel (or Escape) backs out. */
export function ConfirmButton({ label, question, confirmLabel, onConfirm, class: cls, ariaLabel, guarded = false }: Props) {
  const [asking, setAsking] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const wrapRef = useRef<HTMLSpanElement>(null);
  // Arming: when the confirm may act, and whether a real pointer has moved over it since it appeared.
  const [armAt, setArmAt] = useState(0);
  const [pointed, setPointed] = useState(false);
  const [, tick] = useState(0);
  const tracking = guarded && canTrackVisibility();

  useEffect(() => {
    if (asking) confirmRef.current?.focus();
  }, [asking]);
  // Re-render once the delay is over, so the confirm shows it is ready.
  useEffect(() => {
    if (!asking || !guarded) return;
    const wait = armAt - performance.now();
    if (wait <= 0) return;
    const timer = setTimeout(() => tick((n) => n + 1), wait);
    return () => clearTimeout(timer);
  }, [asking, guarded, armAt]);

  /** Where the browser can tell, whether the button is covered or faded now; says so if it is. */
  const covered = async () => {
    if (!tracking || !wrapRef.current || (await isVisibleNow(wrapRef.current))) return false;
    setRefusal(coveredMessage());
    return true;
  };
  const stop = () => {
    setAsking(false);
    setPointed(false);
  };
  const ask = async () => {
    if (guarded && (await covered())) return;
    setRefusal(null);
    setPointed(false);
    setArmAt(performance.now() + ARM_DELAY_MS);
    setAsking(true);
  };
  const elapsed = () => performance.now() >= armAt;
  const armed = !guarded || (elapsed() && pointed);

  return (
    <span ref={wrapRef} class="confirm-wrap">
      {!asking ? (
        <button type="button" class={`danger ${cls ?? ''}`} aria-label={ariaLabel} onClick={() => void ask()}>
          {label}
        </button>
      ) : (
        // biome-ignore lint/a11y/useSemanticElements: a group of two buttons, not a form field set.
        <span class="confirm" role="group" aria-label={question} onKeyDown={(e) => e.key === 'Escape' && stop()}>
          <span class="question">{question}</span>{' '}
          <button
            type="button"
            ref={confirmRef}
            class="danger confirm-yes"
            aria-disabled={armed ? undefined : 'true'}
            data-armed={guarded ? String(armed) : undefined}
            // Events inside the extension's frame are the reader's own: a page cannot dispatch them across origins.
            onPointerMove={() => !pointed && setPointed(true)}
            onClick={async (e) => {
              if (guarded) {
                // A keyboard press (detail 0) has no pointer to move; the delay still holds.
                const ready = elapsed() && (pointed || e.detail === 0);
                if (ready && (await covered())) return;
                if (!ready) {
                  // Too soon, or never pointed at: delay and pointing start again, so a lured second click does nothing.
                  setRefusal(tooSoonMessage());
                  setPointed(false);
                  setArmAt(performance.now() + ARM_DELAY_MS);
                  return;
                }
              }
              setRefusal(null);
              stop();
              void onConfirm();
            }}
          >
            {confirmLabel}
          </button>{' '}
          <button type="button" class="confirm-no" onClick={stop}>
            {t('cancel')}
          </button>
        </span>
      )}
      {refusal && (
        <span class="message" role="alert" data-ql="delete-refused">
          {refusal}
        </span>
      )}
    </span>
  );
}
