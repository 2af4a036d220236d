// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NoteEditor, parseTags, SelectionButton } from '../../../src/page/note-editor';
import { createOverlay, el, OVERLAY_TAG, type Overlay } from '../../../src/page/overlay-root';
import { record } from './make';

describe('parseTags', () => {
  it('splits on commas and spaces, strips leading #, drops empties and duplicates', () => {
    expect(parseTags('#ports, budget  #ports,,#harbour')).toEqual(['ports', 'budget', 'harbour']);
    expect(parseTags('##nato\tsanctions\n#nato')).toEqual(['nato', 'sanctions']);
    expect(parseTags('  ,  # ,, ')).toEqual([]);
    expect(parseTags('')).toEqual([]);
  });

  it('keeps # inside a tag and, like storage, counts tags differing only in case once', () => {
    expect(parseTags('c#, C#, Ports ports')).toEqual(['c#', 'Ports']);
  });
});

const RECT = new DOMRect(20, 30, 100, 16);
let overlay: Overlay;

function setUp(): { root: ShadowRoot } {
  overlay = createOverlay(document);
  return { root: overlay.host.shadowRoot! };
}

afterEach(() => {
  overlay?.remove();
  document.body.innerHTML = '';
});

const q = <T extends Element>(root: ParentNode, sel: string) => root.querySelector<T & Element>(sel)!;

describe('overlay and el()', () => {
  it('hangs one open shadow root off a quotelight-overlay host element', () => {
    const { root } = setUp();
    expect(document.documentElement.lastElementChild?.tagName.toLowerCase()).toBe(OVERLAY_TAG);
    expect(root.mode).toBe('open');
    expect(overlay.layer.parentNode).toBe(root);
    expect(overlay.contains(overlay.host)).toBe(true);
    expect(overlay.contains(document.body)).toBe(false);
    expect(overlay.contains(null)).toBe(false);
    overlay.remove();
    expect(document.querySelector(OVERLAY_TAG)).toBeNull();
  });

  it('never parses text given to el() as HTML', () => {
    const payload = '<img src=x onerror=alert(1)>';
    const div = el(document, 'div', { class: 'card' }, payload, el(document, 'span', {}, payload));
    expect(div.querySelector('img')).toBeNull();
    expect(div.textContent).toBe(payload + payload);
    expect(div.childNodes[0]!.nodeType).toBe(Node.TEXT_NODE);
    expect(div.getAttribute('class')).toBe('card');
  });

  it('shows an annotation text containing markup as text in the editor excerpt', () => {
    const { root } = setUp();
    const editor = new NoteEditor(overlay);
    const text = 'He wrote <img src=x onerror=alert(1)> twice';
    editor.open(record(text, 0, text.length), RECT, { save: vi.fn(), remove: vi.fn() });
    expect(root.querySelector('img')).toBeNull();
    expect(q(root, '.excerpt').textContent).toBe(`“${text}”`);
  });
});

describe('SelectionButton', () => {
  it('is hidden until shown, runs the action on click, and forgets it when hidden', () => {
    const { root } = setUp();
    const button = new SelectionButton(overlay);
    const b = q<HTMLButtonElement>(root, '[data-ql=highlight-button]');
    expect(b.textContent).toBe('Highlight');
    expect(b.parentElement!.hidden).toBe(true);
    const action = vi.fn();
    button.show(RECT, action);
    expect(b.parentElement!.hidden).toBe(false);
    b.click();
    expect(action).toHaveBeenCalledTimes(1);
    button.hide();
    expect(b.parentElement!.hidden).toBe(true);
    b.click();
    expect(action).toHaveBeenCalledTimes(1);
  });

  it('prevents the default of mousedown so the page selection survives', () => {
    setUp();
    new SelectionButton(overlay);
    const b = q<HTMLButtonElement>(overlay.layer, '[data-ql=highlight-button]');
    const down = new MouseEvent('mousedown', { bubbles: true, cancelable: true });
    b.dispatchEvent(down);
    expect(down.defaultPrevented).toBe(true);
  });
});

