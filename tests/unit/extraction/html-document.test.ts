import { describe, expect, it } from 'vitest';
import { htmlDocument } from '../../../src/extraction/html-document';

// What a browser's parser does with real pages' broken HTML, and the CLI's DOM must do too:
// these are the cases where linkedom's own parser lost text or put it elsewhere.
describe('htmlDocument (the CLI DOM) parses as a browser does', () => {
  const bodyText = (html: string) => htmlDocument(html).body.textContent;

  it('keeps content after a stray </body> or </html> in the body', () => {
    expect(bodyText('<html><body><p>one</p></body><p>two</p></html><p>three</p>')).toBe('onetwothree');
  });

  it('moves body content written inside <head> into the body', () => {
    const doc = htmlDocument('<html><head><title>t</title><div>early</div></head><body><p>later</p></body></html>');
    expect(doc.head.textContent).toBe('t');
    expect(doc.body.textContent).toBe('earlylater');
  });

  it('closes an open paragraph at a block and repairs misnested tags', () => {
    const doc = htmlDocument('<body><p>one<div>two</div>three</p><b><p>bold</b> rest</p>');
    expect(doc.body.textContent).toBe('onetwothreebold rest');
    expect(doc.querySelectorAll('p').length).toBe(3);
  });

  it('reads a fragment without <html> or <body> as a whole document', () => {
    const doc = htmlDocument('<p>x<p>y');
    expect(doc.documentElement.tagName).toBe('HTML');
    expect(Array.from(doc.querySelectorAll('p')).map((p) => p.textContent)).toEqual(['x', 'y']);
  });

  it('treats <noscript> as text (scripting on) and keeps template contents out of the tree', () => {
    const doc = htmlDocument('<body><noscript><p>ns</p></noscript><template><p>tpl</p></template><p>after</p></body>');
    expect(doc.querySelectorAll('p').length).toBe(1);
    expect(doc.querySelector('p')?.textContent).toBe('after');
  });
});
