// The scripted evaluation of quotes across articles (issue 16), from PolNeAR's gold quotes in
// ../shared/eval/polnear-train and polnear-dev. Pairs, each with the answer known by construction:
//   - same words: a quote against itself with other marks (curly/straight), case, spacing and
//     punctuation, and against a trimmed part of it (words cut at the start and/or end);
//   - worded differently: a word dropped, changed or added inside it, words left out at an ellipsis,
//     a sentence or clause truncated before the rest goes on, a clause moved to the other end;
//   - different: two quotes of one speaker in one article (two statements; pairs sharing a run of
//     four words are left out, as they may repeat one statement).
// Every pair goes through the index as a lookup would: each pair's second quote is stored, among all
// the corpus's quotes as distractors, and the first is looked up; a pair not found is "different".
// `npx tsx scripts/eval/quotes-across.ts` prints the line; `--real N [file]` also lists N real
// cross-outlet matches found in polnear-train (for reading and judging by hand).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MIN_FUZZY_WORDS, QuoteMatchIndex, quoteWords } from '../../src/quotes-across';
import { NOBODY, parseSpeaker } from '../../src/shared/speaker-value';
import { rng } from '../rng';

const EVAL = new URL('../../../shared/eval/', import.meta.url).pathname;

interface GoldQuote {
  text: string;
  speaker: string | null;
  kind: string;
}

export interface CorpusQuote {
  page: string;
  text: string;
  speaker: string | null;
}

export function loadQuotes(sets: readonly string[]): CorpusQuote[] {
  const out: CorpusQuote[] = [];
  for (const set of sets) {
    const dir = join(EVAL, set);
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.gold.json')).sort()) {
      const gold = JSON.parse(readFileSync(join(dir, f), 'utf8')) as { quotes: GoldQuote[] };
      for (const q of gold.quotes) if (q.kind === 'direct' || q.kind === 'partial') out.push({ page: `${set}/${f.slice(0, -10)}`, text: q.text, speaker: q.speaker });
    }
  }
  return out;
}

type Label = 'same' | 'reworded' | 'different';
interface Pair {
  a: string;
  b: string;
  label: Label;
  edit: string;
}

/** Words of a quote as written, split on spaces (the edits work on these). */
const spaced = (t: string) => t.trim().split(/\s+/);
/** A spaced token that is a word, not a dash or an ellipsis on its own. */
const isWord = (t: string | undefined) => t !== undefined && /[\p{L}\p{N}]/u.test(t);

