// Debug aid: for extraction-benchmark pages, each extracted block marked by how much of it the
// ground truth holds (word 4-grams), then the ground-truth paragraphs the extraction missed.
//   npx tsx bench/debug-extraction.ts ID [ID...]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { htmlDocument } from '../src/extraction/html-document';
import { bodyText, extractArticle } from '../src/extraction/extract-article';
import { DEFAULT_DIR, readPage } from '../scripts/eval/extraction';

const truth = JSON.parse(readFileSync(join(DEFAULT_DIR, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string; url: string }>;
const words = (s: string) => (s.match(/[\p{L}\p{N}_]+/gu) ?? []).map((w) => w);
const grams = (s: string) => {
  const w = words(s);
  const out = new Set<string>();
  for (let i = 0; i < Math.max(1, w.length - 3); i++) out.add(w.slice(i, i + 4).join(' '));
  return out;
};
const share = (s: string, bag: Set<string>) => {
  const g = [...grams(s)];
  return g.length ? g.filter((x) => bag.has(x)).length / g.length : 1;
};

for (const id of process.argv.slice(2)) {
  const t = truth[id]!;
  const a = extractArticle(htmlDocument(readPage(id)), `${id}.html`);
  console.log(`\n=== ${id} ${t.url}`);
  if (!a) {
    console.log('  no article');
    continue;
  }
  const gold = grams(t.articleBody);
  for (const b of a.blocks) {
    const s = a.text.slice(b.start, b.end);
    const k = share(s, gold);
    console.log(`${k > 0.5 ? '  ok ' : '  XX '}${b.kind.padEnd(10)} ${s.slice(0, 150).replace(/\n/g, ' ')}`);
  }
  const got = grams(bodyText(a));
  for (const para of t.articleBody.split(/\n+/)) if (words(para).length >= 4 && share(para, got) < 0.5) console.log(`  MISSING ${para.slice(0, 150)}`);
}
