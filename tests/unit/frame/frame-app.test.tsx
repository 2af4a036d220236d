// @vitest-environment happy-dom
// The editor and cards shown in the extension's frame on a page (the page itself never holds them).
import { act, cleanup, fireEvent, render } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { markCard } from '../../../src/frame/card';
import { FrameApp, type FrameState, HIDDEN, nextState } from '../../../src/frame/FrameApp';
import type { FrameChannel } from '../../../src/frame/frame-link';
import { type Draft, draftKey, type KeyValueArea, memoryArea } from '../../../src/shared/drafts';
import type { FrameRequest } from '../../../src/shared/frame-protocol';
import type { AnnotationRecord } from '../../../src/shared/records';
import { ARM_DELAY_MS } from '../../../src/ui/covered-guard';
import { record } from '../page/make';
import { eventually } from '../support/wait';

globalThis.ResizeObserver ??= class {
  observe() {}
  disconnect() {}
  unobserve() {}
} as unknown as typeof ResizeObserver;

const TEXT = 'The harbour will reopen in spring, the board said.';

afterEach(cleanup);

/** A channel that records what the editor asks; `answer` decides how each request ends. */
function channel(answer: (r: FrameRequest) => Promise<void> = async () => undefined) {
  const sent: FrameRequest[] = [];
  const port: FrameChannel = {
    post: () => undefined,
    request: (r) => {
      sent.push(r);
      return answer(r);
    },
  };
  return { port, sent };
}

function open(extra: Partial<AnnotationRecord> = {}, opts: { answer?: (r: FrameRequest) => Promise<void>; drafts?: KeyValueArea; draft?: Draft } = {}) {
  const { port, sent } = channel(opts.answer);
  const annotation = record(TEXT, 4, 33, { colour: 'blue', note: 'Verify date', tags: ['ports', 'spring'], ...extra });
  const state = nextState(HIDDEN, opts.draft ? { type: 'show', view: 'editor', annotation, draft: opts.draft } : { type: 'show', view: 'editor', annotation });
  const view = render(<FrameApp state={state} port={port} drafts={opts.drafts ?? null} />);
  const q = <T extends Element>(sel: string) => view.container.querySelector(sel) as T;
  return {
    sent,
    view,
    port,
    state,
    annotation,
    note: q<HTMLTextAreaElement>('[data-ql=note]'),
    tags: q<HTMLInputElement>('[data-ql=tags]'),
    q,
    edits: () => sent,
  };
}

describe('nextState', () => {
  const a = record(TEXT, 0, 3, { note: 'n' });
  it('follows the background: a mark as card or editor, a plain card, hide, errors only in the editor', () => {
    const editor = nextState(HIDDEN, { type: 'show', view: 'editor', annotation: a });
    expect(editor).toMatchObject({ kind: 'editor', annotation: a, opened: 1, error: null });
    expect(nextState(editor, { type: 'show', view: 'editor', annotation: a })).toMatchObject({ opened: 2 });
    expect(nextState(editor, { type: 'error', message: 'Storage is full' })).toMatchObject({ kind: 'editor', error: 'Storage is full' });
    expect(nextState(HIDDEN, { type: 'error', message: 'x' })).toBe(HIDDEN);
    expect(nextState(editor, { type: 'show', view: 'card', annotation: a })).toEqual({ kind: 'card', card: markCard(a) });
    const card = { title: 'Rosa Lind', details: ['mayor'] };
    expect(nextState(editor, { type: 'card', card })).toEqual({ kind: 'card', card });
    expect(nextState(editor, { type: 'hide' })).toBe(HIDDEN);
  });
});

describe('markCard', () => {
  it("titles the reader's mark by whether it has a note, with tags as #hashtags", () => {
    expect(markCard({ note: 'ask the board', tags: ['ports', 'budget'] })).toEqual({ title: 'Your note', details: ['ask the board', '#ports #budget'] });
    expect(markCard({ note: null, tags: ['ports'] })).toEqual({ title: 'Your highlight', details: ['#ports'] });
    expect(markCard({ note: null, tags: [] })).toEqual({ title: 'Your highlight', details: [] });
  });
});

