// The frame's side of its port to the background, made so that no request goes unanswered unseen.
// Chrome stops an idle service worker and leaves the frame's port dead without telling it: messages
// posted on it vanish, nothing throws, no disconnect arrives (measured in Chromium with the e2e
// harness: a Save after the worker stopped did nothing at all). So each of the reader's actions is a
// request the background answers by number; one unanswered for ACK_MS resumes the binding on a new
// port (with the token the background gave at binding) and is asked again — saving the same note
// twice is harmless — and one unanswered by BOUND_MS fails, for the editor to say so.
import type { BackgroundToFrame, FrameRequest, FrameToBackground } from '../shared/frame-protocol';
import { t } from '../shared/i18n';

/** A runtime.Port as the frame uses it (a fake in tests). */
export interface LinkPort {
  postMessage(msg: FrameToBackground): void;
  onMessage: { addListener(fn: (msg: unknown) => void): void };
  onDisconnect: { addListener(fn: () => void): void };
}

/** What the editor and cards need of the link. */
export interface FrameChannel {
  /** A message that needs no answer (the frame's height). */
  post(msg: Extract<FrameToBackground, { type: 'resize' }>): void;
  /** One of the reader's actions: resolves once the background has done it, rejects with why not. */
  request(r: FrameRequest): Promise<void>;
}

export class NoAnswerError extends Error {
  override readonly name = 'NoAnswerError';
  constructor() {
    super(t('frame_noAnswer'));
  }
}

/** Long enough for a save on a loaded machine (a second at worst, measured); then the port is suspect. */
export const ACK_MS = 2_500;
/** Then the reader is told. */
export const BOUND_MS = 12_000;

interface Waiter {
  resolve(): void;
  reject(e: Error): void;
}

export class FrameLink implements FrameChannel {
  private port: LinkPort;
  private dead = false;
  private token: string | null = null;
  private seq = 0;
  private readonly waiting = new Map<number, Waiter>();
  private resuming: Promise<boolean> | null = null;
  private onBound: (() => void) | null = null;

  constructor(
    private readonly connect: () => LinkPort,
    nonce: string,
    /** Messages for the view (show, card, hide, errors of no request), from the current port only. */
    private readonly onView: (msg: BackgroundToFrame) => void,
    /** The current port was disconnected by the other side. */
    private readonly onDisconnect: () => void,
    private readonly timing = { ackMs: ACK_MS, boundMs: BOUND_MS },
  ) {
    this.port = this.open();
    this.port.postMessage({ type: 'hello', nonce });
  }

  post(msg: Extract<FrameToBackground, { type: 'resize' }>): void {
    try {
      this.port.postMessage(msg);
    } catch (e) {
      console.warn('Quotelight: the frame could not report its size', e);
    }
  }

  request(r: FrameRequest): Promise<void> {
    const req = ++this.seq;
    const msg = { ...r, req } as FrameToBackground;
    return new Promise<void>((resolve, reject) => {
      const timers: ReturnType<typeof setTimeout>[] = [];
      const end = () => {
        this.waiting.delete(req);
        for (const t of timers) clearTimeout(t);
      };
      this.waiting.set(req, {
        resolve: () => {
          end();
          resolve();
        },
        reject: (e) => {
          end();
          reject(e);
        },
      });
      const again = () =>
        void this.resume().then((ok) => {
          if (ok && this.waiting.has(req)) this.send(msg);
        });
      if (this.dead || !this.send(msg)) again();
      else timers.push(setTimeout(again, this.timing.ackMs));
      timers.push(setTimeout(() => this.waiting.get(req)?.reject(new NoAnswerError()), this.timing.boundMs));
    });
  }

  /** False when posting failed at once (a port known to be closed). */
  private send(msg: FrameToBackground): boolean {
    try {
      this.port.postMessage(msg);
      return true;
    } catch (e) {
      console.warn('Quotelight: the frame port is closed', e);
      this.dead = true;
      return false;
    }
  }

  /** A new port for this frame's binding, shared by every request that asks meanwhile; true once bound. */
  private resume(): Promise<boolean> {
    const token = this.token;
    if (!token) return Promise.resolve(false);
    this.resuming ??= new Promise<boolean>((resolve) => {
      // The old port may still bring answers to what was sent on it: it is kept listening, and
      // becomes the current one again if the background refuses the resume.
      const old = { port: this.port, dead: this.dead };
      const refused = () => {
        clearTimeout(timer);
        this.onBound = null;
        this.port = old.port;
        this.dead = old.dead;
        resolve(false);
      };
      const timer = setTimeout(refused, this.timing.ackMs);
      this.onBound = () => {
        clearTimeout(timer);
        this.onBound = null;
        resolve(true);
      };
      this.port = this.open(refused);
      this.dead = false;
      if (!this.send({ type: 'resume', token })) refused();
    }).finally(() => {
      this.resuming = null;
    });
    return this.resuming;
  }

  /** `whileResuming`: called instead of the disconnect handler if the port closes before it is bound. */
  private open(whileResuming?: () => void): LinkPort {
    const port = this.connect();
    port.onMessage.addListener((raw) => this.receive(port, raw as BackgroundToFrame));
    port.onDisconnect.addListener(() => {
      if (port !== this.port) return;
      if (whileResuming && this.onBound) {
        whileResuming();
        return;
      }
      this.dead = true;
      this.onDisconnect();
    });
    return port;
  }

  private receive(port: LinkPort, msg: BackgroundToFrame): void {
    // Answers come on whichever port the request went out on; everything else from the current one.
    if (msg.type === 'done') {
      this.waiting.get(msg.req)?.resolve();
      return;
    }
    if (msg.type === 'error' && msg.req !== undefined) {
      this.waiting.get(msg.req)?.reject(new Error(msg.message));
      return;
    }
    if (port !== this.port) return;
    if (msg.type === 'bound') {
      this.token = msg.token;
      this.onBound?.();
      return;
    }
    this.onView(msg);
  }
}
