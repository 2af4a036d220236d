// CLI: analyse one saved page through the same extraction the extension uses.
//   npm run analyze -- [--force] [--whole-page] PAGE.html   → JSON {title, verdict, notice, quotes, actors} on stdout
// --force analyses a page the verdict refuses ("Analyse anyway"); --whole-page analyses the page's
// whole text instead of the article found ("Analyse the whole page").
import { readFileSync } from 'node:fs';
import { analyzePage } from './analyze-page';

async function main(argv: string[]): Promise<number> {
  const flags = new Set(argv.filter((a) => a.startsWith('--')));
  const path = argv.find((a) => !a.startsWith('--'));
  const unknown = [...flags].filter((f) => f !== '--force' && f !== '--whole-page');
  if (!path || unknown.length) {
    process.stderr.write(`${unknown.length ? `analyze: unknown option ${unknown.join(' ')}\n` : ''}usage: analyze [--force] [--whole-page] PAGE.html\n`);
    return 1;
  }
  let html: string;
  try {
    html = readFileSync(path, 'utf8');
  } catch (e) {
    process.stderr.write(`analyze: cannot read ${path}: ${(e as Error).message.split('\n')[0]}\n`);
    return 1;
  }
  const wholePage = flags.has('--whole-page');
  const out = await analyzePage(html, path, { force: flags.has('--force') || wholePage, scope: wholePage ? 'page' : 'article' });
  process.stdout.write(`${JSON.stringify(out, null, 1)}\n`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`analyze: ${(e as Error).message}\n`);
    process.exitCode = 1;
  },
);
