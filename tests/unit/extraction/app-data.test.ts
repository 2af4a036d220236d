import { describe, expect, it } from 'vitest';
import { appDataBlocks } from '../../../src/extraction/app-data';
import { bodyText } from '../../../src/extraction/extract-article';
import { htmlDocument } from '../../../src/extraction/html-document';
import { snapshotOfHtml, withoutScriptsAndStyles } from '../../../src/extraction/page-snapshot';
import { extractSnapshot } from '../../../src/extraction/snapshot-extraction';
import { SENTENCES } from './eastholm';

const paragraphs = Array.from({ length: 8 }, (_, i) => `${SENTENCES[i % 6]} ${SENTENCES[(i + 1) % 6]}`);
const HEAD = '<head><title>Ferry to run twice a day</title><meta property="og:type" content="article"></head>';
const SHELL = '<h1>Ferry to run twice a day</h1><p>Loading…</p>';
const nextPage = (data: unknown, body = SHELL) =>
  `<!doctype html><html>${HEAD}<body><div id="__next">${body}</div><script id="__NEXT_DATA__" type="application/json">${JSON.stringify(data)}</script></body></html>`;

describe('appDataBlocks', () => {
  it('reads the longest HTML body in the Next.js data', () => {
    const html = paragraphs.map((p) => `<p>${p}</p>`).join('');
    const doc = htmlDocument(nextPage({ props: { pageProps: { story: { title: 'Ferry', teaser: '<p>Short.</p>', body: html } } } }));
    expect(appDataBlocks(doc).map((b) => b.text)).toEqual(paragraphs);
  });

  it('reads a list of paragraph blocks when the data has no HTML', () => {
    const blocks = paragraphs.map((text, i) => ({ type: 'paragraph', id: i, text }));
    const doc = htmlDocument(nextPage({ props: { pageProps: { content: blocks, related: [{ title: 'Bridge closes' }] } } }));
    expect(appDataBlocks(doc).map((b) => b.text)).toEqual(paragraphs);
  });

  it('reads nothing from data that is not JSON', () => {
    const doc = htmlDocument(`<html><body><script id="__NEXT_DATA__" type="application/json">{oops</script></body></html>`);
    expect(appDataBlocks(doc)).toEqual([]);
  });
});

describe('a Next.js page whose HTML holds no body', () => {
  const data = { props: { pageProps: { story: { body: paragraphs.map((p) => `<p>${p}</p>`).join('') } } } };

  it('is read from its data, and the result says so', () => {
    const { article } = extractSnapshot(snapshotOfHtml(nextPage(data), 'https://example.test/ferry'));
    expect(article?.fallback?.source).toBe('app-data');
    expect(bodyText(article!)).toBe(paragraphs.join('\n\n'));
  });

  it('keeps its rendered body when it has one (the data is not read)', () => {
    const rendered = `<h1>Ferry to run twice a day</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}`;
    const { article } = extractSnapshot(snapshotOfHtml(nextPage(data, rendered), 'https://example.test/ferry'));
    expect(article?.fallback).toBeUndefined();
    expect(bodyText(article!)).toBe(paragraphs.join('\n\n'));
  });

  it("keeps the data in a saved page's snapshot but not in the live page's", () => {
    const html = nextPage(data);
    expect(snapshotOfHtml(html, 'x').html).toContain('pageProps');
    expect(withoutScriptsAndStyles(html)).not.toContain('pageProps');
  });
});
