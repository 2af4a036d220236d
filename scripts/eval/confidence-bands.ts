// `npx tsx scripts/eval/confidence-bands.ts [set…]`: where to draw the line between a speaker the
// reader can trust and one to check. For each candidate threshold, on each set (default
// polnear-dev and dev), the speakers shown with a name or a description, split at the threshold:
// how many fall below, how often those below and those above are right, and what share of all
// the wrong speakers the "check" mark would catch. The bands on screen (src/shared/confidence.ts)
// come from this table; docs/confidence.md says why.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHECK_BELOW } from '../../src/shared/confidence';
import { type Gold, type Out, type ScoredSpeaker, scoredSpeakers } from './calibration';
import { bundleCli, EVAL, pageNames, score } from './score-set';

const CANDIDATES = [0.3, 0.4, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9];

const pct = (x: number) => (Number.isNaN(x) ? '   –' : `${(100 * x).toFixed(0).padStart(3)}%`);
const rate = (xs: readonly ScoredSpeaker[]) => (xs.length ? xs.filter((x) => x.right).length / xs.length : Number.NaN);

/** The reliability table of one set's speakers, one line per candidate threshold. */
export function bandTable(points: readonly ScoredSpeaker[], candidates = CANDIDATES): string[] {
  const shown = points.filter((x) => x.shown !== 'none');
  const wrong = shown.filter((x) => !x.right).length;
  const lines = [`  ${shown.length} speakers shown (${points.length - shown.length} quotes with none shown left out), ${pct(rate(shown))} right, ${wrong} wrong`];
  lines.push('  threshold   below: n  share  right   above: n  right   wrong ones caught');
  for (const t of candidates) {
    const below = shown.filter((x) => x.p < t);
    const above = shown.filter((x) => x.p >= t);
    const caught = below.filter((x) => !x.right).length;
    lines.push(
      `  ${t.toFixed(2)}${t === CHECK_BELOW ? '*' : ' '}     ${String(below.length).padStart(8)}  ${pct(below.length / shown.length)}  ${pct(rate(below))}   ${String(above.length).padStart(8)}  ${pct(rate(above))}   ${String(caught).padStart(4)} (${pct(wrong ? caught / wrong : Number.NaN)})`,
    );
  }
  return lines;
}

async function main(): Promise<void> {
  const sets = process.argv.slice(2).length ? process.argv.slice(2) : ['polnear-dev', 'dev'];
  const cli = await bundleCli();
  for (const set of sets) {
    const record = mkdtempSync(join(tmpdir(), `ql-bands-${set}-`));
    try {
      score(set, cli, record);
      const points = pageNames(set).flatMap((name) => {
        const gold = JSON.parse(readFileSync(join(EVAL, set, `${name}.gold.json`), 'utf8')) as Gold;
        const out = JSON.parse(readFileSync(join(record, `${name}.json`), 'utf8')) as Out;
        return scoredSpeakers(gold, out);
      });
      console.log(`${set}:`);
      for (const line of bandTable(points)) console.log(line);
    } finally {
      rmSync(record, { recursive: true, force: true });
    }
  }
  console.log(`* the threshold in use (src/shared/confidence.ts): a speaker below ${CHECK_BELOW} is marked "unsure — check"`);
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
