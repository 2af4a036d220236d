import { readFileSync } from 'node:fs';
import { articleTextOf, pageIds, readPage, pageCounts, precision, recall } from '../scripts/eval/extraction';
const b = JSON.parse(readFileSync('/tmp/qlx/browser.json', 'utf8')) as Record<string, string>;
const truth = JSON.parse(readFileSync('../shared/eval/extraction/ground-truth.json', 'utf8'));
let same = 0;
const rowsB: any[] = [];
for (const id of pageIds()) {
  const l = articleTextOf(readPage(id), `${id}.html`);
  rowsB.push(pageCounts(truth[id].articleBody, b[id]!));
  if (l === b[id]) { same++; continue; }
  const cb = pageCounts(truth[id].articleBody, b[id]!), cl = pageCounts(truth[id].articleBody, l);
  console.log(id, 'browser', b[id]!.length, precision(cb).toFixed(2), recall(cb).toFixed(2), 'cli', l.length, precision(cl).toFixed(2), recall(cl).toFixed(2));
}
console.log('same', same);
