// The page side of the extension's frame (src/frame/): creates it inside the overlay's closed shadow
// root, positions it, and asks the background to show a card or a mark's editor in it. What the frame
// shows never passes through here: the background sends it to the frame directly, over the port it
// bound with the one-time nonce this module announced.
import type { CardText, FrameView, PageToBackground, ReplyTo } from '../shared/messages';
import { singleFlight } from '../shared/single-flight';
import { type Overlay, placeNear } from './overlay-root';

type Send = <M extends PageToBackground>(msg: M) => Promise<ReplyTo<M>>;

const WIDTH = 320;
/** A page that keeps removing the frame does not make it reopen more often than this. */
const REOPEN_GAP_MS = 1_000;
/** Until the frame reports its real height: roughly an editor, or a one-line card. */
const DEFAULT_HEIGHT: Record<FrameView, number> = { editor: 250, card: 56 };

function nonce(): string {
  return [...crypto.getRandomValues(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export class FrameHost {
  private frame: HTMLIFrameElement | null = null;
  private readonly building = singleFlight(() => this.build());
  private near: DOMRect | null = null;
  private height = 0;
  /** When the editor was last opened again after its frame was lost. */
  private reopened = 0;
  /** What is shown, or null when hidden; a mark's card and editor carry its id. */
  shown: { view: FrameView; id: string | null } | null = null;

  constructor(
    private readonly overlay: Overlay,
    private readonly frameUrl: string,
    private readonly send: Send,
  ) {}

  /** Creates the frame ahead of need, so opening the editor does not wait for it to load. */
  prepare(): Promise<HTMLIFrameElement> {
    if (this.frame) return Promise.resolve(this.frame);
    return this.building.run();
  }

  private async build(): Promise<HTMLIFrameElement> {
    const n = nonce();
    await this.send({ type: 'page/frame-register', nonce: n });
    const doc = this.overlay.layer.ownerDocument;
    const f = doc.createElement('iframe');
    f.className = 'frame';
    f.title = 'Quotelight';
    f.hidden = true;
    f.setAttribute('aria-hidden', 'true');
    let loads = 0;
    f.addEventListener('load', () => {
      // Our frame never navigates itself: another load means something sent it elsewhere, or the page
      // took the overlay out and it was put back (a frame put back loads again). Drop it; an editor
      // that was open opens again in a new frame, with the draft the reader was typing.
      if (++loads > 1) this.replace();
    });
    f.src = `${this.frameUrl}#${n}`;
    this.overlay.layer.append(f);
    this.frame = f;
    return f;
  }

  /** The frame was lost: a new one, and the editor in it again if it was open (not more than once a second, whatever the page does). */
  private replace(): void {
    const editing = this.shown?.view === 'editor' && this.shown.id !== null && this.near ? { id: this.shown.id, near: this.near } : null;
    this.discard();
    const now = Date.now();
    if (!editing || now - this.reopened < REOPEN_GAP_MS) return;
    this.reopened = now;
    this.showMark('editor', editing.id, editing.near).catch((e: unknown) => console.warn('Quotelight: could not open the editor again after the page removed it', e));
  }

  /** Forgets the frame; the next show builds a new one with a new nonce. */
  discard(): void {
    this.frame?.remove();
    this.frame = null;
    this.shown = null;
  }

  /** Shows one of the page's marks as a card (its note, read-only) or in the editor. */
  async showMark(view: FrameView, id: string, near: DOMRect): Promise<boolean> {
    return this.showWith(view, id, near, () => this.send({ type: 'page/frame-show', view, id }));
  }

  /** Shows a quote's or an actor's card; a quote's span lets the background add where else it was quoted. */
  async showCard(card: CardText, near: DOMRect, quote?: { start: number; end: number }): Promise<boolean> {
    return this.showWith('card', null, near, () => this.send(quote ? { type: 'page/frame-card', card, quote } : { type: 'page/frame-card', card }));
  }

  /**
   * One show at a time, in the order asked. A hover card asked for as the pointer reaches a mark and
   * the editor asked for by the click a moment later were once in flight together: when the card's
   * answer came back last, the host took the card's look (pointer-events: none, one line high) over
   * an editor the frame was showing, and the reader's clicks on it went to the page beneath.
   */
  private showWith(view: FrameView, id: string | null, near: DOMRect, ask: () => Promise<{ shown: boolean }>): Promise<boolean> {
    const run = this.showing.then(() => (view === 'card' && this.shown?.view === 'editor' ? false : this.showNow(view, id, near, ask)));
    this.showing = run.catch(() => undefined);
    return run;
  }

  private showing: Promise<unknown> = Promise.resolve();

  private async showNow(view: FrameView, id: string | null, near: DOMRect, ask: () => Promise<{ shown: boolean }>): Promise<boolean> {
    await this.prepare();
    let { shown } = await ask();
    if (!shown) {
      // The background lost the frame (it was restarted, or the frame was navigated away): make a new one.
      this.discard();
      await this.prepare();
      ({ shown } = await ask());
    }
    const f = this.frame;
    if (!shown || !f) return false;
    this.shown = { view, id };
    this.near = near;
    this.height = DEFAULT_HEIGHT[view];
    f.classList.toggle('card', view === 'card');
    f.removeAttribute('aria-hidden');
    f.hidden = false;
    this.place();
    if (view === 'editor') f.focus();
    return true;
  }

  /** The frame's content changed size (reported through the background). */
  resize(height: number): void {
    if (!this.shown) return;
    this.height = height;
    this.place();
  }

  /** Hides the frame here and clears it there. */
  hide(): void {
    if (!this.shown) return;
    this.closed();
    this.send({ type: 'page/frame-hide' }).catch((e: unknown) => console.warn('Quotelight: could not clear the frame', e));
  }

  /** The frame closed itself (saved, deleted, or the reader pressed Close or Escape). */
  closed(): void {
    const wasEditor = this.shown?.view === 'editor';
    this.shown = null;
    if (!this.frame) return;
    this.frame.hidden = true;
    this.frame.setAttribute('aria-hidden', 'true');
    if (wasEditor && this.overlay.contains(this.overlay.layer.ownerDocument.activeElement)) this.frame.blur();
  }

  contains(node: Node | null): boolean {
    return node !== null && node === this.frame;
  }

  private place(): void {
    const f = this.frame;
    if (!f || !this.near) return;
    f.style.height = `${this.height}px`;
    placeNear(f, this.near, 8, { width: WIDTH, height: this.height });
  }
}
