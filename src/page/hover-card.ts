// The card that says who said a quote (or what an actor is) while the pointer or caret is on it.
import { el, type Overlay, placeNear } from './overlay-root';

export class HoverCard {
  private readonly box: HTMLElement;
  private readonly title: HTMLElement;
  private readonly details: HTMLElement;

  constructor(overlay: Overlay) {
    const doc = overlay.layer.ownerDocument;
    this.title = el(doc, 'div', { class: 'who' });
    this.details = el(doc, 'div', { class: 'role' });
    this.box = el(doc, 'div', { class: 'card', role: 'tooltip', 'data-ql': 'hover-card', hidden: '' }, this.title, this.details);
    overlay.layer.append(this.box);
  }

  show(content: { title: string; details: string[] }, near: DOMRect): void {
    this.title.textContent = content.title;
    this.details.replaceChildren(...content.details.map((d) => el(this.box.ownerDocument, 'div', {}, d)));
    this.box.hidden = false;
    placeNear(this.box, near);
  }

  hide(): void {
    this.box.hidden = true;
  }

  get visibleText(): string | null {
    return this.box.hidden ? null : this.box.textContent;
  }
}
