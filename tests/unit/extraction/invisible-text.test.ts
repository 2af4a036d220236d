// @vitest-environment happy-dom
// What the reader cannot see is left out of the snapshot and of the live map (happy-dom computes
// styles but has no layout nor the UA sheet's [hidden] rule: those cases are the e2e test's, in real browsers).
import { describe, expect, it } from 'vitest';
import { mapArticleToDom } from '../../../src/extraction/dom-text-map';
import { invisibleNodes } from '../../../src/extraction/invisible-text';
import { takeSnapshot } from '../../../src/extraction/page-snapshot';

const said = (hide: string) => `<p id="p">“We stay open,” <span ${hide}>said Vladimir Putin, </span>said Harriet Okonkwo.</p>`;

describe('invisibleNodes', () => {
  it.each([
    ['display:none', 'style="display:none"'],
    ['opacity 0', 'style="opacity:0"'],
    ['visibility:hidden', 'style="visibility:hidden"'],
    ['transparent text', 'style="color:transparent"'],
    ['a zero font size', 'style="font-size:0"'],
  ])('leaves out text hidden by %s, and keeps what is visible', (_why, hide) => {
    document.body.innerHTML = said(hide);
    const snap = takeSnapshot(document, false, 'article', invisibleNodes(document));
    expect(snap.html).toContain('said Harriet Okonkwo.');
    expect(snap.html).not.toContain('Putin');
  });

  it('finds nothing on a page that hides nothing, so the snapshot is the page as it is', () => {
    document.body.innerHTML = said('class="name"');
    expect(invisibleNodes(document).size).toBe(0);
    expect(takeSnapshot(document).html).toContain('said Vladimir Putin');
  });

  it('lets a visible child of a visibility:hidden element be read', () => {
    document.body.innerHTML = '<div style="visibility:hidden">gone <b style="visibility:visible">shown</b></div>';
    const html = takeSnapshot(document, false, 'article', invisibleNodes(document)).html;
    expect(html).toContain('shown');
    expect(html).not.toContain('gone');
  });

  it('never changes the live page', () => {
    document.body.innerHTML = said('style="display:none"');
    const before = document.body.innerHTML;
    takeSnapshot(document, false, 'article', invisibleNodes(document));
    expect(document.body.innerHTML).toBe(before);
  });

  it('maps the article read without the hidden text back onto the live page around it', () => {
    document.body.innerHTML = said('style="display:none"');
    const hidden = invisibleNodes(document);
    const text = '“We stay open,” said Harriet Okonkwo.';
    const map = mapArticleToDom(document, { text, blocks: [{ start: 0, end: text.length }] } as never, hidden);
    const start = text.indexOf('said');
    expect(map.toRange(start, text.length)?.toString()).toBe('said Harriet Okonkwo.');
  });
});
