// A hostile page: the script runs before Quotelight's content script (an inline <script>, while the
// content script waits for document_idle) and tries everything the table lists. What it
// observes is kept in window.__seen for the test to read; it never sees Quotelight's isolated world.

export interface Seen {
  keys: string[];
  inputs: string[];
  shadow: string[];
  frames: string[];
  highlights: string[];
  performance: string[];
  /** Synthetic clicks and keys dispatched at Quotelight's marks, overlay and shortcuts. */
  dispatched: number;
  /** Whether a shadow root of Quotelight's overlay host was ever reachable. */
  openShadowRoots: number;
  clears: number;
  /** How many times the page has swept (every 150 ms), and how many of those attacked. */
  sweeps: number;
  attacks: number;
  /** Focus theft (`__stealFocus`): when the page took focus (Date.now()), and what its own field got. */
  stoleAt: number;
  stolen: string;
  /** Forged marks (`__forgeMark`): the names painted with the extension's own prefix. */
  forged: string[];
}

/** The page script itself (serialised into the page: self-contained). */
export function hostileScript(): void {
  const seen: Seen = { keys: [], inputs: [], shadow: [], frames: [], highlights: [], performance: [], dispatched: 0, openShadowRoots: 0, clears: 0, sweeps: 0, attacks: 0, stoleAt: 0, stolen: '', forged: [] };
  const w = window as unknown as { __seen: Seen; __attack?: boolean; __clearHighlights?: boolean; __stealFocus?: boolean; __forgeMark?: string };
  w.__seen = seen;
  // 0. Monkey-patching: force shadow roots open, wrap listeners. (Content scripts run in an isolated
  //    world with their own prototypes, so this reaches nothing of Quotelight's.)
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit) {
    return attach.call(this, { ...init, mode: 'open' });
  };
  // 1. Every key, in the capture phase, before anything else on the page can stop it.
  for (const type of ['keydown', 'keyup', 'keypress']) {
    window.addEventListener(type, (e) => seen.keys.push((e as KeyboardEvent).key), true);
    document.addEventListener(type, (e) => seen.keys.push((e as KeyboardEvent).key), true);
  }
  // 2. Text input, IME composition included, read from the event's real target.
  for (const type of ['input', 'beforeinput', 'compositionstart', 'compositionupdate', 'compositionend', 'textInput', 'change', 'focusin']) {
    window.addEventListener(
      type,
      (e) => {
        const target = e.composedPath()[0] as HTMLInputElement | undefined;
        seen.inputs.push(`${type}:${target?.value ?? ''}:${(e as InputEvent).data ?? ''}`);
      },
      true,
    );
  }
  const text = (n: ParentNode) =>
    `${(n as Element).textContent ?? ''}|${[...n.querySelectorAll('textarea, input')].map((i) => (i as HTMLInputElement).value).join('|')}`;
  const sweep = () => {
    // 3. Every shadow root and frame it can reach.
    for (const el of document.querySelectorAll('*')) {
      if (el.shadowRoot) {
        seen.openShadowRoots++;
        seen.shadow.push(text(el.shadowRoot));
      }
      if (el instanceof HTMLIFrameElement) {
        try {
          seen.frames.push(text(el.contentDocument!));
        } catch {
          seen.frames.push('blocked');
        }
      }
    }
    for (let i = 0; i < window.length; i++) {
      try {
        seen.frames.push(text((window[i] as Window).document));
      } catch {
        seen.frames.push('blocked');
      }
    }
    for (const e of performance.getEntriesByType('resource')) if (!e.name.startsWith('http')) seen.performance.push(e.name);
    // 4. The reader's marks from CSS.highlights; synthetic clicks and pointer moves on each.
    const reg = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    reg.forEach((h, name) => {
      for (const r of h) {
        seen.highlights.push(`${name}:${r.toString()}`);
        const rect = r.getBoundingClientRect();
        const x = rect.left + 2;
        const y = rect.top + rect.height / 2;
        const target = document.elementFromPoint(x, y) ?? document.body;
        for (const type of ['mousemove', 'mousedown', 'mouseup', 'click']) {
          target.dispatchEvent(new MouseEvent(type, { bubbles: true, composed: true, clientX: x, clientY: y }));
          seen.dispatched++;
        }
      }
    });
    if (w.__clearHighlights) {
      w.__clearHighlights = false;
      reg.clear();
      seen.clears++;
    }
    // 5. Messages a page might hope an extension listens to, and synthetic shortcut keys.
    window.postMessage({ type: 'page/highlight-selection' }, '*');
    window.postMessage({ type: 'page/delete-annotation', id: '*' }, '*');
    document.dispatchEvent(new CustomEvent('quotelight', { detail: { type: 'ui/delete-annotation' }, bubbles: true }));
    for (const init of [
      { key: 'H', code: 'KeyH', altKey: true, shiftKey: true },
      { key: 'Enter', ctrlKey: true },
      { key: 'Delete' },
    ]) {
      (document.activeElement ?? document.body).dispatchEvent(new KeyboardEvent('keydown', { ...init, bubbles: true, composed: true }));
      seen.dispatched++;
    }
    // 6. The attack phase: select a passage itself, then click every point of the overlay it can find
    //    (where its Highlight button, Save or Delete would be).
    if (w.__attack) {
      const p = document.querySelectorAll('p')[2];
      if (p?.firstChild) {
        const r = document.createRange();
        r.setStart(p.firstChild, 0);
        r.setEnd(p.firstChild, Math.min(40, (p.firstChild as Text).length));
        document.getSelection()!.removeAllRanges();
        document.getSelection()!.addRange(r);
      }
      for (let y = 0; y < innerHeight; y += 24) {
        for (let x = 0; x < innerWidth; x += 24) {
          const el = document.elementFromPoint(x, y);
          if (el?.tagName === 'QUOTELIGHT-OVERLAY') {
            for (const type of ['mousedown', 'mouseup', 'click']) {
              el.dispatchEvent(new MouseEvent(type, { bubbles: true, composed: true, clientX: x, clientY: y }));
              seen.dispatched++;
            }
          }
        }
      }
      for (const host of document.querySelectorAll('quotelight-overlay')) {
        (host as HTMLElement).click();
        seen.dispatched++;
      }
      seen.attacks++;
    }
    seen.sweeps++;
  };
  setInterval(sweep, 150);
  // 7. Focus theft: once the overlay's host has held focus for 300 ms (the editor is open and the
  //    reader is typing in it), focus the page's own off-screen field: the rest of the note comes here.
  const trap = document.createElement('textarea');
  trap.setAttribute('style', 'position:fixed;left:-9999px;top:0;width:10px;height:10px');
  trap.addEventListener('input', () => {
    seen.stolen = trap.value;
  });
  document.documentElement.append(trap);
  let hostSince = 0;
  setInterval(() => {
    if (!w.__stealFocus) return;
    const onHost = document.activeElement?.tagName === 'QUOTELIGHT-OVERLAY';
    if (!onHost) hostSince = 0;
    else if (!hostSince) hostSince = Date.now();
    else if (Date.now() - hostSince >= 300) {
      trap.focus();
      seen.stoleAt = Date.now();
      hostSince = 0;
      w.__stealFocus = false;
    }
  }, 25);
  // 8. Forged marks: read the extension's prefix off CSS.highlights and paint `__forgeMark`'s text
  //    under names its stylesheet colours (a purple mark, a quote).
  setInterval(() => {
    const passage = w.__forgeMark;
    if (!passage) return;
    const reg = (CSS as unknown as { highlights: Map<string, unknown> }).highlights;
    const prefix = [...reg.keys()].map((k) => /^(.*-)quote-\d+$/.exec(k)?.[1]).find(Boolean);
    if (!prefix) return;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const at = (n as Text).data.indexOf(passage);
      if (at < 0) continue;
      const r = document.createRange();
      r.setStart(n, at);
      r.setEnd(n, at + passage.length);
      const H = (window as unknown as { Highlight: new (...r: Range[]) => unknown }).Highlight;
      for (const name of [`${prefix}mark-purple`, `${prefix}quote-5`]) {
        reg.set(name, new H(r));
        seen.forged.push(name);
      }
      w.__forgeMark = '';
      return;
    }
  }, 50);
}

/** CSS a page would use to blind Quotelight: hide its overlay, and restyle highlights by the names it used to have. */
export const BLINDING_CSS = `
quotelight-overlay, quotelight-overlay * { display: none !important; visibility: hidden !important; opacity: 0 !important; transform: translateX(-99999px) !important; }
::highlight(ql-mark-yellow), ::highlight(ql-quote-0), ::highlight(ql-person) { background-color: transparent !important; color: inherit !important; text-decoration: none !important; }
`;
