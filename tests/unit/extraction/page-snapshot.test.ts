// @vitest-environment happy-dom
// The page's main thread sends a snapshot; the worker extracts from it what the CLI extracts from the HTML.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extraction/extract-article';
import { htmlDocument } from '../../../src/extraction/html-document';
import { takeSnapshot, withoutScriptsAndStyles } from '../../../src/extraction/page-snapshot';
import { extractSnapshot } from '../../../src/extraction/snapshot-extraction';

const SENTENCE = 'The council met for six hours and heard from residents, engineers and the harbour master about the repairs.';
const para = (lead: string) => `<p>${lead} ${SENTENCE} ${SENTENCE}</p>`;

function live(html: string): Document {
  document.open();
  document.write(html);
  document.close();
  return document;
}

describe('page snapshots', () => {
  it('extracts from the snapshot the article the CLI extracts from the same HTML', () => {
    const html = `<!DOCTYPE html><html lang="en"><head><title>Harbour bridge to reopen</title></head><body>
      <nav><a href="/">Home</a></nav><main><article><h1>Harbour bridge to reopen</h1>
      ${para('The bridge will reopen.')}<noscript><p>Turn on scripts to see the map.</p></noscript>
      ${para('Traffic will be diverted.')}<template><p>Hidden template text.</p></template>${para('The ferry runs hourly.')}
      </article></main></body></html>`;
    const snapshot = takeSnapshot(live(html));
    expect(snapshot.html.startsWith('<!DOCTYPE html>')).toBe(true);
    const { isArticle, article } = extractSnapshot({ ...snapshot, url: 'https://example.org/bridge', force: false });
    const cli = extractArticle(htmlDocument(html), 'https://example.org/bridge');
    expect(isArticle).toBe(true);
    expect(article?.text).toBe(cli?.text);
    expect(article?.blocks).toEqual(cli?.blocks);
    expect(article?.text).not.toContain('Hidden template text');
  });

  it('sees what the page added after load', () => {
    const doc = live(`<!DOCTYPE html><html><head><title>Late</title></head><body><article>${para('First.')}${para('Second.')}</article></body></html>`);
    const p = doc.createElement('p');
    p.textContent = `A late paragraph arrived. ${SENTENCE}`;
    doc.querySelector('article')!.append(p);
    const { article } = extractSnapshot({ ...takeSnapshot(doc), url: 'https://example.org/late' });
    expect(article?.text).toContain('A late paragraph arrived.');
  });

  it('keeps the declared doctype, which decides how the HTML parses', () => {
    const doc = live('<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd"><html><body><p>x</p></body></html>');
    expect(takeSnapshot(doc).html.startsWith('<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">')).toBe(true);
  });

  it('says "not an article" without extracting unless the reader asked, and refuses a malformed snapshot', () => {
    const html = '<!DOCTYPE html><html><head><title>Shop</title></head><body><p>Buy now.</p></body></html>';
    expect(extractSnapshot({ html, url: 'https://example.org/', force: false })).toMatchObject({ isArticle: false, article: null, verdict: { reason: 'too-little-text' } });
    expect(extractSnapshot({ html, url: 'https://example.org/', force: true }).isArticle).toBe(true);
    expect(() => extractSnapshot({ html: 5, url: '' } as never)).toThrow('malformed page snapshot');
  });

  it('leaves out the contents of scripts and styles but keeps JSON-LD, comments and raw-text elements whole', () => {
    const ld = '<script type="application/ld+json">{"@type":"NewsArticle","articleBody":"The bridge will reopen."}</script>';
    const html = `<html><head><style>p { color: red }</style>${ld}<script>var big = "x".repeat(9);</script></head><body>
      <!-- <script src="/old.js"> left open in a comment -->
      <p>First paragraph.</p>
      <noscript><script>unclosed in noscript</noscript>
      <p>Second paragraph.</p><script async src="/a.js"></script><p>Third paragraph.</p></body></html>`;
    const out = withoutScriptsAndStyles(html);
    expect(out).not.toContain('color: red');
    expect(out).not.toContain('var big');
    expect(out).toContain('<style></style>');
    expect(out).toContain('<script async src="/a.js"></script>');
    expect(out).toContain(ld);
    for (const kept of ['First paragraph.', 'Second paragraph.', 'Third paragraph.', 'left open in a comment', 'unclosed in noscript']) expect(out).toContain(kept);
  });

  it('extracts the same article with or without the scripts', () => {
    const html = `<!DOCTYPE html><html lang="en"><head><title>Harbour bridge to reopen</title><script>window.x = "<p>not text</p>";</script></head><body>
      <article><h1>Harbour bridge to reopen</h1>${para('The bridge will reopen.')}<script>document.write("ad")</script>${para('Traffic will be diverted.')}${para('The ferry runs hourly.')}</article></body></html>`;
    const url = 'https://example.org/bridge';
    const stripped = extractSnapshot({ ...takeSnapshot(live(html)), url });
    expect(stripped.article?.text).toBe(extractArticle(htmlDocument(html), url)?.text);
  });
});
