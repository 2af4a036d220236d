// Pages that are not simply there at load: an article that arrives late, one that a framework
// re-renders, and one full of markup and script payloads inside its quotes and names.
import { expect, it } from 'vitest';
import { artifactPath, POPUP_CLIP } from './support/artifacts';
import { articleHtml, page as pageHtml } from './support/article-html';
import { probeHighlights } from './support/page-probes';
import { inEachBrowser } from './support/suite';
import { until } from './support/wait';

const quoteTexts = (p: ReturnType<typeof probeHighlights>) =>
  Object.entries(p.groups)
    .filter(([g]) => g.startsWith('ql-quote-'))
    .flatMap(([, r]) => r);

/** Every painted range still points into the live document (not nodes a re-render threw away). */
function rangesConnected(): boolean {
  const reg = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
  let ok = true;
  // The fixture pages paint nothing themselves: every highlight is Quotelight's.
  reg.forEach((h) => {
    h.forEach((r) => {
      ok &&= r.startContainer.isConnected && r.endContainer.isConnected;
    });
  });
  return ok;
}

inEachBrowser('changing pages', (env, name) => {
  it('highlights an article that arrives 2 s after load', async () => {
    const { browser, server } = env();
    const article = JSON.stringify(`<article>${articleHtml()}</article>`);
    server.page('late.html', pageHtml('<div id="root">Loading…</div>', `setTimeout(() => { document.getElementById('root').innerHTML = ${article}; }, 2000);`));
    const page = await browser.newPage();
    await page.goto(server.url('late.html'));
    const probe = await until(
      () => page.evaluate(probeHighlights, 'article'),
      (p) => quoteTexts(p).length >= 3,
    );
    expect(quoteTexts(probe)).toContain('We will keep the harbour open through the winter, whatever the cost,');
    expect(page.consoleErrors).toEqual([]);
    await page.close();
  });

  it('keeps working while the page re-renders its article, without console errors', async () => {
    const { browser, server } = env();
    const article = JSON.stringify(articleHtml());
    // Like a React app: the same article re-rendered into fresh nodes, again and again.
    const script = `const root = document.getElementById('root'); let n = 0;
      const render = () => { root.innerHTML = '<article>' + ${article} + '</article>'; window.__renders = ++n; if (n < 6) setTimeout(render, 700); };
      render();`;
    server.page('rerender.html', pageHtml('<div id="root"></div>', script));
    const page = await browser.newPage();
    await page.goto(server.url('rerender.html'));
    // Let the page finish its re-renders: what is checked is the state after the last one.
    await until(
      () => page.evaluate(() => (window as unknown as { __renders?: number }).__renders ?? 0, null),
      (n) => n >= 6,
    );
    const probe = await until(
      () => page.evaluate(probeHighlights, 'article'),
      (p) => quoteTexts(p).length >= 3,
    );
    expect(quoteTexts(probe).length).toBeGreaterThanOrEqual(3);
    expect(await until(() => page.evaluate(rangesConnected, null), (ok) => ok)).toBe(true);
    expect(page.consoleErrors).toEqual([]);
    await page.close();
  });

  it('never runs script payloads found in quotes and names, in the page or the popup', async () => {
    const { browser, server } = env();
    const hostile = [
      '“&lt;img src=x onerror=window.__pwned=1&gt; is what they sent us,” said Harriet Okonkwo, reading the message aloud to reporters who had gathered at the gate.',
      'A man who called himself &lt;script&gt;window.__pwned=2&lt;/script&gt; Smith said: “Close the &lt;/script&gt; port now, and do it before the storm arrives in the morning.”',
      'The union posted a link, <a href="javascript:window.__pwned=3">click here</a>, and said it had “no idea &lt;b onmouseover=window.__pwned=4&gt;who&lt;/b&gt; wrote it” in the first place.',
    ];
    const url = server.url('hostile.html');
    server.page('hostile.html', pageHtml(`<article>${articleHtml({ extraParagraphs: hostile })}</article>`));
    const page = await browser.newPage();
    await page.goto(url);
    const probe = await until(
      () => page.evaluate(probeHighlights, 'article'),
      (p) => quoteTexts(p).some((q) => q.includes('onerror')),
    );
    expect(quoteTexts(probe).join('\n')).toContain('<img src=x onerror=window.__pwned=1> is what they sent us,');
    const tabId = await browser.tabIdOf(url);
    const popup = await browser.openExtensionPage(`src/popup/index.html?tab=${tabId}`);
    await popup.waitFor('details.speaker');
    const popupState = await popup.evaluate(
      () => ({
        pwned: (window as unknown as { __pwned?: number }).__pwned ?? null,
        images: [...document.images].map((i) => i.getAttribute('src')),
        scripts: document.querySelectorAll('main script, main a[href^="javascript:"]').length,
        text: document.body.textContent ?? '',
      }),
      null,
    );
    expect(popupState.pwned).toBeNull();
    expect(popupState.images).toEqual(['/assets/icon-32.png']);
    expect(popupState.scripts).toBe(0);
    expect(popupState.text).toContain("<img src=x onerror=window.__pwned=1>");
    await popup.screenshot(artifactPath(name, 'popup-hostile.png'), POPUP_CLIP);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned ?? null, null)).toBeNull();
    await popup.close();
    await page.close();
  });

  it('never paints inside editable text, and leaves a giant page alone until asked', async () => {
    const { browser, server } = env();
    const editable =
      '<p contenteditable="true">“We must reopen the ward before the winter,” said Ada Lindqvist, a nurse at the clinic, in a draft the editors were still changing.</p>';
    server.page('editable.html', pageHtml(`<article>${articleHtml({ extraParagraphs: [editable] })}</article>`));
    const page = await browser.newPage();
    await page.goto(server.url('editable.html'));
    await until(
      () => page.evaluate(probeHighlights, 'article'),
      (p) => quoteTexts(p).length >= 3,
    );
    const inEditable = await page.evaluate(() => {
      const reg = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
      const hits: string[] = [];
      reg.forEach((h) => {
        h.forEach((r) => {
          if (r.startContainer.parentElement?.closest('[contenteditable]')) hits.push(r.toString());
        });
      });
      return hits;
    }, null);
    expect(inEditable).toEqual([]);
    // It was found (the popup lists it), only not painted.
    const editableTab = await browser.tabIdOf(server.url('editable.html'));
    const listing = await browser.openExtensionPage(`src/popup/index.html?tab=${editableTab}`);
    await listing.waitFor('details.speaker');
    expect(await listing.text('section[aria-labelledby="quotes-h"]')).toContain('We must reopen the ward before the winter');
    await listing.close();
    await page.close();

    const huge = Array.from({ length: 16_000 }, (_, i) => `<p>Paragraph ${i} of a very long listing page with nothing anyone said in it at all, only words.</p>`).join('');
    const url = server.url('huge.html');
    server.page('huge.html', pageHtml(`<article>${huge}</article>`));
    const big = await browser.newPage();
    await big.goto(url);
    const tabId = await browser.tabIdOf(url);
    const popup = await browser.openExtensionPage(`src/popup/index.html?tab=${tabId}`);
    await popup.waitFor('button.analyse-anyway');
    expect(await popup.text('.state')).toContain('very large');
    await popup.close();
    await big.close();
  });
});
