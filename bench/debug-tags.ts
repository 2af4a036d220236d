// Prints the tagger's raw spans for each body sentence of a page that contains a word (debugging aid).
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import modelFile from '../src/analysis/models/ner-en.json';
import { documentContext } from '../src/analysis/ner/features';
import { decodeModel, type NerModelFile } from '../src/analysis/ner/model';
import { tagLabels } from '../src/analysis/ner/tagger';
import { articleSentences } from '../scripts/train/ner-data';
import { extractArticle } from '../src/extraction/extract-article';
const model = decodeModel((process.env.NER ? JSON.parse(readFileSync(process.env.NER, 'utf8')) : modelFile) as NerModelFile);
const LAB = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC'];
const arg = process.argv[2]!;
const text = arg.endsWith('.html') ? extractArticle((parseHTML(readFileSync(arg, 'utf8')) as unknown as { document: Document }).document)!.text : arg;
const sents = articleSentences(text);
const doc = documentContext(sents);
const want = process.argv[3]?.toLowerCase();
for (const s of sents) {
  if (want && !s.some((t) => t.lower.includes(want))) continue;
  const labs = tagLabels(model, s, doc);
  console.log(s.map((t, i) => (labs[i] ? `${t.text}/${LAB[labs[i]!]}` : t.text)).join(' '));
}
