// CLI: analyse one saved page through the same extraction the extension uses.
//   npm run analyze -- PAGE.html   → JSON {title, quotes, actors} on stdout
import { readFileSync } from 'node:fs';
import { analyzePage } from './analyze-page';

function main(argv: string[]): number {
  const path = argv[0];
  if (!path) {
    process.stderr.write('usage: analyze PAGE.html\n');
    return 1;
  }
  let html: string;
  try {
    html = readFileSync(path, 'utf8');
  } catch (e) {
    process.stderr.write(`analyze: cannot read ${path}: ${(e as Error).message.split('\n')[0]}\n`);
    return 1;
  }
  process.stdout.write(`${JSON.stringify(analyzePage(html, path), null, 1)}\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