function typographic(text: string, r: () => number): string {
  let t = text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"');
  if (t === text) t = text.replace(/'/g, '’').replace(/"/g, '”');
  if (r() < 0.5) t = t.toLowerCase();
  if (r() < 0.5) t = t.replace(/ /g, '  ');
  if (r() < 0.5) t = t.replace(/(?<!\d)[,;:](?=\S)/g, ' ').replace(/(?<!\d)[,;:]/g, '');
  return r() < 0.5 ? `“${t}”` : `${t}.`;
}

/** Edits that keep the words (the answer is "same"), and edits that change them ("reworded"). */
export function makePairs(quotes: readonly CorpusQuote[], seed = 16): Pair[] {
  const r = rng(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
  const vocabulary = [...new Set(quotes.flatMap((q) => spaced(q.text)).filter((w) => /^[a-z]{3,}$/.test(w)))].sort();
  const other = (w: string) => {
    for (;;) {
      const x = vocabulary[Math.floor(r() * vocabulary.length)]!;
      if (x !== w.toLowerCase()) return x;
    }
  };
  const seen = new Set<string>();
  const pairs: Pair[] = [];
  for (const q of quotes) {
    const key = quoteWords(q.text).words.join(' ');
    const w = spaced(q.text);
    if (seen.has(key) || quoteWords(q.text).words.length < 6) continue;
    seen.add(key);
    const a = q.text;
    pairs.push({ a, b: typographic(a, r), label: 'same', edit: 'marks' });
    if (w.length >= 10) {
      const from = int(0, 2);
      const to = w.length - int(from === 0 ? 1 : 0, 2);
      pairs.push({ a, b: w.slice(from, to).join(' '), label: 'same', edit: 'trimmed' });
    }
    if (w.length < 8) continue;
    // Positions of words inside the quote (an end cut is a trim, not a change; a lone dash is no word).
    const inside = w.map((x, k) => (k > 0 && k < w.length - 1 && isWord(x) ? k : -1)).filter((k) => k >= 0);
    const anyWord = w.map((x, k) => (isWord(x) ? k : -1)).filter((k) => k >= 0);
    const at = inside[int(0, inside.length - 1)]!;
    pairs.push({ a, b: [...w.slice(0, at), ...w.slice(at + 1)].join(' '), label: 'reworded', edit: 'dropped' });
    const ch = anyWord[int(0, anyWord.length - 1)]!;
    pairs.push({ a, b: [...w.slice(0, ch), other(w[ch]!), ...w.slice(ch + 1)].join(' '), label: 'reworded', edit: 'changed' });
    const ad = inside[int(0, inside.length - 1)]!;
    pairs.push({ a, b: [...w.slice(0, ad), other(''), ...w.slice(ad)].join(' '), label: 'reworded', edit: 'added' });
    if (w.length >= 12) {
      const n = int(2, Math.min(6, w.length - 8));
      const s = int(2, w.length - n - 2);
      if (w.slice(s, s + n).some(isWord)) pairs.push({ a, b: [...w.slice(0, s), r() < 0.5 ? '…' : '...', ...w.slice(s + n)].join(' '), label: 'reworded', edit: 'ellipsis' });
    }
    // A truncated sentence or clause: its last words cut, the quote going on after it.
    const stops = w.map((x, k) => (k >= 4 && k < w.length - 3 && isWord(x) && /\w[.,;:]$/.test(x) ? k : -1)).filter((k) => k >= 0);
    const stop = stops[int(0, stops.length - 1)];
    const cut = stop === undefined ? 0 : int(1, Math.min(3, stop - 3));
    if (stop !== undefined && w.slice(stop + 1 - cut, stop + 1).every(isWord)) {
      const kept = w.slice(0, stop + 1 - cut);
      kept[kept.length - 1] = `${kept.at(-1)!.replace(/[.,;:]$/, '')}${w[stop]!.at(-1)}`;
      pairs.push({ a, b: [...kept, ...w.slice(stop + 1)].join(' '), label: 'reworded', edit: 'truncated' });
    }
    const commas = w.map((x, k) => (k >= 2 && k < w.length - 3 && x.endsWith(',') ? k : -1)).filter((k) => k >= 0);
    if (commas.length > 0) {
      const c = commas[int(0, commas.length - 1)]!;
      const first = w.slice(0, c + 1).join(' ').replace(/,$/, '');
      const second = w.slice(c + 1).join(' ').replace(/[.!?]$/, '');
      pairs.push({ a, b: `${second}, ${first}.`, label: 'reworded', edit: 'moved' });
    }
  }
  // A quote of under six words matches only word for word (MIN_FUZZY_WORDS): an edit leaving fewer is no test of wording.
  const kept = pairs.filter((p) => quoteWords(p.b).words.length >= MIN_FUZZY_WORDS);
  pairs.length = 0;
  pairs.push(...kept);
  // Different statements: two quotes of one speaker (same surname) in one article.
  const byArticle = new Map<string, CorpusQuote[]>();
  for (const q of quotes) if (q.speaker && !q.speaker.startsWith('unnamed')) byArticle.set(q.page, [...(byArticle.get(q.page) ?? []), q]);
  const surname = (s: string) => s.trim().split(/\s+/).at(-1)!.toLowerCase();
  for (const list of byArticle.values()) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const [x, y] = [list[i]!, list[j]!];
        if (surname(x.speaker!) !== surname(y.speaker!)) continue;
        const wx = quoteWords(x.text).words;
        const wy = quoteWords(y.text).words;
        if (wx.length < 6 || wy.length < 6 || sharesRun(wx, wy, 6)) continue;
        pairs.push({ a: x.text, b: y.text, label: 'different', edit: 'other statement' });
      }
    }
  }
  return pairs;
}

function sharesRun(x: string[], y: string[], n: number): boolean {
  const runs = new Set<string>();
  for (let k = 0; k + n <= x.length; k++) runs.add(x.slice(k, k + n).join(' '));
  for (let k = 0; k + n <= y.length; k++) if (runs.has(y.slice(k, k + n).join(' '))) return true;
  return false;
}

export interface AcrossFigures {
  sameP: number;
  sameR: number;
  rewordedP: number;
  rewordedR: number;
  differentAsSame: number;
  pairs: Record<Label, number>;
  errors: { pair: Pair; got: Label }[];
}

