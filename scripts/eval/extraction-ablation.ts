// What each extraction rule is worth: both benchmarks scored with every rule on, then with each rule
// switched off on its own (src/extraction/rules.ts), as the eval scores them (the CLI's snapshot path,
// the benchmarks' metric). A rule earns its place when switching it off lowers both figures.
//
//   npx tsx scripts/eval/extraction-ablation.ts [--markdown] [rule ...]
//
// Each page is parsed once and extracted once per configuration. With rule names, only those are
// switched off (the full set's line is always printed).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bodyText } from '../../src/extraction/extract-article';
import { htmlDocument } from '../../src/extraction/html-document';
import { snapshotOfHtml } from '../../src/extraction/page-snapshot';
import { RULES, type Rule } from '../../src/extraction/rules';
import { extractFromDocument } from '../../src/extraction/snapshot-extraction';
import { DEFAULT_DIR, FUNDUS_DIR, failures, overall, type PageCounts, pageCounts, pageIds, precision, readPage, recall } from './extraction';

interface SetScore {
  f1: number;
  /** Pages below 0.5 F1 where Readability.js is above 0.8. */
  failures: number;
}

/** Per configuration (its label): the page counts of one benchmark. */
function scoreSet(dir: string, configs: { label: string; off: Set<Rule> }[]): Map<string, SetScore> {
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string }>;
  const refs = JSON.parse(readFileSync(join(dir, 'reference-outputs.json'), 'utf8')) as Record<string, Record<string, string>>;
  const rows = new Map(configs.map((c) => [c.label, [] as PageCounts[]]));
  const pages = new Map(configs.map((c) => [c.label, [] as { p: number; r: number; readabilityF1: number | null; id: string; url: string; counts: PageCounts }[]]));
  for (const id of pageIds(dir)) {
    const html = readPage(id, dir);
    const snapshot = snapshotOfHtml(html, `${id}.html`);
    const doc = htmlDocument(snapshot.html);
    const gold = truth[id]!.articleBody;
    const ref = refs.readability_js?.[id];
    const rc = ref === undefined ? null : pageCounts(gold, ref);
    const readabilityF1 = rc && (2 * precision(rc) * recall(rc)) / (precision(rc) + recall(rc) || 1);
    for (const c of configs) {
      let text = '';
      try {
        const { article } = extractFromDocument(doc, snapshot, { off: c.off });
        text = article ? bodyText(article) : '';
      } catch (e) {
        process.stderr.write(`ablation: ${id} (${c.label}): ${(e as Error).message}\n`);
      }
      const counts = pageCounts(gold, text);
      rows.get(c.label)!.push(counts);
      pages.get(c.label)!.push({ id, url: '', p: precision(counts), r: recall(counts), counts, readabilityF1 });
    }
  }
  return new Map(configs.map((c) => [c.label, { f1: overall(rows.get(c.label)!).f1, failures: failures(pages.get(c.label)!).belowWhereReadabilityOk }]));
}

function main(argv: string[]): void {
  const markdown = argv.includes('--markdown');
  const asked = argv.filter((a) => !a.startsWith('--'));
  for (const a of asked) if (!(a in RULES)) throw new Error(`unknown rule "${a}"; the rules are: ${Object.keys(RULES).join(', ')}`);
  const rules = (asked.length ? asked : Object.keys(RULES)) as Rule[];
  const configs = [{ label: 'all rules', off: new Set<Rule>() }, ...rules.map((r) => ({ label: r, off: new Set<Rule>([r]) }))];
  const first = scoreSet(DEFAULT_DIR, configs);
  const fundus = scoreSet(FUNDUS_DIR, configs);
  const base = [first.get('all rules')!, fundus.get('all rules')!] as const;
  const delta = (x: number, b: number) => `${x >= b ? '+' : '−'}${Math.abs(x - b).toFixed(4)}`;
  const line = (label: string, what: string): string => {
    const [a, b] = [first.get(label)!, fundus.get(label)!];
    const cells =
      label === 'all rules'
        ? [label, a.f1.toFixed(3), String(a.failures), b.f1.toFixed(3), String(b.failures), what]
        : [`${label} off`, `${a.f1.toFixed(3)} (${delta(a.f1, base[0].f1)})`, String(a.failures), `${b.f1.toFixed(3)} (${delta(b.f1, base[1].f1)})`, String(b.failures), what];
    return markdown ? `| ${cells.join(' | ')} |` : cells.map((c, i) => (i === 5 ? c : c.padEnd(i === 0 ? 18 : 16))).join(' ');
  };
  const head = ['configuration', 'first (90) F1', 'failures', 'fundus (103) F1', 'failures', 'the rule'];
  console.log(markdown ? `| ${head.join(' | ')} |\n|${head.map(() => '---').join('|')}|` : head.map((c, i) => (i === 5 ? c : c.padEnd(i === 0 ? 18 : 16))).join(' '));
  for (const c of configs) console.log(line(c.label, c.label === 'all rules' ? '' : RULES[c.label as Rule]));
  console.log('(failures: pages below 0.5 F1 where Readability.js is above 0.8)');
}

main(process.argv.slice(2));
