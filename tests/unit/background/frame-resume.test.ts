// A frame outlives the service worker that bound it: a new worker resumes the binding from session
// storage for the frame that brings its token, with the editor's mark, and for no other port.
import type { Runtime } from 'webextension-polyfill';
import { describe, expect, it, vi } from 'vitest';
import { draftKey, memoryArea } from '../../../src/shared/drafts';
import type { FrameEdit } from '../../../src/shared/frame-protocol';
import { record } from '../page/make';

class FakePort {
  name = 'ql-frame';
  received: { type: string; token?: string; req?: number; draft?: unknown }[] = [];
  disconnected = false;
  private listeners: ((m: unknown) => void)[] = [];
  constructor(readonly sender: Runtime.MessageSender) {}
  onMessage = { addListener: (fn: (m: unknown) => void) => void this.listeners.push(fn) };
  onDisconnect = { addListener: () => undefined };
  postMessage(m: { type: string }) {
    this.received.push(m);
  }
  disconnect() {
    this.disconnected = true;
  }
  fromFrame(m: unknown) {
    for (const fn of this.listeners) fn(m);
  }
}

const frameSender = (tabId: number): Runtime.MessageSender => ({
  id: 'x',
  frameId: 3,
  url: 'chrome-extension://x/src/frame/index.html',
  tab: { id: tabId, index: 0, highlighted: false, active: true, pinned: false, incognito: false },
});

/** A fresh copy of frames.ts: what a restarted worker starts with, over the same session storage. */
async function worker(area: ReturnType<typeof memoryArea>) {
  vi.resetModules();
  const frames = await import('../../../src/background/frames');
  frames.useSessionArea(area);
  const saves: { tabId: number; id: string; edit: FrameEdit }[] = [];
  const actions = {
    save: async (tabId: number, id: string, edit: FrameEdit) => void saves.push({ tabId, id, edit }),
    remove: async () => undefined,
    toPage: async () => undefined,
  };
  const connect = (tabId: number) => {
    const p = new FakePort(frameSender(tabId));
    frames.acceptFramePort(p as unknown as Runtime.Port, () => true, actions);
    return p;
  };
  return { frames, saves, connect };
}

describe('a frame resumed by a restarted worker', () => {
  it('saves the mark its editor showed, clears the draft, and refuses a stranger or another tab', async () => {
    const area = memoryArea();
    const first = await worker(area);
    first.frames.expectFrame(4, 'a'.repeat(32));
    const frame = first.connect(4);
    frame.fromFrame({ type: 'hello', nonce: 'a'.repeat(32) });
    await vi.waitFor(() => expect(frame.received[0]).toMatchObject({ type: 'bound' }));
    const token = frame.received[0]!.token!;
    const mark = record('The harbour will reopen in spring.', 4, 11);
    await area.set({ [draftKey(mark.id)]: { note: 'typed so far', tags: '#t', colour: 'yellow', at: 1 } });
    expect(await first.frames.showInFrame(4, 'editor', mark)).toBe(true);
    expect(frame.received.at(-1)).toMatchObject({ type: 'show', view: 'editor', draft: { note: 'typed so far' } });

    const second = await worker(area); // the worker stopped; the frame's port is dead
    const stranger = second.connect(4);
    stranger.fromFrame({ type: 'resume', token: 'b'.repeat(32) });
    await vi.waitFor(() => expect(stranger.disconnected).toBe(true));
    const otherTab = second.connect(5);
    otherTab.fromFrame({ type: 'resume', token });
    await vi.waitFor(() => expect(otherTab.disconnected).toBe(true));

    const resumed = second.connect(4);
    resumed.fromFrame({ type: 'resume', token });
    resumed.fromFrame({ type: 'save', req: 3, edit: { colour: 'blue', note: 'typed so far, and the rest', tags: ['t'] } });
    await vi.waitFor(() => expect(resumed.received).toContainEqual({ type: 'done', req: 3 }));
    expect(second.saves).toEqual([{ tabId: 4, id: mark.id, edit: { colour: 'blue', note: 'typed so far, and the rest', tags: ['t'] } }]);
    expect(area.data.has(draftKey(mark.id))).toBe(false);
  });

  it('a token stops resuming once the content script makes a new frame', async () => {
    const area = memoryArea();
    const w = await worker(area);
    w.frames.expectFrame(6, 'c'.repeat(32));
    const frame = w.connect(6);
    frame.fromFrame({ type: 'hello', nonce: 'c'.repeat(32) });
    await vi.waitFor(() => expect(frame.received[0]).toMatchObject({ type: 'bound' }));
    w.frames.expectFrame(6, 'd'.repeat(32));
    const late = (await worker(area)).connect(6);
    late.fromFrame({ type: 'resume', token: frame.received[0]!.token });
    await vi.waitFor(() => expect(late.disconnected).toBe(true));
  });
});
