import { describe, expect, it } from 'vitest';
import { keepOpenedStory } from '../../../src/extraction/feed';
import { htmlDocument } from '../../../src/extraction/html-document';

// An invented feed: each story a sibling <article> with its own h1, date and text.
const TEXT = 'The valley railway will run a night train from May, the operator said, after a year of trials on the line. ';
const story = (title: string, heading = 'h1') =>
  `<article><${heading}>${title}</${heading}><time datetime="2025-05-01">1 May 2025</time><p>${TEXT.repeat(6)}</p></article>`;
const headlines = (doc: Document) => Array.from(doc.querySelectorAll('article')).map((a) => a.querySelector('h1, h2')?.textContent);

describe('keepOpenedStory', () => {
  it('keeps only the opened story of a feed: the one titled like the page', () => {
    const doc = htmlDocument(`<body><main>${story('Bridge works delayed')}${story('Night train to run from May')}${story('Ferry fares rise')}</main></body>`);
    expect(keepOpenedStory(doc, ['Night train to run from May'])).toBe(2);
    expect(headlines(doc)).toEqual(['Night train to run from May']);
  });

  it('keeps the first story when no headline matches the title', () => {
    const doc = htmlDocument(`<body><main>${story('First story')}${story('Second story')}</main></body>`);
    keepOpenedStory(doc, ['Something else']);
    expect(headlines(doc)).toEqual(['First story']);
  });

  it("leaves a live blog's h2-headed entries and short teaser cards alone", () => {
    const blog = htmlDocument(`<body><main>${story('10:02 Trains stopped', 'h2')}${story('10:15 Service resumes', 'h2')}</main></body>`);
    expect(keepOpenedStory(blog, ['Live: rail strike'])).toBe(0);
    const cards = htmlDocument(`<body><main>${story('The story')}<article><h1>Teaser</h1><time>today</time><p>One line.</p></article></main></body>`);
    expect(keepOpenedStory(cards, ['The story'])).toBe(0);
  });
});
