// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { mapArticleToDom } from '../../../src/extraction/dom-text-map';
import { extractArticle } from '../../../src/extraction/extract-article';

const LONG = 'The council met for six hours and heard from residents, engineers and the harbour master about the repairs. ';
const PAGE = `<!doctype html><html lang="en-GB"><head>
<title>Harbour bridge to reopen in spring - The Norland Courier</title>
<meta property="og:title" content="Harbour bridge to reopen in spring">
<meta property="og:site_name" content="The Norland Courier">
<meta property="article:published_time" content="2024-03-01T09:00:00Z">
<link rel="canonical" href="https://courier.example/bridge">
<script>var tracking = "“not a quote”";</script>
<style>.x { color: red }</style>
</head><body>
<header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a> <a href="/login">Sign in</a></nav></header>
<main>
<article>
  <h1>Harbour bridge to reopen in spring</h1>
  <div class="byline">By <a href="/staff/jo">Jo Writer</a>, Transport correspondent</div>
  <figure><img src="data:," alt=""><figcaption>Engineers inspect the north span on Tuesday. (Photo: Sam Lens/Norland Images)</figcaption></figure>
  <p>The harbour bridge will reopen in spring, council leader <b>Marta Kowalczyk</b> said on Tuesday, calling the repairs “long overdue.” ${LONG}</p>
  <p>“We have crews on standby,” she said.   ${LONG}</p>
  <h2>What happens next</h2>
  <p>Traffic will be diverted   through the old town until the work is done. ${LONG}</p>
  <p>The ferry runs hourly.<br>The last boat leaves at ten. ${LONG}</p>
  <blockquote><p>“The bridge is safe to cross on foot,” the harbour master wrote.</p></blockquote>
  <ul><li>Buses will run every ten minutes while the bridge is shut to cars.</li><li>Cyclists may use the ferry free of charge during the works.</li></ul>
  <aside class="related"><a href="/other">Council approves new ferry timetable</a></aside>
  <p>${LONG}${LONG}</p>
</article>
<aside class="rail"><h2>Most read</h2><ol><li><a href="/a">Storm closes schools</a></li><li><a href="/b">Mayor resigns</a></li></ol></aside>
</main>
<footer>© The Norland Courier · Terms · Privacy</footer>
</body></html>`;

function load(): Document {
  document.open();
  document.write(PAGE);
  document.close();
  return document;
}

describe('extractArticle', () => {
  let doc: Document;
  beforeEach(() => {
    doc = load();
  });

  it('reads metadata, preferring og:title over <title>', () => {
    const a = extractArticle(doc, 'https://courier.example/bridge?x=1')!;
    expect(a.meta.title).toBe('Harbour bridge to reopen in spring');
    expect(a.title).toBe('Harbour bridge to reopen in spring');
    expect(a.meta.siteName).toBe('The Norland Courier');
    expect(a.meta.published).toBe('2024-03-01T09:00:00Z');
    expect(a.meta.lang).toBe('en-GB');
    // The article's language, decided once: the page's claim, which its text bears out.
    expect(a.lang).toBe('en');
    expect(a.meta.canonicalUrl).toBe('https://courier.example/bridge');
  });

  it('leaves out navigation, rails, related links, bylines and photo credits', () => {
    const a = extractArticle(doc)!;
    for (const junk of ['Sign in', 'Most read', 'Storm closes schools', 'Council approves new ferry timetable', 'Jo Writer', 'Sam Lens', 'Terms', 'tracking'])
      expect(a.text).not.toContain(junk);
  });

  it('produces typed blocks joined by blank lines with exact offsets', () => {
    const a = extractArticle(doc)!;
    const kinds = a.blocks.map((b) => b.kind);
    expect(kinds).toContain('caption');
    expect(kinds).toContain('heading');
    expect(kinds).toContain('blockquote');
    expect(kinds).toContain('list-item');
    expect(kinds).toContain('paragraph');
    expect(a.text).toBe(a.blocks.map((b) => a.text.slice(b.start, b.end)).join('\n\n'));
    const caption = a.blocks.find((b) => b.kind === 'caption')!;
    expect(a.text.slice(caption.start, caption.end)).toBe('Engineers inspect the north span on Tuesday.');
    const heading = a.blocks.find((b) => b.kind === 'heading')!;
    expect(a.text.slice(heading.start, heading.end)).toBe('What happens next');
    expect(a.wordCount).toBeGreaterThan(50);
  });

  it('does not touch the live document', () => {
    const before = doc.body.innerHTML;
    extractArticle(doc);
    expect(doc.body.innerHTML).toBe(before);
  });
});