describe('FrameApp', () => {
  it('shows nothing while hidden', () => {
    const { container } = render(<FrameApp state={HIDDEN} port={channel().port} />);
    expect(container.innerHTML).toBe('');
  });

  it('shows a card as text, markup included', () => {
    const state: FrameState = { kind: 'card', card: { title: '<img src=x onerror=alert(1)>', details: ['Person · mentioned 2 times'] } };
    const { container } = render(<FrameApp state={state} port={channel().port} />);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('[data-ql=hover-card]')!.textContent).toBe('<img src=x onerror=alert(1)>Person · mentioned 2 times');
  });

  it('opens the editor with excerpt, note, tags and colour, the caret in the note', () => {
    const e = open();
    expect(e.q('.excerpt').textContent).toBe('“harbour will reopen in spring”');
    expect(e.note.value).toBe('Verify date');
    expect(e.tags.value).toBe('#ports #spring');
    expect(e.q('[data-colour=blue]').getAttribute('aria-checked')).toBe('true');
    expect(e.view.container.querySelectorAll('[aria-checked=true]')).toHaveLength(1);
    expect(document.activeElement).toBe(e.note);
  });

  it('checks yellow for an unknown colour and shortens a long excerpt', () => {
    const long = 'word '.repeat(60);
    const e = open({ colour: 'teal', text: long, note: null, tags: [] });
    expect(e.q('[data-colour=yellow]').getAttribute('aria-checked')).toBe('true');
    expect(e.q('.excerpt').textContent).toBe(`“${long.slice(0, 140)}…”`);
    expect(e.note.value).toBe('');
  });

  it('Save sends the trimmed note, parsed tags and picked colour; nothing names an annotation', async () => {
    const e = open();
    fireEvent.input(e.note, { target: { value: '  Call the board back  \n' } });
    fireEvent.input(e.tags, { target: { value: '#ports, budget #ports' } });
    fireEvent.click(e.q('[data-colour=pink]'));
    fireEvent.click(e.q('[data-ql=save]'));
    await eventually(() => expect(e.edits()).toEqual([{ type: 'save', edit: { colour: 'pink', note: 'Call the board back', tags: ['ports', 'budget'] } }]));
  });

  it('Ctrl+Enter saves, Escape and Close close', async () => {
    const e = open();
    fireEvent.keyDown(e.note, { key: 'Enter', ctrlKey: true });
    fireEvent.keyDown(e.note, { key: 'Escape' });
    fireEvent.click(e.q('[data-ql=close]'));
    await eventually(() => expect(e.edits().map((m) => m.type)).toEqual(['save', 'close', 'close']));
  });

  describe('Delete, which a page covering the frame must not be able to lure', () => {
    beforeEach(() => {
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    });
    afterEach(() => {
      vi.useRealTimers();
    });
    const mouseClick = (el: Element) => fireEvent.click(el, { detail: 1 });
    // The request leaves after the draft is settled, a few microtasks later.
    const sentSoon = () => act(async () => {
      await vi.advanceTimersByTimeAsync(0);
    });

    it('asks first; the confirm acts only once a second has passed and the pointer moved over it', async () => {
      const e = open();
      mouseClick(e.q('button.danger'));
      await sentSoon();
      expect(e.edits()).toEqual([]);
      const yes = e.q('button.confirm-yes');
      expect(yes.getAttribute('data-armed')).toBe('false');
      // The lured second click, at once: refused, said, and the delay starts again.
      fireEvent.pointerMove(yes);
      mouseClick(yes);
      await sentSoon();
      expect(e.edits()).toEqual([]);
      expect(e.q('[data-ql=delete-refused]').textContent).toMatch(/Not yet/);
      await act(() => {
        vi.advanceTimersByTime(ARM_DELAY_MS);
      });
      // The delay is over, but no pointer moved over it since: still refused.
      mouseClick(yes);
      await sentSoon();
      expect(e.edits()).toEqual([]);
      fireEvent.pointerMove(yes);
      await act(() => {
        vi.advanceTimersByTime(ARM_DELAY_MS);
      });
      expect(yes.getAttribute('data-armed')).toBe('true');
      mouseClick(yes);
      await sentSoon();
      expect(e.edits()).toEqual([{ type: 'delete' }]);
    });

    it('a keyboard press (no pointer) confirms once the delay is over', async () => {
      const e = open();
      fireEvent.click(e.q('button.danger'), { detail: 0 });
      await sentSoon();
      fireEvent.click(e.q('button.confirm-yes'), { detail: 0 });
      await sentSoon();
      expect(e.edits()).toEqual([]);
      await act(() => {
        vi.advanceTimersByTime(ARM_DELAY_MS);
      });
      fireEvent.click(e.q('button.confirm-yes'), { detail: 0 });
      await sentSoon();
      expect(e.edits()).toEqual([{ type: 'delete' }]);
    });
  });

  it('keeps what was typed when the background reports an error', () => {
    const e = open();
    fireEvent.input(e.note, { target: { value: 'A long thought I typed' } });
    const failed = nextState(e.state, { type: 'error', message: 'Storage is full' });
    e.view.rerender(<FrameApp state={failed} port={e.port} />);
    expect(e.q('[role=alert]').textContent).toBe('Storage is full');
    expect(e.q<HTMLTextAreaElement>('[data-ql=note]').value).toBe('A long thought I typed');
  });
});

