// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { FrameHost } from '../../../src/page/frame-host';
import { createOverlay, type Overlay } from '../../../src/page/overlay-root';
import type { PageToBackground } from '../../../src/shared/messages';
import { eventually } from '../support/wait';

const URL = 'chrome-extension://abc/src/frame/index.html';
const NEAR = new DOMRect(40, 60, 100, 16);
let overlay: Overlay;

afterEach(() => overlay?.remove());

function host(replies: { shown: boolean }[]) {
  overlay = createOverlay(document);
  const sent: PageToBackground[] = [];
  const send = async (msg: PageToBackground) => {
    sent.push(msg);
    return (msg.type === 'page/frame-show' || msg.type === 'page/frame-card' ? replies.shift() : { ok: true }) as never;
  };
  return { frame: new FrameHost(overlay, URL, send as never), sent, iframes: () => [...overlay.layer.querySelectorAll('iframe')] };
}

describe('FrameHost', () => {
  it('announces a fresh nonce, then frames the extension page with it, hidden until something is shown', async () => {
    const h = host([]);
    const f = await h.frame.prepare();
    const register = h.sent[0] as { type: string; nonce: string };
    expect(register.type).toBe('page/frame-register');
    expect(register.nonce).toMatch(/^[0-9a-f]{32}$/);
    expect(f.src).toBe(`${URL}#${register.nonce}`);
    expect(f.hidden).toBe(true);
    expect(await h.frame.prepare()).toBe(f);
    expect(h.sent).toHaveLength(1);
  });

  it("shows a mark's editor near the passage, and hides it again when closed", async () => {
    const h = host([{ shown: true }]);
    expect(await h.frame.showMark('editor', 'id-1', NEAR)).toBe(true);
    const [f] = h.iframes();
    expect(h.sent[1]).toEqual({ type: 'page/frame-show', view: 'editor', id: 'id-1' });
    expect(f!.hidden).toBe(false);
    expect(f!.style.top).toBe('84px');
    expect(h.frame.shown).toEqual({ view: 'editor', id: 'id-1' });
    h.frame.resize(300);
    expect(f!.style.height).toBe('300px');
    h.frame.closed();
    expect(f!.hidden).toBe(true);
    expect(h.frame.shown).toBeNull();
  });

  it('a hover card asked for just before the editor, answered after it, does not take over the editor (trash.e2e.ts)', async () => {
    overlay = createOverlay(document);
    const sent: PageToBackground[] = [];
    const pending: (() => void)[] = [];
    // The background answers the card only once the editor was asked for: the order a slow lookup gives.
    const send = (msg: PageToBackground) => {
      sent.push(msg);
      if (msg.type !== 'page/frame-show') return Promise.resolve({ ok: true } as never);
      return new Promise((resolve) => pending.push(() => resolve({ shown: true } as never)));
    };
    const frame = new FrameHost(overlay, URL, send as never);
    const card = frame.showMark('card', 'id-1', NEAR);
    const editor = frame.showMark('editor', 'id-1', NEAR);
    await eventually(() => expect(pending).toHaveLength(1));
    pending.shift()!();
    expect(await card).toBe(true);
    await eventually(() => expect(pending).toHaveLength(1));
    pending.shift()!();
    expect(await editor).toBe(true);
    const f = overlay.layer.querySelector('iframe')!;
    expect(frame.shown).toEqual({ view: 'editor', id: 'id-1' });
    expect(f.classList.contains('card')).toBe(false); // clickable: the card's look is pointer-events: none
    expect(sent.filter((m) => m.type === 'page/frame-show').map((m) => (m as { view: string }).view)).toEqual(['card', 'editor']);
    // A card asked for while the editor is open is not shown over it.
    expect(await frame.showMark('card', 'id-1', NEAR)).toBe(false);
    expect(frame.shown).toEqual({ view: 'editor', id: 'id-1' });
  });

  it('makes a new frame with a new nonce when the background has lost the old one', async () => {
    const h = host([{ shown: false }, { shown: true }]);
    expect(await h.frame.showCard({ title: 'Rosa Lind', details: [] }, NEAR)).toBe(true);
    const nonces = h.sent.filter((m) => m.type === 'page/frame-register').map((m) => (m as { nonce: string }).nonce);
    expect(nonces).toHaveLength(2);
    expect(nonces[0]).not.toBe(nonces[1]);
    expect(h.iframes()).toHaveLength(1);
  });

  it('drops its frame when something navigates it (a second load)', async () => {
    const h = host([]);
    const f = await h.frame.prepare();
    f.dispatchEvent(new Event('load'));
    expect(h.iframes()).toHaveLength(1);
    f.dispatchEvent(new Event('load'));
    expect(h.iframes()).toHaveLength(0);
  });

  it('an editor whose frame the page took out (it loads again when put back) opens again in a new frame, once a second at most', async () => {
    const h = host([{ shown: true }, { shown: true }]);
    await h.frame.showMark('editor', 'id-7', NEAR);
    const [f] = h.iframes();
    f!.dispatchEvent(new Event('load'));
    f!.dispatchEvent(new Event('load')); // put back by the watchdog: a second load
    await eventually(() => expect(h.frame.shown).toEqual({ view: 'editor', id: 'id-7' }));
    const [g] = h.iframes();
    expect(g).not.toBe(f);
    expect(h.sent.filter((m) => m.type === 'page/frame-register')).toHaveLength(2);
    expect(h.sent.filter((m) => m.type === 'page/frame-show')).toEqual([
      { type: 'page/frame-show', view: 'editor', id: 'id-7' },
      { type: 'page/frame-show', view: 'editor', id: 'id-7' },
    ]);
    g!.dispatchEvent(new Event('load'));
    g!.dispatchEvent(new Event('load')); // again at once: not reopened
    expect(h.iframes()).toHaveLength(0);
    expect(h.frame.shown).toBeNull();
  });
});
