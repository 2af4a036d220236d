// The small "Highlight" button beside the reader's selection. It only takes the selection: the note
// is written afterwards in the extension's frame. A click counts only when the browser made it
// (isTrusted): a page script's synthetic click does nothing.
import { el, type Overlay, placeNear } from './overlay-root';
import { t } from '../shared/i18n';

export class SelectionButton {
  private readonly button: HTMLButtonElement;
  private action: (() => void) | null = null;

  constructor(overlay: Overlay) {
    const doc = overlay.layer.ownerDocument;
    this.button = el(doc, 'button', { class: 'primary', type: 'button', 'data-ql': 'highlight-button' }, t('page_highlight'));
    const bar = el(doc, 'div', { class: 'toolbar', hidden: '' }, this.button);
    // mousedown would collapse the page selection before click fires.
    this.button.addEventListener('mousedown', (e) => e.preventDefault());
    this.button.addEventListener('click', (e) => {
      if (e.isTrusted) this.action?.();
    });
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

  get isShown(): boolean {
    return !this.button.parentElement!.hidden;
  }
}
