// The CLI reads a saved page as the extension's worker reads the content script's snapshot: it
// refuses what the extension refuses, and carries the same "looks wrong" notice.
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../../src/cli/analyze-page';
import { printFooterPage } from '../../fixtures/print-footer-page';

describe('analyzePage', () => {
  it('says why a page is not an article and analyses it only with force', async () => {
    const html = '<!doctype html><html><head><title>Shop</title></head><body><p>Buy now.</p></body></html>';
    expect(await analyzePage(html, 'shop.html')).toMatchObject({ title: 'Shop', verdict: { isArticle: false, reason: 'too-little-text' }, text: '', quotes: [] });
    expect(await analyzePage(html, 'shop.html', { force: true })).toMatchObject({ verdict: { isArticle: true, reason: 'forced' }, text: 'Buy now.' });
  });

  it('carries the notice when the article found is a sliver of the page, and reads the whole page on request', async () => {
    const picked = (await analyzePage(printFooterPage(), 'story.html')) as { notice: { kind: string; message: string }; quotes: unknown[] };
    expect(picked.notice).toMatchObject({ kind: 'short-extraction', message: expect.stringContaining('may have picked the wrong part of the page') });
    expect(picked.quotes).toEqual([]);
    const whole = (await analyzePage(printFooterPage(), 'story.html', { force: true, scope: 'page' })) as { notice: unknown; verdict: { scope: string }; quotes: { speaker: string | null }[] };
    expect(whole.notice).toBeNull();
    expect(whole.verdict.scope).toBe('page');
    expect(whole.quotes.map((q) => q.speaker)).toContain('Amara Lindqvist');
  });

  it('reads a French page with the French tagger', async () => {
    const html = `<!doctype html><html lang="fr"><head><title>Grève</title></head><body><article><h1>Grève à Lyon</h1>${'<p>« Nous ne signerons pas », a déclaré Marie Dubois, la ministre du Travail, mardi à Lyon devant les syndicats réunis.</p>'.repeat(6)}</article></body></html>`;
    const out = (await analyzePage(html, 'greve.html', { force: true })) as { actors: { name: string; type: string }[] };
    expect(out.actors.map((a) => `${a.type}:${a.name}`)).toContain('person:Marie Dubois');
  });
});
