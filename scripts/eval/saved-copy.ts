// The saved-copy evaluation (issue 28), on the dev and extraction pages, each page read as the
// extension reads it (snapshot → extraction → analysis) and compared as on a revisit:
//   - false alarms: each page loaded three times, its dynamic parts (rails, stamp, ads, related
//     links: saved-copy-pages.ts) different each time; two revisits per page, none may report a change;
//   - edits found: against the first load, the page edited by script (one word of a quote changed, a
//     paragraph removed, a sentence added, the headline changed), each to be reported with the right
//     thing flagged: the edited quote, the removed paragraph (and its quotes), the added words, the headline.
// `npx tsx scripts/eval/saved-copy.ts [--pages N] [--only SET/PAGE] [--verbose]`; the last line is machine-read.
import { analyze, prepareAnalysis } from '../../src/analysis/analyze';
import { snapshotOfHtml } from '../../src/extraction/page-snapshot';
import { extractSnapshot } from '../../src/extraction/snapshot-extraction';
import { type ArticleVersion, compareVersions, normalizeText, type VersionChange, versionOf } from '../../src/saved-copy';
import { paragraphKey } from '../../src/saved-copy/word-diff';
import { loadPages, removeParagraphWith, replaceRun, withDynamicParts } from './saved-copy-pages';

type EditKind = 'quote' | 'removed' | 'added' | 'headline';

export interface SavedCopyEval {
  revisits: number;
  falseAlarms: number;
  edits: Record<EditKind, { tried: number; found: number }>;
  /** Share of all scripted edits reported with the right thing flagged. */
  found: number;
  /** Scripted edits that left the extracted article as it was (not counted). */
  noEffect: number;
  misses: string[];
}

/** The page as the extension reads it; the article language's NER model is loaded first, as the background does. */
async function read(html: string, url: string): Promise<ArticleVersion | null> {
  const ex = extractSnapshot(snapshotOfHtml(html, url));
  if (!ex.article) return null;
  await prepareAnalysis(ex.article);
  return versionOf(ex.article, ex.article.meta, analyze(ex.article));
}

const ADDED = 'The council said a review of the decision would follow next month.';
const words = (s: string) => s.split(/\s+/).filter(Boolean);
const slice = (v: ArticleVersion, s: { start: number; end: number }) => v.text.slice(s.start, s.end);

/** One scripted edit of the page: the edited HTML, and how to tell the change was reported right. */
interface Edit {
  kind: EditKind;
  html: string;
  what: string;
  ok: (c: VersionChange, now: ArticleVersion) => boolean;
}

/** Whether a quote's words still stand, in order, in the version's text (then it is not gone). */
const stillIn = (quote: string, v: ArticleVersion) => ` ${paragraphKey(v.text)} `.includes(` ${paragraphKey(quote)} `);

function quoteEdit(html: string, saved: ArticleVersion): Edit | null {
  for (const q of saved.quotes) {
    const text = slice(saved, q);
    const w = words(text);
    if (w.length < 6) continue;
    const mid = Math.floor(w.length / 2);
    const run = w.slice(mid - 1, mid + 2);
    const edited = replaceRun(html, run, [run[0], run[1] === 'purportedly' ? 'allegedly' : 'purportedly', run[2]].join(' '));
    if (!edited) continue;
    return { kind: 'quote', html: edited, what: `quote "${text.slice(0, 60)}"`, ok: (c) => c.quotes.some((x) => x.text === text && (x.kind === 'gone' || x.kind === 'reworded')) };
  }
  return null;
}

/** Body paragraphs long enough to edit, from the middle of the article outwards. */
function paragraphs(saved: ArticleVersion, minWords: number): string[] {
  const ps = saved.blocks.filter((b) => b.kind === 'paragraph').map((b) => slice(saved, b)).filter((t) => words(t).length >= minWords);
  const mid = Math.floor(ps.length / 2);
  return [...ps.slice(mid), ...ps.slice(0, mid).reverse()];
}

function removedEdit(html: string, saved: ArticleVersion): Edit | null {
  for (const p of paragraphs(saved, 15)) {
    const edited = removeParagraphWith(html, words(p).slice(0, 6));
    if (!edited) continue;
    const start = saved.text.indexOf(p);
    const inside = saved.quotes.filter((q) => q.start >= start && q.end <= start + p.length).map((q) => slice(saved, q));
    const key = paragraphKey(normalizeText(p));
    return {
      kind: 'removed',
      html: edited,
      what: `paragraph "${p.slice(0, 60)}"`,
      // Its quotes are gone, unless their words stand elsewhere in the article too.
      ok: (c, now) =>
        c.paragraphs.some((x) => (x.op === 'removed' ? paragraphKey(x.text) === key : x.op === 'reworded' && paragraphKey(x.from) === key)) &&
        inside.every((t) => stillIn(t, now) || c.quotes.some((x) => x.text === t && x.kind === 'gone')),
    };
  }
  return null;
}

