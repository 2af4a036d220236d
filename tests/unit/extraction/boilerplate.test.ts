// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { htmlDocument } from '../../../src/extraction/html-document';
import { bodyText, extractArticle } from '../../../src/extraction/extract-article';

const SENTENCE = 'The council met for six hours and heard from residents, engineers and the harbour master about the repairs.';
const para = (lead: string) => `<p>${lead} ${SENTENCE} ${SENTENCE}</p>`;

function page(body: string, head = ''): Document {
  return htmlDocument(`<!doctype html><html lang="en"><head><title>Harbour bridge to reopen in spring</title>${head}</head><body>${body}</body></html>`);
}

const kindsOf = (doc: Document) => {
  const a = extractArticle(doc)!;
  return a.blocks.map((b) => [b.kind, a.text.slice(b.start, b.end)] as const);
};

describe('boilerplate removal and typed page furniture', () => {
  it('types captions, credits, bylines and date lines; the body text leaves them out, the analysis still gets them', () => {
    const doc = page(`<article><h1>Harbour bridge to reopen in spring</h1>
      <div class="byline">By Jo Writer</div>
      <p>Updated 1:39 am EST, Wednesday, November 20, 2019</p>
      <figure><img src="data:," alt=""><figcaption>Engineers inspect the north span. (Photo: Sam Lens/Norland Images)</figcaption></figure>
      <p>Photo: Sam Lens, Norland Images</p>
      ${para('The bridge will reopen in spring.')}${para('Traffic will be diverted.')}${para('The ferry runs hourly.')}</article>`);
    const a = extractArticle(doc)!;
    const kinds = kindsOf(doc);
    expect(kinds).toContainEqual(['caption', 'Engineers inspect the north span.']);
    expect(kinds).toContainEqual(['credit', 'Photo: Sam Lens, Norland Images']);
    expect(kinds).toContainEqual(['dateline', 'Updated 1:39 am EST, Wednesday, November 20, 2019']);
    expect(kinds.map(([k]) => k)).not.toContain('heading'); // the headline is the title, not body
    const body = bodyText(a);
    for (const furniture of ['Engineers inspect', 'Sam Lens', 'Updated 1:39', 'Harbour bridge to reopen']) expect(body).not.toContain(furniture);
    expect(body.split('\n\n')).toHaveLength(3);
  });

  it('keeps numbers in a table as text: a date line needs a date', () => {
    const rows = [1, 2, 3].map((i) => `<tr><td>${i}</td><td>Driver ${i}</td><td>${5040 - i}</td></tr>`).join('');
    const kinds = kindsOf(page(`<article>${para('Standings after the final race.')}<table>${rows}</table>${para('The season ends.')}</article>`));
    expect(kinds.filter(([k]) => k === 'dateline')).toEqual([]);
    expect(kinds).toContainEqual(['paragraph', '5039']);
  });

  it('drops share boxes, newsletter prompts and link lists, but keeps a widget-named box that holds the article', () => {
    const doc = page(`<div class="post social-share-enabled"><article>${para('The bridge will reopen.')}
      <div class="share-tools"><span>Share this article with the people you know</span> <a href="/f">Facebook</a> <a href="/t">Twitter</a></div>
      <p>Sign up for our free newsletter to get the news delivered to your inbox.</p>
      ${para('Traffic will be diverted.')}
      <ul><li><a href="/a">Storm closes schools</a></li><li><a href="/b">Mayor resigns after long inquiry</a></li></ul>
      ${para('The ferry runs hourly.')}</article></div>`);
    const body = bodyText(extractArticle(doc)!);
    expect(body).toContain('The bridge will reopen.');
    expect(body).toContain('The ferry runs hourly.');
    for (const junk of ['Share this', 'newsletter', 'Storm closes', 'Mayor resigns']) expect(body).not.toContain(junk);
  });

  it('leaves a hover card inside a sentence out of the sentence, keeping the name it is about', () => {
    const card = '<span class="person"><a href="/p/mo">Mara Olsen</a><span><span><img src="data:," alt=""><a href="/1">Olsen backs the ferry plan</a> <a href="/2">Council meets again</a></span></span></span>';
    const doc = page(`<article><p>The plan was backed by ${card} on Tuesday. ${SENTENCE}</p>${para('More.')}${para('Even more.')}</article>`);
    const body = bodyText(extractArticle(doc)!);
    expect(body).toContain('backed by Mara Olsen on Tuesday.');
    expect(body).not.toContain('Olsen backs the ferry plan');
  });

  it("drops blocks the page's JSON-LD articleBody does not have, when it has the rest", () => {
    const paras = ['The bridge will reopen in spring.', 'Traffic will be diverted.', 'The ferry runs hourly.'].map(para);
    const articleBody = paras.map((p) => p.replace(/<\/?p>/g, '')).join('\n');
    const ld = `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', articleBody })}</script>`;
    const promo = '<p>Our readers also enjoyed these stories about bridges, tunnels and ferries from across the whole region this week.</p>';
    const body = bodyText(extractArticle(page(`<article>${paras[0]}${promo}${paras[1]}${paras[2]}</article>`, ld))!);
    expect(body).not.toContain('Our readers also enjoyed');
    expect(body.split('\n\n')).toHaveLength(3);
    // Without the hint the same block stays: it is the JSON-LD that tells.
    expect(bodyText(extractArticle(page(`<article>${paras[0]}${promo}${paras[1]}${paras[2]}</article>`))!)).toContain('Our readers also enjoyed');
  });

  it("keeps to the page's microdata articleBody when Readability's choice holds it and more", () => {
    const doc = page(`<div class="page"><div itemprop="articleBody">${para('The bridge will reopen.')}${para('Traffic will be diverted.')}${para('The ferry runs hourly.')}</div>
      <div><p>Readers' letters: the bridge was always going to be late, and everyone in town knew it from the start.</p></div></div>`);
    const body = bodyText(extractArticle(doc)!);
    expect(body).toContain('The ferry runs hourly.');
    expect(body).not.toContain("Readers' letters");
  });

  it('types contributor lines, author bios and bylines that carry a date; keeps sentences that only look like them', () => {
    const doc = page(`<article>${para('The bridge will reopen.')}
      <p>By Jo Writer - 11/18/19 11:04 PM EST</p>
      <p>By Ana Roe , Li Wen on Monday, November 18th, 2019 at 11:08 a.m.</p>
      ${para('Traffic will be diverted.')}
      <p>(Reporting by Ana Roe; editing by Li Wen)</p>
      <p>Mara Olsen contributed reporting from the coast.</p>
      <p>Jo Writer is a reporter for the Harbour Gazette.</p>
      <p>By the time the ferry arrived, the bridge had been closed for a week and the town was counting the cost.</p>
      <p>Research from the port authority shows traffic fell by a third while the bridge was closed.</p>
      ${para('The ferry runs hourly.')}</article>`);
    const kinds = kindsOf(doc);
    expect(kinds).toContainEqual(['byline', 'By Jo Writer - 11/18/19 11:04 PM EST']);
    expect(kinds).toContainEqual(['byline', 'By Ana Roe , Li Wen on Monday, November 18th, 2019 at 11:08 a.m.']);
    expect(kinds).toContainEqual(['credit', '(Reporting by Ana Roe; editing by Li Wen)']);
    expect(kinds).toContainEqual(['credit', 'Mara Olsen contributed reporting from the coast.']);
    expect(kinds).toContainEqual(['byline', 'Jo Writer is a reporter for the Harbour Gazette.']);
    const body = bodyText(extractArticle(doc)!);
    expect(body).toContain('By the time the ferry arrived');
    expect(body).toContain('Research from the port authority');
  });

  it('types relative and non-English date lines, and captions that end in a picture credit', () => {
    const doc = page(`<article>
      <p>Published 3 hours ago</p>
      <p>quarta-feira, 14 de março de 2018 às 9:05</p>
      <p>Mittwoch, 14. März 2018, 09:05 Uhr</p>
      ${para('The bridge will reopen.')}
      <p>Workers on the north span in March. (Photo by Sam Lens/Norland Images)</p>
      <p>A diver checks a pier. (Agency Photo/Sam Lens, File)</p>
      ${para('Traffic will be diverted.')}${para('About 3 hours ago the tide turned.')}</article>`);
    const kinds = kindsOf(doc);
    expect(kinds).toContainEqual(['dateline', 'Published 3 hours ago']);
    expect(kinds).toContainEqual(['dateline', 'quarta-feira, 14 de março de 2018 às 9:05']);
    expect(kinds).toContainEqual(['dateline', 'Mittwoch, 14. März 2018, 09:05 Uhr']);
    expect(kinds).toContainEqual(['caption', 'Workers on the north span in March. (Photo by Sam Lens/Norland Images)']);
    expect(kinds).toContainEqual(['caption', 'A diver checks a pier. (Agency Photo/Sam Lens, File)']);
    expect(bodyText(extractArticle(doc)!)).toContain('About 3 hours ago the tide turned.');
  });

  it('drops taxonomy lines, unrendered shortcodes, gallery counters and calls to join or follow', () => {
    const doc = page(`<article>${para('The bridge will reopen.')}
      <p>Image 2 of 7</p>
      <p>[button link="/send" type="big"]Send us your photos[/button]</p>
      ${para('Traffic will be diverted.')}
      <p>If you enjoyed this article, become a member and read everything we publish.</p>
      <p>Follow @harbourdesk on the usual networks for updates.</p>
      <p>Filed under: Bridges | Ferries</p>
      ${para('The ferry runs hourly.')}</article>`);
    const body = bodyText(extractArticle(doc)!);
    for (const junk of ['Image 2 of 7', 'button', 'Send us your photos', 'enjoyed this article', '@harbourdesk', 'Filed under']) expect(body).not.toContain(junk);
    expect(body.split('\n\n')).toHaveLength(3);
  });

  it('drops a short rail label written as a paragraph, and the list of links after it', () => {
    const doc = page(`<article>${para('The bridge will reopen.')}${para('Traffic will be diverted.')}
      <p>More Great Harbour Stories</p>
      <ul><li><a href="/a">Storm closes the schools for a day while crews clear the roads</a> and more</li><li><a href="/b">Mayor resigns after a long inquiry into the council's accounts</a> today</li></ul>
      ${para('The ferry runs hourly.')}
      <p>More than forty boats joined the stories of the regatta this year, the most in a decade of news.</p></article>`);
    const body = bodyText(extractArticle(doc)!);
    for (const junk of ['More Great', 'Storm closes', 'Mayor resigns']) expect(body).not.toContain(junk);
    expect(body).toContain('More than forty boats');
  });

  it('drops a grid of story cards (picture link and a teaser, repeated) but keeps an article figure', () => {
    const card = (n: number) =>
      `<div class="card"><p><a href="/story-${n}"><img src="data:," alt=""></a></p><p>Teaser number ${n} about another story from the region this week.</p></div>`;
    const doc = page(`<article>${para('The bridge will reopen.')}
      <figure><a href="/big.jpg"><img src="data:," alt=""></a><figcaption>The north span at dawn.</figcaption></figure>
      ${para('Traffic will be diverted.')}${para('The ferry runs hourly.')}
      <div class="grid"><h2>Popular</h2>${[1, 2, 3, 4].map(card).join('')}</div></article>`);
    const a = extractArticle(doc)!;
    expect(bodyText(a)).not.toContain('Teaser number');
    expect(bodyText(a)).not.toContain('Popular');
    expect(kindsOf(doc)).toContainEqual(['caption', 'The north span at dawn.']);
  });

  it('types credit lines of their own (names between bars, a short © line, "Via" a source) but not sentences', () => {
    const doc = page(`<article>${para('The bridge will reopen.')}
      <p>Sam Lens | Norland Wire | Example Images</p>
      <p>The north span at dusk, photos © Lens Studio, 2018</p>
      <p>Via Example.info</p>
      ${para('Traffic will be diverted.')}
      <p>The council said the copyright on the old bridge drawings, held by the city since 1930, has now expired.</p>
      ${para('The ferry runs hourly.')}</article>`);
    const kinds = kindsOf(doc);
    expect(kinds).toContainEqual(['credit', 'Sam Lens | Norland Wire | Example Images']);
    expect(kinds).toContainEqual(['credit', 'The north span at dusk, photos © Lens Studio, 2018']);
    expect(kinds).toContainEqual(['credit', 'Via Example.info']);
    expect(bodyText(extractArticle(doc)!)).toContain('the copyright on the old bridge drawings');
  });

  it("drops a \"Don't miss\" rail: the label and the list after it", () => {
    const doc = page(`<article>${para('The bridge will reopen.')}${para('Traffic will be diverted.')}
      <p>DON'T MISS</p><ul><li><a href="/a">Storm closes the schools</a> for a day</li><li><a href="/b">Mayor resigns</a> after the inquiry</li></ul>
      ${para('The ferry runs hourly.')}</article>`);
    const body = bodyText(extractArticle(doc)!);
    for (const junk of ["DON'T MISS", 'Storm closes', 'Mayor resigns']) expect(body).not.toContain(junk);
    expect(body.split('\n\n')).toHaveLength(3);
  });
});