describe('NoteEditor', () => {
  const TEXT = 'The harbour will reopen in spring, the board said.';

  function openEditor(extra: Parameters<typeof record>[3] = {}, save = vi.fn(async () => {})) {
    const { root } = setUp();
    const editor = new NoteEditor(overlay);
    const remove = vi.fn(async () => {});
    editor.open(record(TEXT, 4, 33, { colour: 'blue', note: 'Verify date', tags: ['ports', 'spring'], ...extra }), RECT, { save, remove });
    return {
      editor,
      root,
      save,
      remove,
      box: q<HTMLElement>(root, '[data-ql=editor]'),
      note: q<HTMLTextAreaElement>(root, '[data-ql=note]'),
      tags: q<HTMLInputElement>(root, '[data-ql=tags]'),
      alert: q<HTMLElement>(root, '[role=alert]'),
      button: (name: string) => q<HTMLButtonElement>(root, `[data-ql=${name}]`),
      swatch: (c: string) => q<HTMLButtonElement>(root, `[data-colour=${c}]`),
    };
  }

  it('starts hidden', () => {
    setUp();
    const editor = new NoteEditor(overlay);
    expect(editor.isOpen).toBe(false);
    expect(q<HTMLElement>(overlay.layer, '[data-ql=editor]').hidden).toBe(true);
  });

  it('open() fills excerpt, note, tags and the chosen colour', () => {
    const e = openEditor();
    expect(e.editor.isOpen).toBe(true);
    expect(e.box.hidden).toBe(false);
    expect(q(e.root, '.excerpt').textContent).toBe('“harbour will reopen in spring”');
    expect(e.note.value).toBe('Verify date');
    expect(e.tags.value).toBe('#ports #spring');
    expect(e.swatch('blue').getAttribute('aria-checked')).toBe('true');
    expect(e.root.querySelectorAll('[aria-checked=true]')).toHaveLength(1);
  });

  it('open() with an unknown colour checks yellow, and with no note leaves the field empty', () => {
    const e = openEditor({ colour: 'teal', note: null, tags: [] });
    expect(e.swatch('yellow').getAttribute('aria-checked')).toBe('true');
    expect(e.swatch('blue').getAttribute('aria-checked')).toBe('false');
    expect(e.note.value).toBe('');
    expect(e.tags.value).toBe('');
  });

  it('shortens a long excerpt to 140 characters and an ellipsis', () => {
    const long = 'word '.repeat(60);
    const { root } = setUp();
    new NoteEditor(overlay).open(record(long, 0, long.length), RECT, { save: vi.fn(), remove: vi.fn() });
    expect(q(root, '.excerpt').textContent).toBe(`“${long.slice(0, 140)}…”`);
  });

  it('Save passes the trimmed note, parsed tags and picked colour, then hides', async () => {
    const e = openEditor();
    e.note.value = '  Call the board back  \n';
    e.tags.value = '#ports, budget #ports';
    e.swatch('pink').click();
    expect(e.swatch('pink').getAttribute('aria-checked')).toBe('true');
    e.button('save').click();
    await vi.waitFor(() => expect(e.editor.isOpen).toBe(false));
    expect(e.save).toHaveBeenCalledExactlyOnceWith({ colour: 'pink', note: 'Call the board back', tags: ['ports', 'budget'] });
  });

  it('a rejected save keeps the editor open with what was typed and shows the error', async () => {
    const save = vi.fn(async () => {
      throw new Error('Storage is full');
    });
    const e = openEditor({}, save);
    e.note.value = 'A long thought I typed';
    e.tags.value = '#draft';
    e.button('save').click();
    await vi.waitFor(() => expect(e.alert.textContent).toBe('Storage is full'));
    expect(e.editor.isOpen).toBe(true);
    expect(e.note.value).toBe('A long thought I typed');
    expect(e.tags.value).toBe('#draft');
  });

  it('a save rejecting with a non-Error shows it as text; reopening clears the message', async () => {
    const save = vi.fn(() => Promise.reject('offline'));
    const e = openEditor({}, save);
    e.button('save').click();
    await vi.waitFor(() => expect(e.alert.textContent).toBe('offline'));
    e.editor.open(record(TEXT, 0, 3), RECT, { save: vi.fn(), remove: vi.fn() });
    expect(e.alert.textContent).toBe('');
  });

  it('Delete calls remove and hides; Close hides without calling anything', async () => {
    const e = openEditor();
    e.button('delete').click();
    await vi.waitFor(() => expect(e.editor.isOpen).toBe(false));
    expect(e.remove).toHaveBeenCalledTimes(1);
    expect(e.save).not.toHaveBeenCalled();

    e.editor.open(record(TEXT, 0, 3), RECT, { save: e.save, remove: e.remove });
    e.button('close').click();
    expect(e.editor.isOpen).toBe(false);
    expect(e.save).not.toHaveBeenCalled();
    expect(e.remove).toHaveBeenCalledTimes(1);
  });

  it('Escape hides the editor', () => {
    const e = openEditor();
    e.note.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(e.editor.isOpen).toBe(false);
  });

  it('Ctrl+Enter saves', async () => {
    const e = openEditor();
    e.note.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true }));
    await vi.waitFor(() => expect(e.save).toHaveBeenCalledTimes(1));
  });

  it('keeps keys typed inside from reaching the page', () => {
    const e = openEditor();
    const pageKeys = vi.fn();
    document.addEventListener('keydown', pageKeys);
    try {
      e.note.dispatchEvent(new KeyboardEvent('keydown', { key: 'j', bubbles: true, composed: true }));
      e.tags.dispatchEvent(new KeyboardEvent('keydown', { key: '/', bubbles: true, composed: true }));
      expect(pageKeys).not.toHaveBeenCalled();
      // The listener works: a composed key from elsewhere in the overlay does cross the shadow boundary.
      overlay.layer.dispatchEvent(new KeyboardEvent('keydown', { key: 'j', bubbles: true, composed: true }));
      expect(pageKeys).toHaveBeenCalledTimes(1);
    } finally {
      document.removeEventListener('keydown', pageKeys);
    }
    expect(e.editor.isOpen).toBe(true);
  });
});
