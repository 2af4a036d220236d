// Debug aid: prints each quote with its sentence context, speaker and rule.
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { analyze } from '../src/analysis/analyze';
import { extractArticle } from '../src/extraction/extract-article';

const { document } = parseHTML(readFileSync(process.argv[2] ?? '', 'utf8')) as unknown as { document: Document };
const a = extractArticle(document);
if (a) {
  const want = process.argv[3]?.toLowerCase();
  for (const q of analyze(a).quotes) {
    if (want && !q.text.toLowerCase().includes(want)) continue;
    const ctx = a.text.slice(Math.max(0, q.start - 160), q.end + 90).replace(/\n/g, ' ¶ ');
    console.log(`${q.kind} | ${q.speaker} | ${q.speakerMention} | ${q.rule} | ${q.cue}\n   ${ctx}\n`);
  }
}
