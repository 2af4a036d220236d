// The CLI as `npm run eval` bundles it: prints the page's analysis like `npm run analyze`
// and, with QL_RECORD=DIR, keeps a copy per page for the calibration report; with
// QL_CHOOSER=rules the sieve's first pattern picks speakers instead of the ranker (ablation).
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { ruleChooser } from '../../src/analysis/attribution/rule-chooser';
import { analyzePage } from '../../src/cli/analyze-page';

const path = process.argv[2];
if (!path) {
  process.stderr.write('usage: cli-entry PAGE.html\n');
  process.exit(1);
}
const options = process.env.QL_CHOOSER === 'rules' ? { choose: ruleChooser } : {};
const out = JSON.stringify(await analyzePage(readFileSync(path, 'utf8'), path, options));
if (process.env.QL_RECORD) writeFileSync(join(process.env.QL_RECORD, `${basename(path, '.html')}.json`), out);
process.stdout.write(`${out}\n`);