describe('the editor keeps what the reader typed', () => {
  const typed = (e: ReturnType<typeof open>, note: string, tags: string) => {
    fireEvent.input(e.note, { target: { value: note } });
    fireEvent.input(e.tags, { target: { value: tags } });
  };

  it('writes a draft as the reader types, keyed by the mark', async () => {
    const drafts = memoryArea();
    const e = open({}, { drafts });
    typed(e, 'First thoughts', '#ports #later');
    fireEvent.click(e.q('[data-colour=green]'));
    await eventually(() =>
      expect(drafts.data.get(draftKey(e.annotation.id))).toMatchObject({ note: 'First thoughts', tags: '#ports #later', colour: 'green' }),
    );
  });

  it('opens on a draft left unsaved, and says so', () => {
    const draft: Draft = { note: 'Half a thought', tags: '#unsaved', colour: 'pink', at: 1 };
    const e = open({}, { draft });
    expect(e.note.value).toBe('Half a thought');
    expect(e.tags.value).toBe('#unsaved');
    expect(e.q('[data-colour=pink]').getAttribute('aria-checked')).toBe('true');
    expect(e.q('[data-ql=draft-restored]').textContent).toContain('unsaved draft');
  });

  it.each([
    ['storage full', 'Quotelight could not save: the browser storage for this extension is full.'],
    ['article gone', 'This highlight is no longer in your library (it was deleted, or its article forgotten), so the note could not be saved.'],
    ['no answer', 'Quotelight did not answer.'],
  ])('a refused save (%s) is said in the editor; the text and the draft are kept', async (_, why) => {
    const drafts = memoryArea();
    const e = open({}, { drafts, answer: async () => Promise.reject(new Error(why)) });
    typed(e, 'Keep this, whatever happens', '#kept');
    fireEvent.click(e.q('[data-ql=save]'));
    await eventually(() => expect(e.q('[data-ql=save-problem]')?.textContent).toBe(`Not saved: ${why} Your text is kept here; press Save to try again.`));
    expect(e.q('[role=alert]').textContent).toContain(why);
    expect(e.q<HTMLTextAreaElement>('[data-ql=note]').value).toBe('Keep this, whatever happens');
    expect(e.q<HTMLInputElement>('[data-ql=tags]').value).toBe('#kept');
    expect(drafts.data.get(draftKey(e.annotation.id))).toMatchObject({ note: 'Keep this, whatever happens', tags: '#kept' });
    expect(e.q('[data-ql=save]').textContent).toBe('Save'); // ready to try again
  });

  it('while a save is on its way Save says so, and a second press sends nothing more', async () => {
    let answer = () => {};
    const e = open({}, { answer: () => new Promise<void>((r) => (answer = r)) });
    fireEvent.click(e.q('[data-ql=save]'));
    await eventually(() => expect(e.q('[data-ql=save]').textContent).toBe('Saving…'));
    fireEvent.click(e.q('[data-ql=save]'));
    expect(e.sent).toHaveLength(1);
    answer();
    await eventually(() => expect(e.q('[data-ql=save]').textContent).toBe('Save'));
  });

  it('the draft goes once the note is stored, or when closed unchanged; a changed draft closed unsaved stays', async () => {
    const drafts = memoryArea();
    const saved = open({}, { drafts });
    typed(saved, 'Stored now', '');
    fireEvent.click(saved.q('[data-ql=save]'));
    await eventually(() => expect(saved.sent).toHaveLength(1));
    await eventually(() => expect(drafts.data.has(draftKey(saved.annotation.id))).toBe(false));
    cleanup();

    const closed = open({}, { drafts });
    typed(closed, 'Not saved, closed', '#later');
    fireEvent.click(closed.q('[data-ql=close]'));
    await eventually(() => expect(closed.sent.map((r) => r.type)).toEqual(['close']));
    await new Promise((r) => setTimeout(r, 0));
    expect(drafts.data.get(draftKey(closed.annotation.id))).toMatchObject({ note: 'Not saved, closed' });
    cleanup();

    const back = open({}, { drafts, draft: { note: 'Verify date', tags: '#ports #spring', colour: 'blue', at: 1 } });
    fireEvent.click(back.q('[data-ql=close]'));
    await eventually(() => expect(drafts.data.has(draftKey(back.annotation.id))).toBe(false));
  });
});

