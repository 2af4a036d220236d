import { describe, expect, it } from 'vitest';
import { collectBlocks } from '../../../src/extraction/blocks';
import { cleanBlocks, type PageHints } from '../../../src/extraction/boilerplate';
import { densestRegion, guardChoice, isSitePrompt } from '../../../src/extraction/fallback';
import { htmlDocument } from '../../../src/extraction/html-document';
import { SENTENCES } from './eastholm';

// Synthetic pages: an invented town's news, so no rule can be fitted to a real site.
const para = (i: number) => `<p>${SENTENCES[i % SENTENCES.length]} ${SENTENCES[(i + 1) % SENTENCES.length]}</p>`;
const paras = (from: number, n: number) => Array.from({ length: n }, (_, i) => para(from + i)).join('\n');
const MENU = '<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>';
const NEWSLETTER =
  '<div class="box"><p>Sign up for our free newsletter and get the morning briefing delivered to your email address every weekday.</p></div>';

const hints = (articleBody: string | null = null): PageHints => ({ titles: ['Ferry to run twice a day'], bylines: [], articleBody });
const blocksOf = (doc: Document, selector: string) => cleanBlocks(collectBlocks(doc.querySelector(selector)!), hints());
const ld = (body: string) => `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', articleBody: body })}</script>`;
const plain = (from: number, n: number) => Array.from({ length: n }, (_, i) => `${SENTENCES[(from + i) % 6]} ${SENTENCES[(from + i + 1) % 6]}`).join('\n\n');

describe('isSitePrompt', () => {
  it("recognises the site's boxes in several languages and leaves news sentences alone", () => {
    expect(isSitePrompt('We use cookies to improve your experience.')).toBe(true);
    expect(isSitePrompt('Jetzt den Newsletter abonnieren und nichts verpassen.')).toBe(true);
    expect(isSitePrompt('ニュースレターを登録すると続きが読めます')).toBe(true);
    expect(isSitePrompt(SENTENCES[0]!)).toBe(false);
  });
});

describe('densestRegion', () => {
  it("picks the article's box, not the body with its menus and prompts", () => {
    const doc = htmlDocument(`<body>${MENU}<div id="side">${NEWSLETTER}</div><div id="story">${paras(0, 6)}</div>${MENU}</body>`);
    expect(densestRegion(doc.body)?.id).toBe('story');
  });
});

describe('guardChoice', () => {
  it('keeps the chosen text when it is the article', () => {
    const doc = htmlDocument(`<body>${MENU}<article>${paras(0, 6)}</article></body>`);
    const chosen = blocksOf(doc, 'article');
    const out = guardChoice(doc, chosen, hints());
    expect(out.fallback).toBeNull();
    expect(out.blocks).toBe(chosen);
  });

  it('falls back to the densest text region when the choice is a newsletter box', () => {
    const doc = htmlDocument(`<body>${MENU}<div id="side">${NEWSLETTER}</div><div id="story">${paras(0, 6)}</div></body>`);
    const out = guardChoice(doc, blocksOf(doc, '#side'), hints());
    expect(out.fallback?.source).toBe('text-region');
    expect(out.fallback?.reason).toMatch(/densest text region/);
    expect(out.blocks.map((b) => b.text).join(' ')).toContain(SENTENCES[3]);
  });

  it('falls back when nothing was chosen at all', () => {
    const doc = htmlDocument(`<body>${MENU}<div id="story">${paras(0, 6)}</div></body>`);
    expect(guardChoice(doc, [], hints()).fallback?.source).toBe('text-region');
  });

  it('takes the blocks the JSON-LD body vouches for when the choice is its first section only', () => {
    const doc = htmlDocument(
      `<head>${ld(plain(0, 8))}</head><body>${MENU}<section id="a">${paras(0, 2)}</section><h2>What the crews say</h2><section id="b">${paras(2, 6)}</section></body>`,
    );
    const out = guardChoice(doc, blocksOf(doc, '#a'), hints(plain(0, 8)));
    expect(out.fallback?.source).toBe('json-ld');
    const texts = out.blocks.map((b) => b.text);
    expect(texts).toContain('What the crews say');
    expect(texts.length).toBeGreaterThanOrEqual(9);
  });

  it("reads a body the page keeps hidden only when its JSON-LD says that is the article", () => {
    const body = `${MENU}<p id="teaser">${SENTENCES[0]}</p><div hidden>${paras(1, 6)}</div>`;
    const withLd = htmlDocument(`<head>${ld(plain(1, 6))}</head><body>${body}</body>`);
    const out = guardChoice(withLd, blocksOf(withLd, '#teaser'), hints(plain(1, 6)));
    expect(out.fallback?.source).toBe('json-ld');
    expect(out.fallback?.reason).toMatch(/hidden/);
    expect(out.blocks.length).toBeGreaterThanOrEqual(6);

    const withoutLd = htmlDocument(`<body>${body}</body>`);
    const kept = guardChoice(withoutLd, blocksOf(withoutLd, '#teaser'), hints());
    expect(kept.fallback).toBeNull();
  });
});

describe('collectBlocks includeHidden', () => {
  it('skips hidden text unless asked', () => {
    const doc = htmlDocument(`<body><p>${SENTENCES[0]}</p><div hidden><p>${SENTENCES[1]}</p></div></body>`);
    expect(collectBlocks(doc.body).map((b) => b.text)).toEqual([SENTENCES[0]]);
    expect(collectBlocks(doc.body, { includeHidden: true }).map((b) => b.text)).toEqual([SENTENCES[0], SENTENCES[1]]);
  });
});