export function evaluate(pairs: readonly Pair[], distractors: readonly CorpusQuote[]): AcrossFigures {
  const index = new QuoteMatchIndex();
  distractors.forEach((q, k) => {
    index.put({ id: `d:${k}`, articleId: q.page, text: q.text, speaker: parseSpeaker(q.speaker) });
  });
  pairs.forEach((p, k) => {
    index.put({ id: `b:${k}`, articleId: `pair:${k}`, text: p.b, speaker: NOBODY });
  });
  const tally = { same: { tp: 0, pred: 0, gold: 0 }, reworded: { tp: 0, pred: 0, gold: 0 } };
  let differentFound = 0;
  const count: Record<Label, number> = { same: 0, reworded: 0, different: 0 };
  const errors: AcrossFigures['errors'] = [];
  pairs.forEach((p, k) => {
    const got: Label = index.lookup(p.a, null).find((m) => m.quote.id === `b:${k}`)?.kind ?? 'different';
    count[p.label]++;
    if (got !== p.label) errors.push({ pair: p, got });
    if (p.label === 'different' && got !== 'different') differentFound++;
    for (const l of ['same', 'reworded'] as const) {
      if (got === l) tally[l].pred++;
      if (p.label === l) tally[l].gold++;
      if (got === l && p.label === l) tally[l].tp++;
    }
  });
  const ratio = (x: number, y: number) => (y === 0 ? 1 : x / y);
  return {
    sameP: ratio(tally.same.tp, tally.same.pred),
    sameR: ratio(tally.same.tp, tally.same.gold),
    rewordedP: ratio(tally.reworded.tp, tally.reworded.pred),
    rewordedR: ratio(tally.reworded.tp, tally.reworded.gold),
    differentAsSame: ratio(differentFound, count.different),
    pairs: count,
    errors,
  };
}

export function acrossLine(f: AcrossFigures): string {
  return `across articles: same P=${f.sameP.toFixed(3)} R=${f.sameR.toFixed(3)}; worded differently P=${f.rewordedP.toFixed(3)} R=${f.rewordedR.toFixed(3)}; different-as-same ${(100 * f.differentAsSame).toFixed(2)}%`;
}

export function runAcrossEval(): AcrossFigures {
  const quotes = loadQuotes(['polnear-train', 'polnear-dev']);
  return evaluate(makePairs(quotes), quotes);
}

/** Real matches between articles of different outlets in polnear-train, as text to read. */
export function realMatches(limit: number): string {
  const quotes = loadQuotes(['polnear-train']);
  const index = new QuoteMatchIndex();
  quotes.forEach((q, k) => {
    index.put({ id: String(k), articleId: q.page, text: q.text, speaker: parseSpeaker(q.speaker) });
  });
  const outlet = (page: string) => page.split('/')[1]!.split('_')[0]!;
  const found: string[] = [];
  const done = new Set<string>();
  const reworded: string[] = [];
  const same: string[] = [];
  quotes.forEach((q, k) => {
    for (const m of index.lookup(q.text, q.page)) {
      const other = quotes[Number(m.quote.id)]!;
      const key = [k, Number(m.quote.id)].sort((x, y) => x - y).join('-');
      if (outlet(other.page) === outlet(q.page) || done.has(key)) continue;
      done.add(key);
      const diff = m.diff
        .filter((p) => p.op !== 'same')
        .map((p) => (p.op === 'changed' ? `changed "${p.from.join(' ')}" → "${p.to.join(' ')}"` : `${p.op}${'elided' in p && p.elided ? ' (at an ellipsis)' : ''} "${p.words.join(' ')}"`))
        .join('; ');
      const entry = [
        `- **${m.kind === 'same' ? 'same words' : 'worded differently'}**${m.trimmed ? ` (trimmed: ${m.trimmed})` : ''}${diff ? ` — ${diff}` : ''}`,
        `  - ${q.page} (${q.speaker ?? 'no speaker'}): “${q.text}”`,
        `  - ${other.page} (${other.speaker ?? 'no speaker'}): “${other.text}”`,
      ].join('\n');
      // Same words of under six words are mostly terms in quotes; the list shows statements.
      if (m.kind === 'reworded') reworded.push(entry);
      else if (m.shared >= MIN_FUZZY_WORDS) same.push(entry);
    }
  });
  // Worded differently first (the harder call), then the same words, `limit` in all.
  const r = rng(16);
  const pick = (xs: string[], n: number) => [...xs].sort(() => r() - 0.5).slice(0, n);
  const nr = Math.min(reworded.length, Math.ceil(limit / 2));
  found.push(...pick(reworded, nr), ...pick(same, limit - nr));
  return `${same.length} same-words (six words or more) and ${reworded.length} worded-differently cross-outlet matches in polnear-train; ${found.length} of them, drawn at random:\n\n${found.join('\n')}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const f = runAcrossEval();
  console.log(acrossLine(f));
  console.log(`pairs: ${JSON.stringify(f.pairs)}; errors ${f.errors.length}`);
  if (process.argv.includes('--errors')) for (const e of f.errors) console.log(`${e.pair.label} (${e.pair.edit}) → ${e.got}\n  A: ${e.pair.a}\n  B: ${e.pair.b}`);
  const at = process.argv.indexOf('--real');
  if (at >= 0) {
    const text = realMatches(Number(process.argv[at + 1] ?? 20));
    const file = process.argv[at + 2];
    if (file) writeFileSync(file, text);
    else console.log(text);
  }
}
