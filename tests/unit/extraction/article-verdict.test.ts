// The one "is this an article?" decision and the "looks wrong" check: the pure rules, what the page
// declares, and both through extractSnapshot as the extension's worker and the CLI call it.
import { describe, expect, it } from 'vitest';
import { articleVerdict, type ChosenText, extractionNotice, MAX_AUTO_CHARS, tooLargeToRead } from '../../../src/extraction/article-verdict';
import { htmlDocument } from '../../../src/extraction/html-document';
import { snapshotOfHtml } from '../../../src/extraction/page-snapshot';
import { declaredType, pageTextChars } from '../../../src/extraction/page-signals';
import { extractSnapshot } from '../../../src/extraction/snapshot-extraction';
import { printFooterPage } from '../../fixtures/print-footer-page';

const prose = (proseWords: number, teaserLinks = 0): ChosenText => ({ bodyWords: proseWords, proseWords, teaserLinks });
const verdict = (chosen: ChosenText | null, declared: Parameters<typeof articleVerdict>[0]['declared'] = null, force = false) =>
  articleVerdict({ force, pageChars: 10_000, declared, chosen });

describe('articleVerdict', () => {
  it('takes a page with running text and few links to other stories as an article', () => {
    expect(verdict(prose(600, 6))).toEqual({ isArticle: true, reason: 'article-text' });
  });

  it('refuses a page whose text is a headline and a blurb per story', () => {
    // 20 teasers with 30 words each: a list of stories, not an article that cites 20 of them.
    expect(verdict(prose(600, 20))).toEqual({ isArticle: false, reason: 'list-of-stories' });
    expect(verdict(prose(1000, 20)).isArticle).toBe(true);
  });

  it('refuses an undeclared page with only a few lines of text, and a page with no body text at all', () => {
    expect(verdict(prose(40))).toEqual({ isArticle: false, reason: 'too-little-text' });
    expect(verdict(null)).toEqual({ isArticle: false, reason: 'no-text' });
    expect(verdict({ bodyWords: 0, proseWords: 0, teaserLinks: 0 }, 'schema-article').reason).toBe('no-text');
  });

  it('believes a schema.org Article however short (briefs, paywalled teasers), og:type article unless plainly a list', () => {
    expect(verdict(prose(12, 30), 'schema-article')).toEqual({ isArticle: true, reason: 'declared-article' });
    expect(verdict(prose(60, 11), 'og-article').isArticle).toBe(true);
    expect(verdict(prose(300, 20), 'og-article')).toEqual({ isArticle: false, reason: 'list-of-stories' });
  });

  it('refuses a page that declares itself a collection, search results or a profile', () => {
    expect(verdict(prose(500), 'listing')).toEqual({ isArticle: false, reason: 'declared-listing' });
  });

  it('refuses a page too large to read unless the reader asked, and the reader always gets the analysis they asked for', () => {
    expect(tooLargeToRead(MAX_AUTO_CHARS + 1, false)).toBe(true);
    expect(tooLargeToRead(MAX_AUTO_CHARS + 1, true)).toBe(false);
    expect(articleVerdict({ force: false, pageChars: MAX_AUTO_CHARS + 1, declared: 'schema-article', chosen: prose(900) }).reason).toBe('too-large');
    expect(verdict(prose(5, 40), 'listing', true)).toEqual({ isArticle: true, reason: 'forced' });
  });
});

describe('extractionNotice', () => {
  it('speaks when the chosen text is under a third of the page’s running text, on a page with enough of it', () => {
    expect(extractionNotice(68, 2400)).toEqual({ kind: 'short-extraction', articleWords: 68, pageWords: 2400 });
    expect(extractionNotice(900, 2400)).toBeNull();
    // A brief on a page whose furniture outweighs it is not a wrong pick.
    expect(extractionNotice(60, 190)).toBeNull();
  });
});

describe('page signals', () => {
  const doc = (head: string, body = '') => htmlDocument(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`);
  const ld = (x: object) => `<script type="application/ld+json">${JSON.stringify(x)}</script>`;

  it('reads the page’s own type: schema.org over og:type, teasers in a list are not the page', () => {
    expect(declaredType(doc(ld({ '@type': 'NewsArticle' })))).toBe('schema-article');
    expect(declaredType(doc(ld({ '@graph': [{ '@type': 'WebSite' }, { '@type': ['ReportageNews'] }] })))).toBe('schema-article');
    expect(declaredType(doc(ld({ '@type': 'CollectionPage', hasPart: [{ '@type': 'NewsArticle' }] })))).toBe('listing');
    expect(declaredType(doc(`<meta property="og:type" content="article">${ld({ '@type': 'SearchResultsPage' })}`))).toBe('listing');
    expect(declaredType(doc('<meta property="og:type" content="article">'))).toBe('og-article');
    expect(declaredType(doc('<meta property="og:type" content="website">'))).toBeNull();
    expect(declaredType(doc('<script type="application/ld+json">{not json</script>'))).toBeNull();
    const items = '<div itemscope itemtype="https://schema.org/NewsArticle"><p>x</p></div>'.repeat(4);
    expect(declaredType(doc('', items))).toBe('listing');
    expect(declaredType(doc('', '<article itemscope itemtype="http://schema.org/NewsArticle"><div itemprop="author" itemscope itemtype="http://schema.org/Person"></div></article>'))).toBe('schema-article');
  });

  it('measures the page’s text without its scripts and styles', () => {
    expect(pageTextChars(doc('', `<p>Twelve chars</p><script>${'x'.repeat(5000)}</script><style>p{}</style><noscript>abc</noscript>`))).toBe(12);
  });
});

describe('extractSnapshot: one decision for the worker and the CLI', () => {
  const LIST = Array.from(
    { length: 20 },
    (_, i) => `<div class="card"><h3><a href="/s/${i}">Council weighs a new plan for the harbour number ${i}</a></h3><p>The council met again on Tuesday to weigh the plan, which residents oppose.</p></div>`,
  ).join('');
  const front = `<!doctype html><html lang="en"><head><title>The Harbour Courier</title><meta property="og:type" content="website"></head><body><nav><a href="/">Home</a></nav><main>${LIST}</main></body></html>`;

  it('refuses a front page of teasers, and analyses it when the reader asks', () => {
    const refused = extractSnapshot(snapshotOfHtml(front, 'https://example.org/'));
    expect(refused).toMatchObject({ isArticle: false, article: null, verdict: { reason: 'list-of-stories' } });
    expect(extractSnapshot(snapshotOfHtml(front, 'https://example.org/', true)).article).not.toBeNull();
  });

  it('notices a print footer picked over a long story, and reads the whole page when asked', () => {
    const picked = extractSnapshot(snapshotOfHtml(printFooterPage(), 'https://example.org/story'));
    expect(picked.isArticle).toBe(true);
    expect(picked.article!.wordCount).toBeLessThan(100);
    expect(picked.notice).toMatchObject({ kind: 'short-extraction', articleWords: picked.article!.wordCount });
    expect(picked.notice!.pageWords).toBeGreaterThan(2000);
    const whole = extractSnapshot(snapshotOfHtml(printFooterPage(), 'https://example.org/story', true, 'page'));
    expect(whole).toMatchObject({ isArticle: true, scope: 'page', notice: null });
    expect(whole.article!.text).toContain('Nobody expected a phone call to matter this much');
    expect(whole.article!.wordCount).toBeGreaterThan(2000);
  });
});
