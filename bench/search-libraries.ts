// Why MiniSearch: the two candidate libraries side by side on the same 100k generated annotations,
// in a real Chromium (a fresh browser each, so one's heap does not weigh on the other).
//   npx tsx bench/search-libraries.ts [annotations=100000]
// Orama is a devDependency for this comparison only; the extension ships MiniSearch.
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROMIUM_QUIET_ARGS, chromiumPath } from '../scripts/browsers.mjs';
import type { Figures } from './search-libraries.page';

const ANNOTATIONS = Number(process.argv[2] ?? 100_000);

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
};

const bundle = await build({
  entryPoints: [new URL('./search-libraries.page.ts', import.meta.url).pathname],
  bundle: true,
  format: 'iife',
  write: false,
  target: 'es2022',
  logLevel: 'error',
});
const script = bundle.outputFiles[0]!.text;

for (const name of ['miniSearchFigures', 'oramaFigures'] as const) {
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [...CHROMIUM_QUIET_ARGS, '--js-flags=--expose-gc', '--enable-precise-memory-info'],
  });
  try {
    const page = await browser.newPage();
    await page.addScriptTag({ content: script });
    const f = await page.evaluate(
      ([fn, n]) => (globalThis as unknown as Record<string, (n: number) => Promise<Figures>>)[fn]!(n),
      [name, ANNOTATIONS] as const,
    );
    const q = f.queries;
    console.log(
      `${name === 'miniSearchFigures' ? 'MiniSearch 7' : 'Orama 3     '}: index ${(f.build / 1000).toFixed(2)} s, heap ${f.heapMB.toFixed(0)} MB, ` +
        `query p50 ${pct(q, 50).toFixed(1)} ms p95 ${pct(q, 95).toFixed(1)} ms (${q.length} typed queries), ` +
        `add ${f.add.toFixed(2)} ms, remove ${f.remove.toFixed(2)} ms, ` +
        `serialized ${f.serializedMB.toFixed(1)} MB in ${f.serialize.toFixed(0)} ms, load ${f.load.toFixed(0)} ms, ` +
        `expected in top 3 (words only) ${f.top3}/20`,
    );
  } finally {
    await browser.close();
  }
}
