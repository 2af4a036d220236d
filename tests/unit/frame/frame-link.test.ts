// The frame's link to the background: every action answered or said to have failed; a port that
// went dead without a word (a stopped service worker) is resumed and the action asked again.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ACK_MS, BOUND_MS, FrameLink, type LinkPort, NoAnswerError } from '../../../src/frame/frame-link';
import type { BackgroundToFrame, FrameToBackground } from '../../../src/shared/frame-protocol';

class FakePort implements LinkPort {
  sent: FrameToBackground[] = [];
  /** A dead port takes messages and drops them, as Chrome's does after the worker stopped. */
  dead = false;
  closed = false;
  private listeners: ((m: unknown) => void)[] = [];
  private gone: (() => void)[] = [];
  onMessage = { addListener: (fn: (m: unknown) => void) => void this.listeners.push(fn) };
  onDisconnect = { addListener: (fn: () => void) => void this.gone.push(fn) };
  postMessage(m: FrameToBackground) {
    if (this.closed) throw new Error('Attempting to use a disconnected port object');
    if (!this.dead) this.sent.push(m);
  }
  fromBackground(m: BackgroundToFrame) {
    for (const fn of this.listeners) fn(m);
  }
  disconnect() {
    this.closed = true;
    for (const fn of this.gone) fn();
  }
}

const TOKEN = 'f'.repeat(32);

function link() {
  const ports: FakePort[] = [];
  const views: BackgroundToFrame[] = [];
  const disconnects: number[] = [];
  const l = new FrameLink(
    () => {
      const p = new FakePort();
      ports.push(p);
      return p;
    },
    'n'.repeat(32),
    (m) => views.push(m),
    () => disconnects.push(ports.length),
  );
  ports[0]!.fromBackground({ type: 'bound', token: TOKEN });
  return { l, ports, views, disconnects };
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('FrameLink', () => {
  it('says hello with the nonce, then passes on what is for the view', () => {
    const { ports, views } = link();
    expect(ports[0]!.sent[0]).toEqual({ type: 'hello', nonce: 'n'.repeat(32) });
    ports[0]!.fromBackground({ type: 'hide' });
    expect(views).toEqual([{ type: 'hide' }]);
  });

  it('a request resolves on its own answer, and a refusal rejects with the reason', async () => {
    const { l, ports } = link();
    const save = l.request({ type: 'save', edit: { colour: 'yellow', note: 'n', tags: [] } });
    const close = l.request({ type: 'close' });
    const [s, c] = ports[0]!.sent.slice(1) as { req: number }[];
    ports[0]!.fromBackground({ type: 'error', req: c!.req, message: 'Nothing is open for editing.' });
    ports[0]!.fromBackground({ type: 'done', req: s!.req });
    await expect(save).resolves.toBeUndefined();
    await expect(close).rejects.toThrow('Nothing is open for editing.');
  });

  it('a request the dead port swallowed resumes on a new port with the token and is sent again there', async () => {
    const { l, ports, views } = link();
    ports[0]!.dead = true;
    const save = l.request({ type: 'save', edit: { colour: 'yellow', note: 'typed after the worker stopped', tags: ['t'] } });
    await vi.advanceTimersByTimeAsync(ACK_MS);
    expect(ports).toHaveLength(2);
    expect(ports[1]!.sent).toEqual([{ type: 'resume', token: TOKEN }]);
    ports[1]!.fromBackground({ type: 'bound', token: TOKEN });
    await vi.advanceTimersByTimeAsync(0);
    const again = ports[1]!.sent[1] as FrameToBackground & { req: number };
    expect(again).toMatchObject({ type: 'save', edit: { note: 'typed after the worker stopped' } });
    ports[1]!.fromBackground({ type: 'done', req: again.req });
    await expect(save).resolves.toBeUndefined();
    // The view now follows the new port only.
    ports[0]!.fromBackground({ type: 'hide' });
    expect(views).toEqual([]);
    ports[1]!.fromBackground({ type: 'hide' });
    expect(views).toEqual([{ type: 'hide' }]);
  });

  it('a port known closed resumes at once', async () => {
    const { l, ports } = link();
    ports[0]!.closed = true;
    const close = l.request({ type: 'close' });
    expect(ports).toHaveLength(2);
    ports[1]!.fromBackground({ type: 'bound', token: TOKEN });
    await vi.advanceTimersByTimeAsync(0);
    const req = (ports[1]!.sent[1] as { req: number }).req;
    ports[1]!.fromBackground({ type: 'done', req });
    await expect(close).resolves.toBeUndefined();
  });

  it('an answer that comes late on the old port still counts', async () => {
    const { l, ports } = link();
    const save = l.request({ type: 'save', edit: { colour: 'yellow', note: 'slow', tags: [] } });
    const req = (ports[0]!.sent[1] as { req: number }).req;
    await vi.advanceTimersByTimeAsync(ACK_MS);
    ports[0]!.fromBackground({ type: 'done', req });
    await expect(save).resolves.toBeUndefined();
  });

  it('with no answer on any port, it fails by the bound; a refused resume puts the old port back', async () => {
    const { l, ports, views } = link();
    ports[0]!.dead = true;
    const save = l.request({ type: 'save', edit: { colour: 'yellow', note: 'n', tags: [] } });
    const failed = expect(save).rejects.toBeInstanceOf(NoAnswerError);
    await vi.advanceTimersByTimeAsync(ACK_MS);
    ports[1]!.disconnect(); // the background refused the token
    await vi.advanceTimersByTimeAsync(BOUND_MS);
    await failed;
    ports[0]!.fromBackground({ type: 'hide' });
    expect(views).toEqual([{ type: 'hide' }]);
  });

  it('tells the view when the current port is disconnected by the background', () => {
    const { ports, disconnects } = link();
    ports[0]!.disconnect();
    expect(disconnects).toEqual([1]);
  });
});
