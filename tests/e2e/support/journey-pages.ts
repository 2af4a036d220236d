// The pages of the reader's journey (tests/e2e/journey.e2e.ts): made-up articles from three outlets on
// two sites (127.0.0.1 and localhost are two sites), each with quotes of its own, beside the sample
// article and a section front that is refused until the reader asks.
import type { FixtureServer } from '../../../scripts/fixture-server';
import { articleHtml } from './article-html';

export interface JourneyArticle {
  /** Path on the fixture server. */
  path: string;
  /** Served from localhost rather than 127.0.0.1: another site. */
  otherSite: boolean;
  title: string;
  site: string;
  /** A quotation of this article only, and who said it. */
  quote: string;
  speaker: string;
}

export const MADE_UP: readonly JourneyArticle[] = [
  {
    path: 'journey/harbour.html',
    otherSite: false,
    title: 'Port keeps harbour open through winter',
    site: 'Northern Harbour Gazette',
    quote: 'The first icebreaker is already on its way from the shipyard,',
    speaker: 'Aino Lehtinen',
  },
  {
    path: 'journey/ferries.html',
    otherSite: true,
    title: 'Ferry timetable cut as the ice comes early',
    site: 'Valley Courier',
    quote: 'Every crossing we cancel leaves an island without its post,',
    speaker: 'Selma Brandt',
  },
  {
    path: 'journey/budget.html',
    otherSite: true,
    title: 'Council argues over the icebreaker bill',
    site: 'City Ledger',
    quote: 'This bill will be paid by our grandchildren,',
    speaker: 'Piet Verhoeven',
  },
];

function html(a: JourneyArticle): string {
  const extra = `“${a.quote}” said ${a.speaker}, who spoke to reporters after the meeting on Wednesday.`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${a.title} | ${a.site}</title>
<meta property="og:site_name" content="${a.site}"><meta property="og:title" content="${a.title}">
<meta property="article:published_time" content="2026-11-0${MADE_UP.indexOf(a) + 2}T08:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav><main><article>${articleHtml({ title: a.title, extraParagraphs: [extra] })}</article></main></body></html>`;
}

/** Registers the made-up articles; returns the URL of each, on its site. */
export function serveJourneyPages(server: FixtureServer): string[] {
  return MADE_UP.map((a) => {
    server.page(a.path, html(a));
    const url = server.url(a.path);
    return a.otherSite ? url.replace('127.0.0.1', 'localhost') : url;
  });
}

/** The sample article (a real news story's shape) and a section front of teasers, from tests/fixtures. */
export const SEED_PATH = 'seed-wapo-russia.html';
export const REFUSED_PATH = 'non-articles/en-section.html';
