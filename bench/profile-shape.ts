// Times one worst-case shape at one size, for profiling a stage (a script, not part of the bench):
//   node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx bench/profile-shape.ts "repeated “a,” he said." 1000000
import { analyze } from '../src/analysis/analyze';
import { realArticle, SHAPES } from './worst-case-shapes';

const [shape = 'real', size = '1000000', runs = '3'] = process.argv.slice(2);
const make = shape === 'real' ? realArticle : SHAPES[shape];
if (!make) throw new Error(`unknown shape ${shape}; one of: real, ${Object.keys(SHAPES).join(', ')}`);
analyze(make(2000)); // warm-up: compromise's lexicons load on first use
const article = make(Number(size));
for (let i = 0; i < Number(runs); i++) {
  const t0 = performance.now();
  analyze(article);
  console.log(`${shape} @ ${article.text.length} chars: ${(performance.now() - t0).toFixed(0)} ms`);
}
