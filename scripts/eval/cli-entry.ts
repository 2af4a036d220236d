// The CLI as `npm run eval` bundles it: prints the page's analysis like `npm run analyze`
// and, with QL_RECORD=DIR, keeps a copy per page for the calibration report.
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { analyzePage } from '../../src/cli/analyze-page';

const path = process.argv[2];
if (!path) {
  process.stderr.write('usage: cli-entry PAGE.html\n');
  process.exit(1);
}
const out = JSON.stringify(analyzePage(readFileSync(path, 'utf8'), path));
if (process.env.QL_RECORD) writeFileSync(join(process.env.QL_RECORD, `${basename(path, '.html')}.json`), out);
process.stdout.write(`${out}\n`);
