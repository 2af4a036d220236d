// Infinite-scroll pages append the next stories under the one the reader opened, each a sibling
// <article> with its own h1 and date: Readability then reads them as one long article.
// On such a feed only the opened story stays: the one whose headline is the page's title, else
// the first. A story is told by its parts (a headline, a date or byline, body text), never by a
// site's classes.
import { collapseSpaces } from './normalize';

/** Text a sibling <article> needs to be a story of its own, not a teaser card. */
const MIN_STORY_CHARS = 500;

const norm = (s: string): string => collapseSpaces(s).toLowerCase();

function isStory(el: Element): boolean {
  if (collapseSpaces(el.textContent ?? '').length < MIN_STORY_CHARS) return false;
  // h1, not h2: a live blog's entries are h2-headed articles of one story, and all of them stay.
  const hasHeadline = el.querySelector('h1') !== null;
  const hasStamp = el.querySelector('time, [rel="author"], [itemprop="author"], [itemprop="datePublished"]') !== null;
  return hasHeadline && hasStamp;
}

/**
 * Removes from `doc` (a clone about to be read) the stories that follow the opened one in a feed:
 * sibling <article> elements that each look like a whole story. Returns how many were removed.
 */
export function keepOpenedStory(doc: Document, titles: readonly string[]): number {
  const wanted = new Set(titles.map(norm).filter(Boolean));
  let removed = 0;
  const parents = new Set(Array.from(doc.querySelectorAll('article')).map((a) => a.parentElement));
  for (const parent of parents) {
    if (!parent) continue;
    const stories = Array.from(parent.children).filter((c) => c.tagName === 'ARTICLE' && isStory(c));
    if (stories.length < 2) continue;
    const headline = (a: Element) => norm(a.querySelector('h1')?.textContent ?? '');
    const opened = stories.find((a) => wanted.has(headline(a))) ?? stories[0]!;
    for (const a of stories) {
      if (a === opened) continue;
      a.remove();
      removed++;
    }
  }
  return removed;
}
