// What a destructive button in the in-page frame checks before it acts, so a page that covers the
// frame (a popover in the top layer with pointer-events: none, opacity, a transform) and lures the
// reader's clicks onto it cannot delete anything. Where the browser can say whether an element is
// really seen (IntersectionObserver v2, Chromium), a button not certainly visible refuses; in every
// browser the confirm step arms only after a delay and a real pointer movement over it, which a
// page cannot synthesise inside the extension's frame.

/** How long the confirm step stays unarmed after it appears, or after a click that came too soon. */
export const ARM_DELAY_MS = 1000;

/** IntersectionObserver v2's visibility, where the browser has it (Chromium; not Firefox). */
export const canTrackVisibility = (): boolean => typeof IntersectionObserverEntry !== 'undefined' && 'isVisible' in IntersectionObserverEntry.prototype;

interface VisibilityInit extends IntersectionObserverInit {
  trackVisibility: boolean;
  delay: number;
}

/** How long a click waits for the browser to see the button as visible before it refuses: on a loaded
 * machine the first visible report of an unobstructed frame came after more than 1 s (trash.e2e.ts). */
const CHECK_WAIT_MS = 3000;

/**
 * Whether `el` is entirely visible, unoccluded and unfaded (`isVisible`) now or within CHECK_WAIT_MS.
 * Asked at each click rather than kept up to date, so a popover shown a moment before the click is
 * seen. Waiting for a visible report, not taking the first one, matters: Chromium reports a frame
 * that moved or resized in the last ~500 ms as not visible (its own clickjacking rule), and the
 * editor's frame moves when it opens and grows when the confirm appears — a reader's quick click
 * would be refused. A page's cover stays up, so waiting gains it nothing.
 */
export function isVisibleNow(el: Element): Promise<boolean> {
  return new Promise((resolve) => {
    const init: VisibilityInit = { trackVisibility: true, delay: 100, threshold: [0, 1] };
    const done = (visible: boolean) => {
      io.disconnect();
      clearTimeout(timer);
      resolve(visible);
    };
    const io = new IntersectionObserver((entries) => {
      const last = entries.at(-1) as (IntersectionObserverEntry & { isVisible?: boolean }) | undefined;
      if (last?.isVisible === true) done(true);
    }, init);
    const timer = setTimeout(() => done(false), CHECK_WAIT_MS);
    io.observe(el);
  });
}

export const coveredMessage = (): string => t('guard_covered');
export const tooSoonMessage = (): string => t('guard_tooSoon', t('deleteIt'));import { t } from '../shared/i18n';

