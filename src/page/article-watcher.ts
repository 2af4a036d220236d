// Notices when the article may have changed: DOM mutations (late loading, "read more", re-renders)
// and URL changes of single-page apps. Debounced, and blind to Quotelight's own overlay and marks.
import { OVERLAY_TAG } from './overlay-root';
import { WRAP_TAG } from './highlight-painter';

const OURS = new Set([OVERLAY_TAG.toUpperCase(), WRAP_TAG.toUpperCase()]);

function isOurs(node: Node): boolean {
  return OURS.has(node.nodeName) || (node.parentNode !== null && OURS.has(node.parentNode.nodeName));
}

export class ArticleWatcher {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly observer: MutationObserver;
  private url: string;
  private paused = false;
  /** Once an article is found, only changes inside it (or its removal) matter. */
  private root: Node | null = null;

  constructor(
    private readonly doc: Document,
    private readonly onChange: (urlChanged: boolean) => void,
    private readonly delayMs = 600,
  ) {
    this.url = doc.location.href;
    this.observer = new MutationObserver((records) => {
      if (this.paused) return;
      const root = this.root?.isConnected ? this.root : null;
      // The article grows beside what was found too: lazy paragraphs land in a sibling box of
      // the element holding the article, a "read more" reveals one. Its parent bounds the watch,
      // unless that is the whole page.
      const parent = root?.parentNode;
      const region = parent && parent !== this.doc.body && parent !== this.doc.documentElement ? parent : root;
      const relevant = records.some((r) => {
        // Ads, tickers and rails outside the article must not make it be read again and again.
        if (region && !region.contains(r.target) && !r.target.contains(region)) return false;
        // Shown or hidden ("read more", a collapsed section opened): only once an article is known,
        // since pages restyle themselves all the time.
        if (r.type === 'attributes') return region !== null && !isOurs(r.target);
        return r.type === 'characterData'
          ? !isOurs(r.target) // text edited in place: no nodes added or removed
          : !isOurs(r.target) && ![...r.addedNodes, ...r.removedNodes].every(isOurs);
      });
      if (relevant || doc.location.href !== this.url) this.schedule();
    });
    // popstate covers back/forward; pushState is invisible to content scripts, so the mutation
    // callback (SPAs re-render on navigation) and the check in fire() compare the URL too.
    doc.defaultView?.addEventListener('popstate', this.onPopState);
  }

  private readonly onPopState = () => this.schedule();

  /** Narrows attention to the article's element; null watches the whole page (no article yet). */
  focus(root: Node | null): void {
    this.root = root;
  }

  start(): void {
    this.observer.observe(this.doc.documentElement, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['hidden', 'style', 'class', 'open', 'aria-hidden', 'aria-expanded'],
    });
  }

  /** Runs `fn` without reacting to the mutations it makes (the wrap fallback edits the DOM). */
  quietly<T>(fn: () => T): T {
    this.paused = true;
    try {
      return fn();
    } finally {
      this.observer.takeRecords();
      this.paused = false;
    }
  }

  stop(): void {
    this.observer.disconnect();
    this.doc.defaultView?.removeEventListener('popstate', this.onPopState);
    clearTimeout(this.timer);
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.fire(), this.delayMs);
  }

  private fire(): void {
    const href = this.doc.location.href;
    const urlChanged = href !== this.url;
    this.url = href;
    this.onChange(urlChanged);
  }
}
