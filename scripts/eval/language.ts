// The article-language stage judged on every eval page whose language is known (language-pages.ts):
// the page's own claim alone, the text alone (franc-min on the extracted body), and the two as the
// extension combines them (src/analysis/lang/detect.ts). `npm run eval:language` prints each
// set's figures and every page the combination gets wrong; `npm run eval` prints the totals.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { articleLanguage, textLanguages } from '../../src/analysis/lang/detect';
import { bodyText, extractArticle } from '../../src/extraction/extract-article';
import { htmlDocument } from '../../src/extraction/html-document';
import { languageClaims } from '../../src/extraction/language-claims';
import { labelledPages } from './language-pages';

const EVAL = new URL('../../../shared/eval/', import.meta.url).pathname;

export interface LanguageScore {
  pages: number;
  claim: number;
  text: number;
  combined: number;
  bySet: Record<string, { pages: number; combined: number }>;
  wrong: string[];
}

export function scoreLanguage(evalDir = EVAL): LanguageScore {
  const gold = JSON.parse(readFileSync(new URL('./language-gold.json', import.meta.url), 'utf8')) as {
    default: string;
    extraction: Record<string, string>;
    'extraction-fundus': Record<string, string>;
  };
  const truth = JSON.parse(readFileSync(join(evalDir, 'extraction/ground-truth.json'), 'utf8')) as Record<string, unknown>;
  const labels = Object.fromEntries(Object.keys(truth).map((id) => [id, gold.extraction[id] ?? gold.default]));
  const out: LanguageScore = { pages: 0, claim: 0, text: 0, combined: 0, bySet: {}, wrong: [] };
  for (const p of labelledPages(evalDir, labels, gold['extraction-fundus'])) {
    const doc = htmlDocument(p.html());
    const article = extractArticle(doc, p.id);
    const claims = languageClaims(doc, null).claims;
    const body = article ? bodyText(article) : '';
    const verdict = articleLanguage(claims, body);
    out.bySet[p.set] ??= { pages: 0, combined: 0 };
    const set = out.bySet[p.set]!;
    out.pages++;
    set.pages++;
    if (articleLanguage(claims, '').lang === p.lang) out.claim++;
    if ((textLanguages(body)[0]?.lang ?? 'und') === p.lang) out.text++;
    if (verdict.lang === p.lang) {
      out.combined++;
      set.combined++;
    } else out.wrong.push(`${p.set}/${p.id}: ${verdict.lang} (${verdict.source}) for ${p.lang}; claims ${claims.join(',') || 'none'}`);
  }
  return out;
}

export function languageLine(s: LanguageScore): string {
  const pct = (n: number) => (n / s.pages).toFixed(3);
  return `language: right on ${s.combined}/${s.pages} pages (${pct(s.combined)}); page claim alone ${pct(s.claim)}, text alone ${pct(s.text)}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const s = scoreLanguage();
  for (const [set, x] of Object.entries(s.bySet)) console.log(`  ${set}: ${x.combined}/${x.pages}`);
  for (const w of s.wrong) console.log(`  wrong: ${w}`);
  console.log(languageLine(s));
}