describe('mapArticleToDom', () => {
  it('maps every block and arbitrary sub-spans to exact live Ranges', () => {
    const doc = load();
    const a = extractArticle(doc)!;
    const map = mapArticleToDom(doc, a);
    for (const b of a.blocks) {
      const r = map.toRange(b.start, b.end);
      expect(r, a.text.slice(b.start, b.end)).not.toBeNull();
      // Same characters; a <br> is a space in the text and nothing in the DOM.
      expect(r!.toString().replace(/\s+/g, '')).toBe(a.text.slice(b.start, b.end).replace(/\s+/g, ''));
    }
    // A quote that spans an inline element boundary and collapsed whitespace.
    const i = a.text.indexOf('Marta Kowalczyk said');
    const r = map.toRange(i, i + 'Marta Kowalczyk said'.length)!;
    expect(r.toString()).toBe('Marta Kowalczyk said');
    const j = a.text.indexOf('diverted through');
    const r2 = map.toRange(j, j + 'diverted through'.length)!;
    expect(r2.toString().replace(/\s+/g, ' ')).toBe('diverted through');
    const k = a.text.indexOf('hourly. The last boat');
    expect(k).toBeGreaterThan(0);
    expect(map.toRange(k, k + 'hourly. The last boat'.length)!.toString()).toBe('hourly.The last boat');
    const q = a.text.indexOf('We have crews on standby,');
    expect(map.toRange(q, q + 25)!.toString()).toBe('We have crews on standby,');
  });

  it('collapses every kind of space the way extraction does (no-break, thin, ideographic, runs across nodes)', () => {
    const long = 'The council met for six hours and heard from residents, engineers and the harbour master. ';
    document.body.innerHTML = `<article><h1>Spaces</h1><p>Ferries\u00a0run\u2009every <b> hour</b>\u3000 from  the\n\tquay, said Ana Ruiz. ${long.repeat(3)}</p><p>${long.repeat(4)}</p><p>${long.repeat(4)}</p></article>`;
    const a = extractArticle(document)!;
    const map = mapArticleToDom(document, a);
    const i = a.text.indexOf('Ferries run every hour from the quay');
    expect(i).toBeGreaterThanOrEqual(0);
    const r = map.toRange(i, i + 'Ferries run every hour from the quay'.length)!;
    expect(r.toString().replace(/\s+/g, ' ')).toBe('Ferries run every hour from the quay');
    expect(map.fromRange(r)).toEqual({ start: i, end: i + 'Ferries run every hour from the quay'.length });
  });

  it('maps a live selection back to article offsets', () => {
    const doc = load();
    const a = extractArticle(doc)!;
    const map = mapArticleToDom(doc, a);
    const i = a.text.indexOf('long overdue');
    const r = map.toRange(i, i + 12)!;
    expect(map.fromRange(r)).toEqual({ start: i, end: i + 12 });
  });

  it('returns null outside the text', () => {
    const doc = load();
    const a = extractArticle(doc)!;
    const map = mapArticleToDom(doc, a);
    expect(map.toRange(-1, 3)).toBeNull();
    expect(map.toRange(0, a.text.length + 5)).toBeNull();
  });
});
