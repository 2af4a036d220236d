// The library page end to end: a saved article with a note is listed with its counts, found by a word
// of the note, a speaker leads to everything they said, a JSON export imports back after Forget
// (twice without duplicates), and a malformed file is refused with one line and changes nothing.
import { expect, it } from 'vitest';
import type { TestPage } from './support/browsers';
import { artifactPath } from './support/artifacts';
import { captureDownloads, capturedDownloads, chooseImportFile } from './support/library-page';
import { highlightWithNote, waitForQuotes } from './support/reader-actions';
import { inEachBrowser } from './support/suite';
import { until } from './support/wait';

const PASSAGE = 'Some analysts fear that Russia’s insistence on demands';
const NOTE = 'Pretext argument: check the analysts named.';

// ---------- functions evaluated in the library page (self-contained) ----------

/** Messages the background as any extension page can. */
async function ask(msg: unknown): Promise<unknown> {
  type Api = { runtime: { sendMessage(m: unknown): Promise<unknown> } };
  const g = globalThis as unknown as { browser?: Api; chrome?: Api };
  return (g.browser ?? g.chrome)!.runtime.sendMessage(msg);
}

function typeSearch(q: string): boolean {
  const input = document.querySelector<HTMLInputElement>('#library-search');
  if (!input) return false;
  input.value = q;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  return true;
}

function statusLine(): { text: string; kind: string } | null {
  const el = document.querySelector('[role="alert"]');
  return el ? { text: el.textContent ?? '', kind: el.className } : null;
}

function listedArticles(): { title: string; counts: string; href: string | null }[] {
  return [...document.querySelectorAll('[data-testid="article"]')].map((li) => ({
    title: li.querySelector('h3')?.textContent ?? '',
    counts: li.querySelector('[data-testid="counts"]')?.textContent ?? '',
    href: li.querySelector('a.external')?.getAttribute('href') ?? null,
  }));
}

function textsOf(selector: string): string[] {
  return [...document.querySelectorAll(selector)].map((e) => e.textContent ?? '');
}

function clickFirst(args: { selector: string; text?: string }): boolean {
  const els = [...document.querySelectorAll<HTMLElement>(args.selector)];
  const el = args.text === undefined ? els[0] : els.find((e) => (e.textContent ?? '').includes(args.text!));
  el?.click();
  return el !== undefined;
}

// ---------- the test ----------

async function makeNote(env: ReturnType<Parameters<Parameters<typeof inEachBrowser>[1]>[0]>, url: string): Promise<number> {
  const { browser } = env;
  const page = await browser.newPage();
  await page.goto(url);
  await waitForQuotes(page);
  const tabId = await browser.tabIdOf(url);
  const ext = await browser.openExtensionPage('src/library/index.html');
  await ext.waitFor('#app');
  await highlightWithNote(page, ext, tabId, PASSAGE, NOTE, '#pretext');
  const saved = (await ext.evaluate(ask, { type: 'ui/save-article', tabId })) as { id?: string; error?: string };
  expect(saved.error).toBeUndefined();
  await ext.close();
  return tabId;
}

async function articleCount(lib: TestPage, url: string): Promise<number> {
  const r = (await lib.evaluate(ask, { type: 'library/article', url })) as { annotations: unknown[] } | null;
  return r ? r.annotations.length : -1;
}

