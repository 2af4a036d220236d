// One line in the page's overlay telling the reader what Quotelight could not do there (a save that
// failed, a page it could not read, an analysis stopped early). Text only, dismissable, polite.
import { el, type Overlay } from './overlay-root';
import { t } from '../shared/i18n';

const SHOW_MS = 12_000;

export class PageNotice {
  private readonly box: HTMLElement;
  private readonly text: HTMLElement;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(overlay: Overlay) {
    const doc = overlay.layer.ownerDocument;
    this.text = el(doc, 'span', { class: 'message' });
    const close = el(doc, 'button', { type: 'button', 'aria-label': t('page_dismiss') }, '×');
    this.box = el(doc, 'div', { class: 'toolbar notice', role: 'status', 'data-ql': 'notice', hidden: '' }, el(doc, 'span', {}, t('page_noticePrefix')), this.text, close);
    this.box.style.cssText = 'right: 16px; bottom: 16px; padding: 6px 6px 6px 12px; align-items: center;';
    close.addEventListener('click', () => this.hide());
    overlay.layer.append(this.box);
  }

  show(message: string): void {
    this.text.textContent = message;
    this.box.hidden = false;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.hide(), SHOW_MS);
  }

  hide(): void {
    clearTimeout(this.timer);
    this.box.hidden = true;
  }
}