function addedEdit(html: string, saved: ArticleVersion): Edit | null {
  for (const p of paragraphs(saved, 10).slice(1)) {
    const run = words(p).slice(-4);
    const edited = replaceRun(html, run, `${run.join(' ')} ${ADDED}`);
    if (!edited) continue;
    const has = (s: string) => s.includes('review of the decision');
    return {
      kind: 'added',
      html: edited,
      what: `sentence after "${run.join(' ')}"`,
      ok: (c) => c.paragraphs.some((x) => (x.op === 'added' ? has(x.text) : x.op === 'reworded' && x.words.some((w) => w.op === 'added' && has(w.text)))),
    };
  }
  return null;
}

function headlineEdit(html: string, saved: ArticleVersion): Edit | null {
  const w = words(saved.title);
  if (w.length < 2) return null;
  const edited = replaceRun(html, w, `${w.join(' ')} amid criticism`);
  return edited === null ? null : { kind: 'headline', html: edited, what: `headline "${saved.title.slice(0, 60)}"`, ok: (c) => c.title !== null };
}

export async function runSavedCopyEval(options: { pages?: number; only?: string; verbose?: boolean } = {}): Promise<SavedCopyEval> {
  const out: SavedCopyEval = { revisits: 0, falseAlarms: 0, edits: { quote: { tried: 0, found: 0 }, removed: { tried: 0, found: 0 }, added: { tried: 0, found: 0 }, headline: { tried: 0, found: 0 } }, found: 0, noEffect: 0, misses: [] };
  for (const page of loadPages(options.pages).filter((p) => !options.only || p.id === options.only)) {
    const loads = await Promise.all([0, 1, 2].map((n) => read(withDynamicParts(page.html, n), page.url)));
    const [first, second, third] = loads;
    if (!first || !second || !third) continue;
    for (const [a, b] of [
      [first, second],
      [second, third],
    ] as const) {
      out.revisits++;
      const c = compareVersions(a, b);
      if (c.changed) {
        out.falseAlarms++;
        out.misses.push(`${page.id}: false alarm ${JSON.stringify(c).slice(0, 400)}`);
      }
    }
    const base = withDynamicParts(page.html, 1);
    for (const edit of [quoteEdit(base, first), removedEdit(base, first), addedEdit(base, first), headlineEdit(base, first)]) {
      if (!edit) continue;
      const now = await read(edit.html, page.url);
      // An edit the page's markup kept out of the article (the words stood elsewhere too) edited nothing.
      if (now && now.text === second.text && now.title === second.title) {
        out.noEffect++;
        continue;
      }
      const tally = out.edits[edit.kind];
      tally.tried++;
      const c = now ? compareVersions(first, now) : null;
      if (now && c?.changed && edit.ok(c, now)) tally.found++;
      else out.misses.push(`${page.id}: ${edit.kind} edit not reported right (${edit.what}): ${c ? JSON.stringify({ title: c.title, paragraphs: c.paragraphs.length, quotes: c.quotes.map((q) => `${q.kind}:${q.text.slice(0, 40)}`) }) : 'no article'}`);
    }
    if (options.verbose) console.error(`${page.id} done`);
  }
  const tallies = Object.values(out.edits);
  const tried = tallies.reduce((s, t) => s + t.tried, 0);
  out.found = tried ? tallies.reduce((s, t) => s + t.found, 0) / tried : 0;
  return out;
}

export function savedCopyLine(r: SavedCopyEval): string {
  const e = Object.entries(r.edits).map(([k, t]) => `${k} ${t.found}/${t.tried}`).join(', ');
  return `saved copy: revisits=${r.revisits} false_alarms=${r.falseAlarms}; edits found=${r.found.toFixed(3)} (${e}; ${r.noEffect} edits left the article as it was, not counted)`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const at = process.argv.indexOf('--pages');
  const only = process.argv.indexOf('--only');
  const verbose = process.argv.includes('--verbose');
  const r = await runSavedCopyEval({ pages: at > 0 ? Number(process.argv[at + 1]) : undefined, only: only > 0 ? process.argv[only + 1] : undefined, verbose });
  for (const m of r.misses) console.log(m);
  console.log(savedCopyLine(r));
}
