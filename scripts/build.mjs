// Builds dist/chrome and dist/firefox from the one source: same code, per-browser manifest (see vite.config.ts).
import { build } from 'vite';

const targets = process.argv.slice(2).filter((a) => a === 'chrome' || a === 'firefox');
for (const browser of targets.length ? targets : ['chrome', 'firefox']) {
  process.env.QL_BROWSER = browser;
  await build({ configFile: new URL('../vite.config.ts', import.meta.url).pathname, logLevel: 'warn', mode: 'production' });
  console.log(`built dist/${browser}`);
}
