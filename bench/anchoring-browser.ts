// Re-anchoring speed in a real browser: 500 stored annotations on a 10k-word article, after the
// page changed a little (text inserted near the top, so stored positions are all off).
// Reference in the same page: a bare indexOf of every quote (the least any anchoring must do).
// Prints medians; not a test (timing belongs here, not in CI assertions).
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROMIUM_QUIET_ARGS, chromiumPath } from '../scripts/browsers.mjs';

const RUNS = 15;

const bundle = await build({
  entryPoints: [new URL('../src/anchoring/index.ts', import.meta.url).pathname],
  bundle: true,
  write: false,
  format: 'iife',
  globalName: 'QLAnchoring',
  platform: 'browser',
});
const code = bundle.outputFiles[0]!.text;

const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_QUIET_ARGS });
try {
  const page = await browser.newPage();
  await page.setContent('<!doctype html><title>bench</title>');
  // tsx compiles this file with keepNames: functions sent to the page call its __name helper.
  await page.addScriptTag({ content: `window.__name = (f) => f;\n${code}` });
  const result = await page.evaluate((runs) => {
    type A = {
      describe(t: string, s: number, e: number): { quote: unknown; position: unknown };
      anchorAll(t: string, a: { selectors: { quote: unknown; position: unknown } }[]): { anchored: unknown[]; notFound: unknown[] };
    };
    const lib = (window as unknown as { QLAnchoring: A }).QLAnchoring;
    // A deterministic 10k-word article made of varied sentences.
    let seed = 7;
    const rnd = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const words = 'harbour council winter budget grain farmers union icebreaker port crew vote season storm shipping berth contract minister director report agency statement'.split(' ');
    const paras: string[] = [];
    let count = 0;
    while (count < 10_000) {
      const n = 40 + Math.floor(rnd() * 60);
      paras.push(`${Array.from({ length: n }, () => words[Math.floor(rnd() * words.length)]).join(' ')}.`);
      count += n;
    }
    const text = paras.join('\n\n');
    const annotations = Array.from({ length: 500 }, (_, i) => {
      const start = Math.floor((i / 500) * (text.length - 200));
      return { selectors: lib.describe(text, start, start + 40 + (i % 80)) };
    });
    const changed = `Update: a new paragraph the site added at the top of the story.\n\n${text}`;
    const quotes = annotations.map((a) => (a.selectors.quote as { exact: string }).exact);
    const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const time = (fn: () => void) =>
      median(
        Array.from({ length: runs }, () => {
          const t = performance.now();
          fn();
          return performance.now() - t;
        }),
      );
    let found = 0;
    const anchorMs = time(() => {
      found = lib.anchorAll(changed, annotations).anchored.length;
    });
    const unchangedMs = time(() => lib.anchorAll(text, annotations));
    const indexOfMs = time(() => {
      for (const q of quotes) changed.indexOf(q);
    });
    return { words: count, anchorMs, unchangedMs, indexOfMs, found };
  }, RUNS);
  const ratio = result.anchorMs / Math.max(result.indexOfMs, 0.001);
  console.log(
    `anchoring (Chromium): 500 annotations on ${result.words} words — changed page ${result.anchorMs.toFixed(1)} ms median (${result.found}/500 found), unchanged page ${result.unchangedMs.toFixed(1)} ms; bare indexOf ${result.indexOfMs.toFixed(2)} ms; ratio ${ratio.toFixed(1)}`,
  );
} finally {
  await browser.close();
}
