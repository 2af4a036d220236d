// The reader's tools on a page: a small "Highlight" button beside a selection, and an editor
// for a highlight's colour, note and tags.
import type { AnnotationRecord } from '../shared/records';
import { formatTags, parseTags } from '../shared/tags';
import { el, type Overlay, placeNear } from './overlay-root';
import { MARK_COLOURS, type MarkColour, markColour } from './paint-plan';

export interface EditorValues {
  colour: MarkColour;
  note: string;
  tags: string[];
}

export interface EditorCallbacks {
  save(values: EditorValues): Promise<void>;
  remove(): Promise<void>;
}

export { parseTags };

export class SelectionButton {
  private readonly button: HTMLButtonElement;
  private action: (() => void) | null = null;

  constructor(overlay: Overlay) {
    const doc = overlay.layer.ownerDocument;
    this.button = el(doc, 'button', { class: 'primary', type: 'button', 'data-ql': 'highlight-button' }, 'Highlight');
    const bar = el(doc, 'div', { class: 'toolbar', hidden: '' }, this.button);
    // mousedown would collapse the page selection before click fires.
    this.button.addEventListener('mousedown', (e) => e.preventDefault());
    this.button.addEventListener('click', () => this.action?.());
    overlay.layer.append(bar);
  }

  show(near: DOMRect, action: () => void): void {
    this.action = action;
    const bar = this.button.parentElement!;
    bar.hidden = false;
    placeNear(bar, near, 6);
  }

  hide(): void {
    this.button.parentElement!.hidden = true;
    this.action = null;
  }
}

export class NoteEditor {
  private readonly box: HTMLElement;
  private readonly excerpt: HTMLElement;
  private readonly note: HTMLTextAreaElement;
  private readonly tags: HTMLInputElement;
  private readonly message: HTMLElement;
  private readonly swatches: HTMLButtonElement[];
  private colour: MarkColour = 'yellow';
  private callbacks: EditorCallbacks | null = null;

  constructor(overlay: Overlay) {
    const doc = overlay.layer.ownerDocument;
    this.excerpt = el(doc, 'div', { class: 'excerpt' });
    this.swatches = MARK_COLOURS.map((c) => {
      const b = el(doc, 'button', { type: 'button', class: 'swatch', role: 'radio', 'aria-label': c, 'data-colour': c });
      b.style.background = SWATCH[c];
      b.addEventListener('click', () => this.pick(c));
      return b;
    });
    this.note = el(doc, 'textarea', { 'aria-label': 'Note', placeholder: 'Note', 'data-ql': 'note' });
    this.tags = el(doc, 'input', { type: 'text', 'aria-label': 'Tags', placeholder: 'Tags, e.g. #sanctions #nato', 'data-ql': 'tags' });
    this.message = el(doc, 'div', { class: 'message', role: 'alert' });
    const save = el(doc, 'button', { type: 'button', class: 'primary', 'data-ql': 'save' }, 'Save');
    const del = el(doc, 'button', { type: 'button', 'data-ql': 'delete' }, 'Delete');
    const close = el(doc, 'button', { type: 'button', 'data-ql': 'close' }, 'Close');
    save.addEventListener('click', () => void this.run(() => this.callbacks?.save(this.values())));
    del.addEventListener('click', () => void this.run(() => this.callbacks?.remove()));
    close.addEventListener('click', () => this.hide());
    this.box = el(
      doc,
      'div',
      { class: 'editor', role: 'dialog', 'aria-label': 'Quotelight highlight', 'data-ql': 'editor', hidden: '' },
      this.excerpt,
      el(doc, 'div', { class: 'swatches', role: 'radiogroup', 'aria-label': 'Colour' }, ...this.swatches),
      this.note,
      this.tags,
      this.message,
      el(doc, 'div', { class: 'row' }, del, close, save),
    );
    this.box.addEventListener('keydown', (e) => {
      e.stopPropagation(); // the page's own shortcuts must not fire while the reader types here
      if (e.key === 'Escape') this.hide();
      if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) save.click();
    });
    overlay.layer.append(this.box);
  }

  open(annotation: AnnotationRecord, near: DOMRect, callbacks: EditorCallbacks): void {
    this.callbacks = callbacks;
    this.excerpt.textContent = `“${annotation.text.length > 140 ? `${annotation.text.slice(0, 140)}…` : annotation.text}”`;
    this.note.value = annotation.note ?? '';
    this.tags.value = formatTags(annotation.tags);
    this.message.textContent = '';
    this.pick(markColour(annotation.colour));
    this.box.hidden = false;
    placeNear(this.box, near);
    this.note.focus();
  }

  hide(): void {
    this.box.hidden = true;
    this.callbacks = null;
  }

  get isOpen(): boolean {
    return !this.box.hidden;
  }

  private pick(c: MarkColour): void {
    this.colour = c;
    for (const s of this.swatches) s.setAttribute('aria-checked', String(s.dataset.colour === c));
  }

  private values(): EditorValues {
    return { colour: this.colour, note: this.note.value.trim(), tags: parseTags(this.tags.value) };
  }

  private async run(action: () => Promise<void> | undefined): Promise<void> {
    try {
      await action();
      this.hide();
    } catch (e) {
      // Keep the editor open with what was typed: nothing is lost on a failed save.
      this.message.textContent = e instanceof Error ? e.message : String(e);
    }
  }
}

const SWATCH: Record<MarkColour, string> = { yellow: '#fde047', green: '#86efac', blue: '#93c5fd', pink: '#f9a8d4', purple: '#c4b5fd' };
