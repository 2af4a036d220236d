import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { analyze } from '../src/analysis/analyze';
import { extractArticle } from '../src/extraction/extract-article';
const { document } = parseHTML(readFileSync(process.argv[2]!, 'utf8')) as unknown as { document: Document };
const a = extractArticle(document)!;
const r = analyze(a);
const want = process.argv[3];
for (const act of r.actors) if (!want || act.name.toLowerCase().includes(want.toLowerCase())) for (const m of act.mentions) console.log(act.type, act.name, '::', a.text.slice(Math.max(0, m.start - 60), m.end + 30).replace(/\n/g, ' '));
