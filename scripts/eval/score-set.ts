// Runs ../shared/eval/score.mjs on one evaluation set through the bundled CLI (the same code as
// `npm run analyze`, a faster start), keeping each page's analysis in `record` for the reports
// that need more than the scorer's OVERALL line (calibration, confidence bands, places).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

export const ROOT = new URL('../../', import.meta.url).pathname;
export const EVAL = join(ROOT, '../shared/eval');

export async function bundleCli(): Promise<string> {
  const dir = join(ROOT, 'node_modules/.cache/quotelight-eval');
  mkdirSync(dir, { recursive: true });
  const out = join(dir, 'cli.mjs');
  await build({ entryPoints: [join(ROOT, 'scripts/eval/cli-entry.ts')], bundle: true, platform: 'node', format: 'esm', packages: 'external', outfile: out, logLevel: 'warning' });
  return out;
}

/** The scorer's OVERALL line for `set` (or its pages in `dir`); each page's analysis is written to `record`. */
export function score(set: string, cli: string, record: string, chooser = 'model', dir = join(EVAL, set)): string {
  const out = execFileSync('node', [join(EVAL, 'score.mjs'), dir, '--', 'node', cli], {
    encoding: 'utf8',
    env: { ...process.env, QL_RECORD: record, QL_CHOOSER: chooser },
    maxBuffer: 64 << 20,
  });
  return out.trim().split('\n').at(-1)!;
}

/** The page names of a set (each NAME.gold.json), sorted. */
export function pageNames(set: string): string[] {
  return readdirSync(join(EVAL, set))
    .filter((f) => f.endsWith('.gold.json'))
    .map((f) => f.slice(0, -10))
    .sort();
}
