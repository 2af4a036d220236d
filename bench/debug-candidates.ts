// Debug aid: each quote containing a word, its candidates, their probabilities and their top-weighted features.
//   npx tsx bench/debug-candidates.ts page.html "some words"
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { analyze } from '../src/analysis/analyze';
import { rank, type RankerModel } from '../src/analysis/attribution/ranker';
import model from '../src/analysis/models/speaker-ranker.json';
import { extractArticle } from '../src/extraction/extract-article';

const { document } = parseHTML(readFileSync(process.argv[2] ?? '', 'utf8')) as unknown as { document: Document };
const a = extractArticle(document)!;
const want = process.argv[3]?.toLowerCase() ?? '';
const m = model as unknown as RankerModel;
analyze(a, {
  choose: (choice) => {
    const r = rank(m, choice.features);
    const text = a.text.slice(choice.start, choice.end);
    if (text.toLowerCase().includes(want)) {
      console.log(`\n${JSON.stringify(text.slice(0, 70))}`);
      choice.candidates.forEach((c, i) => {
        const top = choice.features[i]!.map((f) => [f, m.weights[f] ?? 0] as const).filter(([, w]) => w !== 0).sort((x, y) => Math.abs(y[1]) - Math.abs(x[1])).slice(0, 8);
        console.log(`  ${r.probabilities[i]!.toFixed(3)} ${c.kind} ${c.entity?.name ?? c.unnamed ?? c.ref?.text ?? ''} :: ${top.map(([f, w]) => `${f}=${w.toFixed(2)}`).join(' ')}`);
      });
    }
    return r;
  },
});
