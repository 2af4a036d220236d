// A User Timing mark when the saved articles are first on the screen, so the time to the first
// screen can be read from the page's own clock (bench/library-browser.ts reads it).
export const FIRST_RENDER_MARK = 'quotelight:library-first-render';

let marked = false;

export function markFirstRender(): void {
  if (marked) return;
  marked = true;
  // After the next frame is painted: a frame callback, then the task after it.
  requestAnimationFrame(() => setTimeout(() => performance.mark(FIRST_RENDER_MARK), 0));
}
