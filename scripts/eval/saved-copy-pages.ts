// The pages of the saved-copy evaluation (scripts/eval/saved-copy.ts), as a browser would receive them
// on different visits: the page's own dynamic parts changed between loads (a rotating rail of other
// stories, an "Updated" stamp, ad slots, a related-links box), or the article itself edited by script.
// Every string inserted here is generic page furniture, nothing of any eval page.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

const EVAL = new URL('../../../shared/eval/', import.meta.url).pathname;

export interface EvalPage {
  id: string;
  url: string;
  html: string;
}

export function loadPages(limit = Number.POSITIVE_INFINITY): EvalPage[] {
  const dev = readdirSync(join(EVAL, 'dev'))
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f) => ({ id: `dev/${f.slice(0, -5)}`, url: `https://news.example/${f.slice(0, -5)}`, html: readFileSync(join(EVAL, 'dev', f), 'utf8') }));
  const truth = JSON.parse(readFileSync(join(EVAL, 'extraction', 'ground-truth.json'), 'utf8')) as Record<string, { url: string }>;
  const extraction = Object.keys(truth)
    .sort()
    .map((id) => ({ id: `extraction/${id}`, url: truth[id]!.url, html: gunzipSync(readFileSync(join(EVAL, 'extraction', 'pages', `${id}.html.gz`))).toString('utf8') }));
  return [...dev, ...extraction].slice(0, limit);
}

const STORIES = ['Council approves new budget', 'Storm expected this weekend', 'Local team wins final', 'Markets close higher', 'Five things to know today', 'Museum reopens after repairs', 'Rail strike called off', 'New study on sleep'];

/** After the n-th match of `re` (or at the end when there are fewer), `insert` is put in. */
function insertAfterNth(html: string, re: RegExp, n: number, insert: string): string {
  let seen = 0;
  let at = -1;
  for (const m of html.matchAll(re)) {
    at = m.index + m[0].length;
    if (++seen === n) break;
  }
  return at < 0 ? html : html.slice(0, at) + insert + html.slice(at);
}

/** The page as loaded on visit `load`: the same article, with this visit's rails, stamp and ads. */
export function withDynamicParts(html: string, load: number): string {
  const pick = (k: number) => STORIES[(load * 3 + k) % STORIES.length]!;
  const minute = String((load * 17) % 60).padStart(2, '0');
  const rail = `<aside class="most-read"><h2>Most read</h2><ol>${[0, 1, 2, 3].map((k) => `<li><a href="/story/${load}-${k}">${pick(k)}</a></li>`).join('')}</ol></aside>`;
  const stamp = `<p class="updated">Updated ${8 + (load % 12)}:${minute} GMT, ${1 + (load % 28)} December 2026</p>`;
  const ad = `<div class="ad-slot"><p>Advertisement</p><iframe src="https://ads.example/slot?load=${load}" width="300" height="250"></iframe></div>`;
  const related = `<div class="related"><p>Read more: <a href="/story/${load}-r">${pick(5)}</a></p></div>`;
  let out = html.replace(/<body[^>]*>/i, (m) => `${m}<header class="ticker"><a href="/story/${load}-t">${pick(7)}</a></header>`);
  out = insertAfterNth(out, /<\/h1>/gi, 1, stamp);
  out = insertAfterNth(out, /<\/p>/gi, 3, ad);
  out = insertAfterNth(out, /<\/p>/gi, 6, related);
  return out.replace(/<\/body>/i, (m) => `${rail}${m}`);
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A run of words as a page's HTML writes it: separated by any whitespace. */
export function runPattern(words: readonly string[]): RegExp {
  return new RegExp(words.map(escapeRe).join('\\s+'), 'g');
}

/** `html` with every occurrence of the words replaced, or null when the page does not write them as plain text. */
export function replaceRun(html: string, words: readonly string[], replacement: string): string | null {
  const re = runPattern(words);
  return re.test(html) ? html.replace(re, replacement) : null;
}

/** `html` without the <p> that holds this run of words, or null when there is none (or more than one: which one went would be unknown). */
export function removeParagraphWith(html: string, words: readonly string[]): string | null {
  const all = [...html.matchAll(runPattern(words))];
  if (all.length !== 1) return null;
  const m = all[0]!;
  const open = html.lastIndexOf('<p', m.index);
  const close = html.indexOf('</p>', m.index);
  // The <p> must enclose the run and no other paragraph may start between them.
  if (open < 0 || close < 0 || /<p[\s>]/i.test(html.slice(open + 2, m.index)) || !/^<p[\s>]/i.test(html.slice(open, open + 3))) return null;
  return html.slice(0, open) + html.slice(close + 4);
}
