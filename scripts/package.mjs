// Zips each built folder for its store: dist/quotelight-<version>-chrome.zip and -firefox.zip.
import { execFileSync } from 'node:child_process';
import { readFileSync, renameSync } from 'node:fs';
import webExt from 'web-ext';

execFileSync(process.execPath, [new URL('./build.mjs', import.meta.url).pathname], { stdio: 'inherit' });
const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
for (const browser of ['chrome', 'firefox']) {
  const filename = `quotelight-${version}-${browser}.zip`;
  const { extensionPath } = await webExt.cmd.build(
    { sourceDir: `dist/${browser}`, artifactsDir: 'dist', filename, overwriteDest: true },
    { showReadyMessage: false },
  );
  renameSync(extensionPath, `dist/${filename}`);
  console.log(`packaged dist/${filename}`);
}
