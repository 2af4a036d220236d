// The eval pages whose language is known, for scripts/eval/language.ts: every page of the quote
// sets (their language is the set's: English, or the country code of a dev-intl page), and the
// extraction sets (fundus's meta.json gives each page's language as its <html lang> says, corrected
// in language-gold.json where the text is another; the benchmark's own pages are labelled there,
// read off their ground-truth bodies by hand).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

export interface LabelledPage {
  set: string;
  id: string;
  lang: string;
  html: () => string;
}

const COUNTRY_LANG: Record<string, string> = { fr: 'fr', es: 'es', de: 'de', at: 'de', ch: 'de' };

export function labelledPages(evalDir: string, extractionGold: Record<string, string>, fundusCorrections: Record<string, string> = {}): LabelledPage[] {
  const out: LabelledPage[] = [];
  const quoteSets: Record<string, (name: string) => string> = {
    dev: () => 'en',
    'dev-recent': () => 'en',
    'dev-intl': (n) => COUNTRY_LANG[n.slice(0, 2)] ?? 'unknown',
    'wikinews-de': () => 'de',
  };
  for (const [set, langOf] of Object.entries(quoteSets)) {
    const dir = join(evalDir, set);
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.html')).sort()) {
      const id = f.slice(0, -5);
      out.push({ set, id, lang: langOf(id), html: () => readFileSync(join(dir, f), 'utf8') });
    }
  }
  const fundusMeta = JSON.parse(readFileSync(join(evalDir, 'extraction-fundus/meta.json'), 'utf8')) as Record<string, { language: string }>;
  for (const [set, labels] of [
    ['extraction', extractionGold],
    ['extraction-fundus', Object.fromEntries(Object.entries(fundusMeta).map(([id, m]) => [id, fundusCorrections[id] ?? m.language]))],
  ] as const) {
    const dir = join(evalDir, set, 'pages');
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.html.gz')).sort()) {
      const id = f.slice(0, -8);
      const lang = labels[id];
      if (!lang) throw new Error(`${set}/${id}: no language label`);
      out.push({ set, id, lang, html: () => gunzipSync(readFileSync(join(dir, f))).toString('utf8') });
    }
  }
  return out;
}
