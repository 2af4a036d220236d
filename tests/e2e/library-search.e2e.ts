// Library search as a reader uses it: types a query with a typo key by key, sees the expected quote
// first with the matched words marked, moves to it with ↓ and opens the article at it with Enter.
import { expect, it } from 'vitest';
import { seedRecords } from '../../scripts/seed-records';
import { toAnnotationCollection } from '../../src/export/web-annotation';
import { plantedRecords, plantId } from '../fixtures/search-ranking';
import { artifactPath } from './support/artifacts';
import { inEachBrowser } from './support/suite';
import { until } from './support/wait';

/** Runs in the library page: messages the background as any extension page can. */
async function ask(msg: unknown): Promise<unknown> {
  type Api = { runtime: { sendMessage(m: unknown): Promise<unknown> } };
  const g = globalThis as unknown as { browser?: Api; chrome?: Api };
  return (g.browser ?? g.chrome)!.runtime.sendMessage(msg);
}

function shownHits(): { ids: string[]; marks: string[]; busy: string | null; answered: string | null } {
  const results = document.querySelector('[data-testid="search-results"]');
  const hits = [...document.querySelectorAll('[data-testid="search-results"] [data-testid="hit"]')];
  return {
    ids: hits.map((h) => h.getAttribute('data-id') ?? ''),
    marks: [...(hits[0]?.querySelectorAll('mark') ?? [])].map((m) => m.textContent ?? ''),
    busy: results?.getAttribute('aria-busy') ?? null,
    answered: results?.getAttribute('data-answered') ?? null,
  };
}

function opened(): { hash: string; target: string | null; focused: string | null } {
  return {
    hash: location.hash,
    target: document.querySelector('[data-annotation-id].target')?.getAttribute('data-annotation-id') ?? null,
    focused: document.activeElement?.getAttribute('data-annotation-id') ?? null,
  };
}

/** Runs in an extension page (the database's origin): is the search index stored, and how long is the log of writes since? */
async function storedIndex(): Promise<{ snapshot: boolean; logged: number }> {
  // (Plain IndexedDB and no named helpers: this function is sent to the page as its source.)
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open('quotelight');
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  try {
    const tx = db.transaction(['searchSnapshot', 'searchLog'], 'readonly');
    const keys = tx.objectStore('searchSnapshot').getAllKeys();
    const count = tx.objectStore('searchLog').count();
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    return { snapshot: keys.result.length > 0, logged: count.result };
  } finally {
    db.close();
  }
}

function libraryJson(): string {
  const data = plantedRecords();
  for (const chunk of seedRecords({ articles: 20, annotations: 400, seed: 3 })) {
    data.articles.push(...chunk.articles);
    data.annotations.push(...chunk.annotations);
  }
  return JSON.stringify(toAnnotationCollection(data.articles, data.annotations, { id: 'urn:e2e', pageId: 'urn:e2e:1', generatedAt: Date.UTC(2025, 0, 1) }));
}

inEachBrowser('library search', (env, name) => {
  it('finds a quote from a query with a typo as it is typed, and opens the article at it', async () => {
    const lib = await env().browser.openExtensionPage('src/library/index.html');
    await lib.waitFor('#app');
    const imported = (await lib.evaluate(ask, { type: 'library/import', json: libraryJson() })) as { annotations?: number; error?: string };
    expect(imported.error).toBeUndefined();
    await lib.reload();
    await lib.waitFor('[data-testid="article"]');

    await lib.click('#library-search');
    for (const key of 'peskof pipeline') await lib.press(key);
    const shown = await until(
      () => lib.evaluate(shownHits, null),
      (s) => s.answered === 'peskof pipeline' && s.busy === 'false',
    );
    expect(shown.ids[0]).toBe(plantId('pipeline'));
    expect(shown.marks.map((m) => m.toLowerCase())).toContain('pipeline');
    await lib.screenshot(artifactPath(name, 'library-search-typo.png'));

    await lib.press('ArrowDown');
    await lib.press('Enter');
    const at = await until(
      () => lib.evaluate(opened, null),
      (o) => o.target !== null,
    );
    expect(at.target).toBe(plantId('pipeline'));
    expect(at.focused).toBe(plantId('pipeline'));
    expect(decodeURIComponent(at.hash)).toContain('https://planted.example/pipeline');
    expect(lib.consoleErrors).toEqual([]);
    await lib.close();
  });

  it('stores the index when the library closes; a background started again searches from it', async () => {
    const lib = await env().browser.openExtensionPage('src/library/index.html');
    await lib.waitFor('#app');
    const imported = (await lib.evaluate(ask, { type: 'library/import', json: libraryJson() })) as { error?: string };
    expect(imported.error).toBeUndefined();
    await lib.close(); // the keep-alive port drops: the background stores the index

    const other = await env().browser.openExtensionPage('src/library/index.html');
    await other.waitFor('#app');
    const stored = await until(
      () => other.evaluate(storedIndex, null),
      (s) => s.snapshot && s.logged === 0,
    );
    expect(stored).toEqual({ snapshot: true, logged: 0 });
    await env().browser.stopBackground?.();
    const hits = (await other.evaluate(ask, { type: 'library/search', query: 'peskof pipeline', limit: 3 })) as { annotation: { id: string } }[];
    expect(hits[0]?.annotation.id).toBe(plantId('pipeline'));
    expect(other.consoleErrors).toEqual([]);
    await other.close();
  });
});
