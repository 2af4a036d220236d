// An article that grows after it was first read: paragraphs loaded lazily into the box after it,
// and a "read more" section revealed. Both must end up extracted, analysed and painted.
import { expect, it } from 'vitest';
import { articleHtml, page as pageHtml } from './support/article-html';
import { probeHighlights } from './support/page-probes';
import { inEachBrowser } from './support/suite';
import { until } from './support/wait';

const LAZY = 'The ferries will run every hour until March, the port authority announced later on Tuesday evening.';
const LAZY_QUOTE = 'We will not leave the islands cut off again';
const MORE_QUOTE = 'The icebreakers are the cheapest insurance this city has ever bought';

const quoteTexts = (p: ReturnType<typeof probeHighlights>) =>
  Object.entries(p.groups)
    .filter(([g]) => g.startsWith('ql-quote-'))
    .flatMap(([, r]) => r);

inEachBrowser('growing article', (env) => {
  it('reads paragraphs loaded after the first read and a revealed "read more" section', async () => {
    const { browser, server } = env();
    const body = `<article><div id="lead">${articleHtml()}</div><div id="rest"></div>
<div id="more" style="display:none"><p>“${MORE_QUOTE},” said Harriet Okonkwo, who has run the port authority for a decade and asked for the ships in her first budget.</p></div>
<button id="read-more">Read more</button></article>`;
    const script = `setTimeout(() => {
  const p = document.createElement('p');
  p.textContent = ${JSON.stringify(`${LAZY} “${LAZY_QUOTE},” Okonkwo said in a statement posted on the authority's website.`)};
  document.getElementById('rest').append(p);
}, 1500);
document.getElementById('read-more').addEventListener('click', () => { document.getElementById('more').style.display = ''; });`;
    server.page('growing.html', pageHtml(body, script));
    const page = await browser.newPage();
    await page.goto(server.url('growing.html'));
    const first = await until(
      () => page.evaluate(probeHighlights, 'article'),
      (p) => quoteTexts(p).some((q) => q.startsWith(LAZY_QUOTE)),
    );
    expect(quoteTexts(first).some((q) => q.startsWith(LAZY_QUOTE))).toBe(true);
    expect(quoteTexts(first).some((q) => q.startsWith(MORE_QUOTE))).toBe(false);
    await page.click('#read-more');
    const all = await until(
      () => page.evaluate(probeHighlights, 'article'),
      (p) => quoteTexts(p).some((q) => q.startsWith(MORE_QUOTE)),
    );
    expect(quoteTexts(all).some((q) => q.startsWith(MORE_QUOTE))).toBe(true);
    expect(quoteTexts(all).some((q) => q.startsWith(LAZY_QUOTE))).toBe(true);
    expect(all.outsideArticle).toEqual([]);
    await page.close();
  });
});