describe('a quote card with matches in other articles', () => {
  it('lists where else it was quoted, the word difference, and the other speaker, as text', () => {
    const { port } = channel();
    const state = nextState(HIDDEN, {
      type: 'card',
      card: { title: 'Mara Lind', details: [] },
      elsewhere: {
        speaker: { kind: 'named', name: 'Mara Lind' },
        matches: [
          {
            annotationId: 'x1',
            articleId: 'https://b.example/1',
            title: 'T',
            site: 'B <b>Outlet</b>',
            published: null,
            saved: Date.UTC(2025, 0, 2),
            speaker: { kind: 'named', name: 'Sam Other' },
            text: 'The harbour will reopen in summer',
            kind: 'reworded',
            diff: [
              { op: 'same', words: ['The', 'harbour', 'will', 'reopen', 'in'] },
              { op: 'changed', from: ['spring'], to: ['summer'] },
            ],
            trimmed: null,
          },
        ],
      },
    });
    const view = render(<FrameApp state={state} port={port} libraryUrl="ext://library" />);
    const card = view.container.querySelector('[data-ql="hover-card"]')!;
    expect(card.querySelector('.elsewhere-count')?.textContent).toBe('Also in 1 article');
    expect(card.querySelector('a')?.textContent).toBe('B <b>Outlet</b>: T');
    expect(card.querySelector('b')).toBeNull();
    expect(card.querySelector('[data-testid="other-speaker"]')?.textContent).toContain('Sam Other');
    expect(card.querySelector('[data-op="changed"] ins')?.textContent).toBe('to: summer');
  });
});

describe("a quote card's speaker certainty", () => {
  const { port } = channel();
  const card = (speakerConfidence?: number) =>
    render(<FrameApp state={nextState(HIDDEN, { type: 'card', card: { title: 'Ines Varga', details: ['said'], ...(speakerConfidence === undefined ? {} : { speakerConfidence }) } })} port={port} />);

  it('marks an uncertain speaker in words, with the number in its accessible name', () => {
    const { getByRole } = card(0.45);
    const mark = getByRole('img', { name: 'Unsure — check who said this (45% sure of this speaker)' });
    expect(mark.textContent).toBe('?unsure — check · 45%');
    expect(mark.getAttribute('data-band')).toBe('check');
  });

  it('says "likely" quietly for a sure one, and shows nothing on a card without a speaker', () => {
    const sure = card(0.93);
    expect(sure.getByRole('img', { name: 'Likely speaker (93% sure of this speaker)' }).textContent).toBe('likely');
    cleanup();
    const none = card();
    expect(none.container.querySelector('.certainty')).toBeNull();
  });

  it('says "set by you" on a card whose speaker the reader set', () => {
    const { getByRole } = render(
      <FrameApp state={nextState(HIDDEN, { type: 'card', card: { title: 'Ines Varga', details: [], speakerConfidence: 1, speakerCorrected: true } })} port={port} />,
    );
    expect(getByRole('img', { name: 'Speaker set by you' }).getAttribute('data-band')).toBe('corrected');
  });
});
