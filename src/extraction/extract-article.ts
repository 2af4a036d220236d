// Article extraction: Readability on a clone of the page, typed text blocks from its output, then
// block-level boilerplate removal with the page's own hints. The live document is never touched;
// offsets map back through dom-text-map.ts.
import { Readability } from '@mozilla/readability';
import type { TextBlock } from '../analysis/types';
import { collectBlocks, type RawBlock } from './blocks';
import { BODY_KINDS, cleanBlocks } from './boilerplate';
import { guardChoice } from './fallback';
import { keepOpenedStory } from './feed';
import { jsonLdArticleBody, markMicrodataBody } from './hints';
import { articleLanguage } from '../analysis/lang/detect';
import { languageClaims } from './language-claims';
import { readMeta } from './meta';
import { ALL_ON, type RulesOff } from './rules';
import { collapseSpaces } from './normalize';
import { wordsIn } from './text-units';
import type { ArticleMeta, ExtractedArticle } from './types';

export const BLOCK_SEPARATOR = '\n\n';

export function extractArticle(doc: Document, url?: string): ExtractedArticle | null {
  return readArticle(doc, url)?.article ?? null;
}

export interface ReadOptions {
  /** Rules left out (the ablation only). */
  off?: RulesOff;
}

/** The article and its cleaned blocks as extracted (with each block's link share, which the verdict reads). */
export interface ReadArticle {
  article: ExtractedArticle;
  blocks: RawBlock[];
  /** Headline-like links (4 to 30 words) in the content Readability chose: teasers, when it chose a list of stories. */
  teaserLinks: number;
}

/** extractArticle, keeping the blocks it was built from. */
export function readArticle(doc: Document, url?: string, { off = ALL_ON }: ReadOptions = {}): ReadArticle | null {
  // Readability mutates the document it is given: always hand it a deep clone.
  const clone = doc.cloneNode(true) as Document;
  // A feed of stories: only the opened one is read, by Readability and by the guard alike.
  const pageTitle = doc.querySelector('meta[property="og:title"]')?.getAttribute('content') ?? doc.title ?? '';
  const page = !off.has('feed') && keepOpenedStory(clone, [pageTitle, doc.querySelector('h1')?.textContent ?? '']) > 0 ? (clone.cloneNode(true) as Document) : doc;
  if (!off.has('microdata')) markMicrodataBody(clone);
  const articleBody = jsonLdArticleBody(doc);
  let parsed: ReturnType<Readability<Element>['parse']>;
  try {
    // Classes stay: blocks.ts reads them (caption, byline, share, related…).
    parsed = new Readability<Element>(clone, { serializer: (el) => el as Element, charThreshold: 200, keepClasses: true }).parse();
  } catch (e) {
    // A crash is not "no article here": the caller tells the reader it could not read the page.
    throw new Error(`Readability could not read this page (${e instanceof Error ? e.message : String(e)})`, { cause: e });
  }
  const meta = readMeta(
    doc,
    parsed ? { title: parsed.title, byline: parsed.byline, siteName: parsed.siteName, publishedTime: parsed.publishedTime, lang: parsed.lang } : {},
    url,
  );
  const hints = {
    titles: [meta.title, parsed?.title ?? '', collapseSpaces(doc.querySelector('h1')?.textContent ?? '')],
    bylines: [parsed?.byline ?? '', meta.byline ?? ''],
    articleBody,
  };
  const chosen = parsed?.content ? cleanBlocks(collectBlocks(parsed.content, { off }), hints, off) : [];
  // Never far less than the page evidently holds: JSON-LD's body, then the densest text region.
  const { blocks: raw, fallback, region } = guardChoice(page, chosen, hints, off);
  const article = articleFromBlocks(raw, meta, doc, parsed?.lang);
  if (!article) return null;
  if (fallback) article.fallback = fallback;
  // Teasers are counted where the text came from (a list of stories stays a list when the region is taken).
  const source = region ?? parsed?.content;
  return { article, blocks: raw, teaserLinks: source ? teaserLinks(source) : 0 };
}

/** Links whose text reads like a headline (4 to 30 words): on a list of stories, one per story. */
export function teaserLinks(root: Element): number {
  let n = 0;
  for (const a of Array.from(root.querySelectorAll('a[href]'))) {
    const w = collapseSpaces(a.textContent ?? '').split(' ').length;
    if (w >= 4 && w <= 30) n++;
  }
  return n;
}

/**
 * The article text of cleaned blocks, blank-line separated; null when none of them is body text. Its
 * language is the page's claims (`doc`, Readability's `lang`) checked against the body text.
 */
export function articleFromBlocks(raw: RawBlock[], meta: ArticleMeta, doc: Document, readabilityLang?: string | null): ExtractedArticle | null {
  const blocks: TextBlock[] = [];
  const parts: string[] = [];
  let offset = 0;
  for (const b of raw) {
    if (parts.length) offset += BLOCK_SEPARATOR.length;
    blocks.push({ kind: b.kind, start: offset, end: offset + b.text.length });
    parts.push(b.text);
    offset += b.text.length;
  }
  if (!blocks.some((b) => BODY_KINDS.has(b.kind))) return null;
  const text = parts.join(BLOCK_SEPARATOR);
  const wordCount = wordsIn(text);
  const lang = articleLanguage(languageClaims(doc, readabilityLang).claims, bodyText({ text, blocks })).lang;
  return { title: meta.title, text, blocks, meta, wordCount, lang };
}

/** The article's body as the reader reads it: body blocks only (no captions, credits, bylines, dates), blank-line separated. */
export function bodyText(article: Pick<ExtractedArticle, 'text' | 'blocks'>): string {
  return article.blocks
    .filter((b) => BODY_KINDS.has(b.kind))
    .map((b) => article.text.slice(b.start, b.end))
    .join(BLOCK_SEPARATOR);
}
