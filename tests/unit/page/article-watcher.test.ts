// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ArticleWatcher } from '../../../src/page/article-watcher';
import { WRAP_TAG } from '../../../src/page/highlight-painter';
import { createOverlay } from '../../../src/page/overlay-root';

const DELAY = 600;

/** Lets the MutationObserver deliver its records (a microtask or a zero timer, depending on the DOM). */
async function flushObserver(): Promise<void> {
  await Promise.resolve();
  await vi.advanceTimersByTimeAsync(0);
}

describe('ArticleWatcher', () => {
  let onChange: ReturnType<typeof vi.fn<(urlChanged: boolean) => void>>;
  let watcher: ArticleWatcher;
  let article: HTMLElement;

  beforeEach(() => {
    vi.useFakeTimers();
    document.body.innerHTML = '<article><p>Mara Olsen said the harbour would reopen.</p></article>';
    article = document.querySelector('article')!;
    onChange = vi.fn<(urlChanged: boolean) => void>();
    watcher = new ArticleWatcher(document, onChange, DELAY);
    watcher.start();
  });

  afterEach(() => {
    watcher.stop();
    document.querySelector('quotelight-overlay')?.remove();
    vi.useRealTimers();
  });

  const addParagraph = (text: string) => {
    const p = document.createElement('p');
    p.textContent = text;
    article.append(p);
    return p;
  };

  it('debounces a burst of mutations into one call, after the delay', async () => {
    addParagraph('Jon Pike disagreed.');
    addParagraph('The board met on Tuesday.');
    await flushObserver();
    article.firstElementChild!.remove();
    await flushObserver();
    await vi.advanceTimersByTimeAsync(DELAY - 10);
    expect(onChange).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(20);
    expect(onChange).toHaveBeenCalledExactlyOnceWith(false);
    await vi.advanceTimersByTimeAsync(DELAY * 3);
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('restarts the delay on every new mutation', async () => {
    addParagraph('One.');
    await flushObserver();
    await vi.advanceTimersByTimeAsync(DELAY - 100);
    addParagraph('Two.');
    await flushObserver();
    await vi.advanceTimersByTimeAsync(DELAY - 100);
    expect(onChange).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(200);
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('ignores the overlay being added and everything drawn inside it', async () => {
    const overlay = createOverlay(document);
    await flushObserver();
    const card = document.createElement('div');
    card.textContent = 'Mara Olsen';
    overlay.layer.append(card);
    card.textContent = 'Jon Pike';
    await flushObserver();
    await vi.advanceTimersByTimeAsync(DELAY * 2);
    expect(onChange).not.toHaveBeenCalled();
    overlay.remove();
    await flushObserver();
    await vi.advanceTimersByTimeAsync(DELAY * 2);
    expect(onChange).not.toHaveBeenCalled();
  });

  it('ignores a ql-mark element added or removed on its own', async () => {
    const m = document.createElement(WRAP_TAG);
    article.append(m);
    await flushObserver();
    m.remove();
    await flushObserver();
    await vi.advanceTimersByTimeAsync(DELAY * 2);
    expect(onChange).not.toHaveBeenCalled();
  });

  it('quietly() runs the function, returns its value and swallows the mutations it made', async () => {
    const result = watcher.quietly(() => {
      addParagraph('Painted, not written by the site.');
      article.firstElementChild!.remove();
      return 42;
    });
    expect(result).toBe(42);
    await flushObserver();
    await vi.advanceTimersByTimeAsync(DELAY * 2);
    expect(onChange).not.toHaveBeenCalled();
    // Still watching afterwards.
    addParagraph('A late paragraph from the site.');
    await flushObserver();
    await vi.advanceTimersByTimeAsync(DELAY);
    expect(onChange).toHaveBeenCalledExactlyOnceWith(false);
  });

  it('quietly() resumes watching even when the function throws', async () => {
    expect(() =>
      watcher.quietly(() => {
        addParagraph('half done');
        throw new Error('paint failed');
      }),
    ).toThrow('paint failed');
    await flushObserver();
    await vi.advanceTimersByTimeAsync(DELAY * 2);
    expect(onChange).not.toHaveBeenCalled();
    addParagraph('site edit');
    await flushObserver();
    await vi.advanceTimersByTimeAsync(DELAY);
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('reports a URL change made by a single-page app along with its re-render', async () => {
    history.pushState(null, '', '/story-two');
    addParagraph('A different story.');
    await flushObserver();
    await vi.advanceTimersByTimeAsync(DELAY);
    expect(onChange).toHaveBeenCalledExactlyOnceWith(true);
    addParagraph('More of it.');
    await flushObserver();
    await vi.advanceTimersByTimeAsync(DELAY);
    expect(onChange).toHaveBeenLastCalledWith(false);
  });

  it('reacts to back/forward (popstate) even without a mutation', async () => {
    history.pushState(null, '', '/story-three');
    await flushObserver();
    window.dispatchEvent(new PopStateEvent('popstate'));
    await vi.advanceTimersByTimeAsync(DELAY);
    expect(onChange).toHaveBeenCalledExactlyOnceWith(true);
  });

  it('stop() cancels a pending call and stops observing', async () => {
    addParagraph('One.');
    await flushObserver();
    watcher.stop();
    await vi.advanceTimersByTimeAsync(DELAY * 2);
    addParagraph('Two.');
    await flushObserver();
    await vi.advanceTimersByTimeAsync(DELAY * 2);
    expect(onChange).not.toHaveBeenCalled();
  });

  // Regression, fixed (src/page/article-watcher.ts, constructor and stop()): the popstate listener added in the
  // constructor is never removed; stop() only disconnects the observer and clears the timer. After
  // the reader turns the site off (page-session.stop() calls watcher.stop()), a back/forward
  // navigation in a single-page app still schedules onChange, which runs page-session.read() again:
  // the article is re-analysed and repainted on a disabled site. Expected: no call after stop().
  it('stop() also stops reacting to back/forward navigation', async () => {
    watcher.stop();
    history.pushState(null, '', '/story-four');
    window.dispatchEvent(new PopStateEvent('popstate'));
    await vi.advanceTimersByTimeAsync(DELAY * 2);
    expect(onChange).not.toHaveBeenCalled();
  });

  // Regression, fixed (src/page/article-watcher.ts, the `relevant` test in the MutationObserver callback): the
  // observer asks for characterData records, but a characterData record has no added or removed
  // nodes, and `[].every(isOurs)` is true, so `!...every(isOurs)` makes every such record
  // irrelevant. A site that edits a paragraph's text in place (frameworks update a Text node's
  // data/nodeValue on re-render) is never noticed. Expected: onChange(false) after the delay.
  it('notices the site editing the text of a paragraph in place', async () => {
    const text = article.querySelector('p')!.firstChild as Text;
    text.data = 'Mara Olsen said the harbour would stay shut.';
    await flushObserver();
    await vi.advanceTimersByTimeAsync(DELAY);
    expect(onChange).toHaveBeenCalledExactlyOnceWith(false);
  });

  describe('focused on the article', () => {
    it('ignores changes outside the article once it is known (ads, tickers, rails)', async () => {
      const rail = document.createElement('aside');
      document.body.append(rail);
      await flushObserver();
      await vi.advanceTimersByTimeAsync(DELAY);
      onChange.mockClear();
      watcher.focus(article);
      rail.textContent = 'Most read: something else entirely';
      await flushObserver();
      await vi.advanceTimersByTimeAsync(DELAY * 2);
      expect(onChange).not.toHaveBeenCalled();
      addParagraph('Jon Pike disagreed.');
      await flushObserver();
      await vi.advanceTimersByTimeAsync(DELAY);
      expect(onChange).toHaveBeenCalledExactlyOnceWith(false);
    });

    it('notices the article growing beside what was found: lazy paragraphs and a "read more" section', async () => {
      document.body.innerHTML = '<main><div id="lead"><p>Mara Olsen said the harbour would reopen.</p></div><div id="rest"></div><section id="more" hidden><p>Jon Pike disagreed.</p></section></main>';
      await flushObserver();
      await vi.advanceTimersByTimeAsync(DELAY);
      onChange.mockClear();
      watcher.focus(document.getElementById('lead'));
      const p = document.createElement('p');
      p.textContent = 'The board met on Tuesday.';
      document.getElementById('rest')!.append(p);
      await flushObserver();
      await vi.advanceTimersByTimeAsync(DELAY);
      expect(onChange).toHaveBeenCalledExactlyOnceWith(false);
      document.getElementById('more')!.hidden = false;
      await flushObserver();
      await vi.advanceTimersByTimeAsync(DELAY);
      expect(onChange).toHaveBeenCalledTimes(2);
    });

    it('ignores restyling before an article is known (pages animate classes and styles constantly)', async () => {
      watcher.focus(null);
      article.className = 'sticky';
      article.style.opacity = '0.5';
      await flushObserver();
      await vi.advanceTimersByTimeAsync(DELAY * 2);
      expect(onChange).not.toHaveBeenCalled();
    });

    it('notices the article being replaced, as a framework re-render does', async () => {
      watcher.focus(article);
      const fresh = document.createElement('article');
      fresh.innerHTML = '<p>Mara Olsen said the harbour would reopen.</p>';
      article.replaceWith(fresh);
      await flushObserver();
      await vi.advanceTimersByTimeAsync(DELAY);
      expect(onChange).toHaveBeenCalledExactlyOnceWith(false);
    });
  });
});
