// `npm start` / `npm run start:firefox`: build, serve the sample article on 127.0.0.1, open a real
// browser with the extension loaded on it. Installs nothing. Ctrl-C closes the browser and its profile.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_QUIET_ARGS, chromiumPath, firefoxPath } from './browsers.mjs';
import { startFixtureServer } from './fixture-server';

const t0 = performance.now();
const target = process.argv[2] === 'firefox' ? 'firefox' : 'chrome';
const root = new URL('..', import.meta.url).pathname;
execFileSync(process.execPath, [join(root, 'scripts/build.mjs'), target], { stdio: 'inherit', cwd: root });
const server = await startFixtureServer();
const url = server.url('seed-wapo-russia.html');
const dist = join(root, 'dist', target);
const headless = !process.env.DISPLAY;
if (headless) console.log('No DISPLAY: the browser runs headless (a screenshot is written instead). Run under xvfb-run or a desktop to see it.');

if (target === 'chrome') {
  const profile = mkdtempSync(join(tmpdir(), 'quotelight-start-'));
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless,
    viewport: null,
    args: [`--disable-extensions-except=${dist}`, `--load-extension=${dist}`, ...CHROMIUM_QUIET_ARGS],
  });
  const page = ctx.pages()[0] ?? (await ctx.newPage());
  await page.goto(url);
  const fcp = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null);
  console.log(`Sample article open at ${url}: first paint ${Math.round(performance.now() - t0)} ms after start (page FCP ${fcp === null ? 'n/a' : `${Math.round(fcp)} ms`}).`);
  if (headless) {
    // The screenshot is the proof it works: wait until the quotes are painted, and show the first one.
    await page.waitForFunction(() => [...CSS.highlights.keys()].some((k) => /quote-\d+$/.test(k)), null, { timeout: 60_000 });
    await page.evaluate(() => {
      const name = [...CSS.highlights.keys()].find((k) => /quote-\d+$/.test(k))!;
      const range = [...CSS.highlights.get(name)!][0] as Range | undefined;
      range?.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const shot = join(root, 'artifacts', 'start-chrome.png');
    await page.screenshot({ path: shot });
    console.log(`Screenshot of the highlighted article: ${shot}`);
  } else {
    console.log('Press Ctrl-C here (or close the browser) to stop.');
  }
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await ctx.close().catch(() => undefined);
    rmSync(profile, { recursive: true, force: true, maxRetries: 5 });
    await server.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  ctx.on('close', stop);
  // Without a display there is nothing to look at after the screenshot; QL_START_ONCE does the same with one.
  if (headless || process.env.QL_START_ONCE) await stop();
} else {
  const webExt = (await import('web-ext')).default;
  if (headless) process.env.MOZ_HEADLESS = '1';
  const runner = await webExt.cmd.run(
    { sourceDir: dist, target: ['firefox-desktop'], firefox: firefoxPath(), noInput: true, noReload: true, startUrl: [url] },
    { shouldExitProgram: false },
  );
  console.log(`Firefox open on ${url} (${Math.round(performance.now() - t0)} ms after start). Press Ctrl-C here to stop.`);
  const stop = async () => {
    await runner.exit();
    await server.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  // Headless Firefox shows nothing: stop once it has started, as with QL_START_ONCE.
  if (headless || process.env.QL_START_ONCE) setTimeout(stop, 3000);
}