inEachBrowser('library page', (env, name) => {
  it('lists, searches, follows a speaker, exports, forgets and imports back', async () => {
    const url = env().server.url('seed-wapo-russia.html');
    await makeNote(env(), url);

    const lib = await env().browser.openExtensionPage('src/library/index.html');
    await lib.waitFor('[data-testid="article"]');
    const [listed] = await lib.evaluate(listedArticles, null);
    expect(listed?.title).toContain('Russia threatens to scuttle talks');
    expect(listed?.counts).toMatch(/[1-9]\d* quotes · 0 highlights · 1 note$/);
    expect(listed?.href).toBe(url);
    const rel = await lib.evaluate(() => document.querySelector('a.external')?.getAttribute('rel'), null);
    expect(rel).toBe('noopener noreferrer');
    await lib.screenshot(artifactPath(name, 'library.png'));
    const stored = await articleCount(lib, url);
    expect(stored).toBeGreaterThan(1);

    // Search a word of the note: the note is found under its article.
    expect(await lib.evaluate(typeSearch, 'pretext')).toBe(true);
    const hits = await until(
      () => lib.evaluate(textsOf, '[data-testid="search-results"] [data-testid="hit"]'),
      (t) => t.some((x) => x.includes(NOTE)),
    );
    expect(hits.some((x) => x.includes(NOTE) && x.includes(PASSAGE))).toBe(true);
    expect(await lib.evaluate(textsOf, '[data-testid="search-results"] [data-testid="hit-group"] h3')).toEqual([listed!.title]);
    await lib.screenshot(artifactPath(name, 'library-search.png'));
    expect(await lib.evaluate(typeSearch, '')).toBe(true);

    // The article's detail: quotes by speaker; a speaker's name leads to everything they said.
    await lib.click('[data-testid="article"] button.open-detail');
    await lib.waitFor('[data-testid="article-detail"] .speaker-group button.speaker-name');
    expect(await lib.evaluate(textsOf, '[data-testid="article-detail"] [data-testid="reader-item"] .note')).toEqual([NOTE]);
    const speaker = (await lib.evaluate(textsOf, '[data-testid="article-detail"] button.speaker-name'))[0]!;
    const inDetail = await lib.evaluate(
      (s) =>
        [...document.querySelectorAll('.speaker-group')]
          .filter((g) => g.querySelector('button.speaker-name')?.textContent === s)
          // The quote's words, without its speaker-certainty mark (the speaker view shows that beside them).
          .flatMap((g) =>
            [...g.querySelectorAll('li')].map((li) => {
              const words = li.cloneNode(true) as Element;
              for (const mark of words.querySelectorAll('.certainty')) mark.remove();
              return (words.textContent ?? '').trim();
            }),
          ),
      speaker,
    );
    await lib.screenshot(artifactPath(name, 'library-detail.png'));
    expect(await lib.evaluate(clickFirst, { selector: '[data-testid="article-detail"] button.speaker-name' })).toBe(true);
    await lib.waitFor('[data-testid="speaker-view"] [data-testid="hit"]');
    expect(await lib.text('#speaker-title')).toBe(`Everything ${speaker} said`);
    const spoken = await lib.evaluate(textsOf, '[data-testid="speaker-view"] .hit-text');
    expect(spoken).toEqual(expect.arrayContaining(inDetail));
    const links = await lib.evaluate(() => [...document.querySelectorAll('[data-testid="speaker-view"] a.external')].map((a) => a.getAttribute('href')), null);
    expect(links).toEqual([url]);
    await lib.screenshot(artifactPath(name, 'library-speaker.png'));
    await lib.click('button.back');
    await lib.waitFor('[data-testid="article"]');

    // Whole-library export as Web Annotation JSON, through the button.
    expect(await lib.evaluate(captureDownloads, null)).toBe(true);
    await lib.click('.brand button[data-format="json"]');
    const downloads = await until(
      () => lib.evaluate(capturedDownloads, null),
      (d) => d.texts.length === 1,
    );
    expect(downloads.names[0]).toMatch(/\.json(ld)?$/);
    const exported = downloads.texts[0]!;
    expect(exported).toContain(NOTE);

    // Forget, with its confirm step.
    await lib.click('[data-testid="article"] button.forget');
    await lib.click('[data-testid="article"] button.confirm-yes');
    await until(
      () => lib.evaluate(listedArticles, null),
      (l) => l.length === 0,
    );
    expect(await articleCount(lib, url)).toBe(-1);

    // Import the export back: the article and the note return.
    expect(await lib.evaluate(chooseImportFile, { name: 'export.json', content: exported })).toBe(1);
    const imported = await until(
      () => lib.evaluate(statusLine, null),
      (s) => s?.text.startsWith('Imported') ?? false,
    );
    expect(imported?.text).toBe(
      `Imported ${stored} annotations from 1 article: ${stored} added, 0 replaced by the file's newer version, 0 kept (yours were newer), 0 skipped (already there)`,
    );
    const back = await until(
      () => lib.evaluate(listedArticles, null),
      (l) => l.length === 1,
    );
    expect(back[0]?.counts).toBe(listed?.counts);
    expect(await articleCount(lib, url)).toBe(stored);
    expect(await lib.evaluate(typeSearch, 'pretext')).toBe(true);
    await until(
      () => lib.evaluate(textsOf, '[data-testid="search-results"] [data-testid="hit"]'),
      (t) => t.some((x) => x.includes(NOTE)),
    );
    await lib.evaluate(typeSearch, '');

    // A second import of the same file creates nothing new.
    await lib.evaluate(() => document.querySelector('[role="alert"]')?.remove(), null);
    await lib.evaluate(chooseImportFile, { name: 'export.json', content: exported });
    const again = await until(
      () => lib.evaluate(statusLine, null),
      (s) => s?.text.startsWith('Imported') ?? false,
    );
    expect(again?.text).toContain(`0 added, 0 replaced by the file's newer version, 0 kept (yours were newer), ${stored} skipped (already there)`);
    expect(await articleCount(lib, url)).toBe(stored);
    expect((await lib.evaluate(listedArticles, null)).map((a) => a.counts)).toEqual([listed?.counts]);

    // A malformed file: one line in the alert, nothing changed.
    await lib.evaluate(chooseImportFile, { name: 'broken.json', content: '{"type": "AnnotationCollection", "items": [' });
    const refused = await until(
      () => lib.evaluate(statusLine, null),
      (s) => s?.kind.includes('error') ?? false,
    );
    expect(refused?.text.length).toBeGreaterThan(0);
    expect(refused?.text).not.toMatch(/\n/);
    expect(await articleCount(lib, url)).toBe(stored);
    expect((await lib.evaluate(listedArticles, null)).map((a) => a.counts)).toEqual([listed?.counts]);
    await lib.screenshot(artifactPath(name, 'library-import-error.png'));
    expect(lib.consoleErrors).toEqual([]);
    await lib.close();
  });
});
