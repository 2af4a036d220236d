// Text shapes that once made the analysis quadratic (issue 13), and a real article of the same size
// to compare each against. Each generator returns an ArticleText of about `chars` characters.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import type { ArticleText } from '../src/analysis/types';
import { extractArticle } from '../src/extraction/extract-article';

/** Paragraphs joined by blank lines, as extraction joins blocks. */
function fromParagraphs(paras: string[]): ArticleText {
  let text = '';
  const blocks: ArticleText['blocks'] = [];
  for (const p of paras) {
    if (text) text += '\n\n';
    blocks.push({ kind: 'paragraph', start: text.length, end: text.length + p.length });
    text += p;
  }
  return { title: '', text, blocks };
}

/** One paragraph: `unit(i)` repeated until `chars`. */
function onePara(chars: number, unit: (i: number) => string): ArticleText {
  const parts: string[] = [];
  let n = 0;
  for (let i = 0; n < chars; i++) {
    const u = unit(i);
    parts.push(u);
    n += u.length;
  }
  return fromParagraphs([parts.join('')]);
}

/** Many paragraphs of `unit(i)` until `chars`. */
function manyParas(chars: number, unit: (i: number) => string): ArticleText {
  const paras: string[] = [];
  let n = 0;
  for (let i = 0; n < chars; i++) {
    const u = unit(i);
    paras.push(u);
    n += u.length + 2;
  }
  return fromParagraphs(paras);
}

const SYLLABLES = ['ka', 'lo', 'mi', 'ne', 'ru', 'sa', 'to', 'vi', 'be', 'da', 'fo', 'gu', 'ha', 'je', 'po', 'ze'];

/** A distinct capitalised word for every i (base-16 syllables). */
function word(i: number): string {
  let s = '';
  let x = i + 16;
  while (x > 0) {
    s += SYLLABLES[x % 16];
    x = Math.floor(x / 16);
  }
  return s[0]!.toUpperCase() + s.slice(1);
}

export const SHAPES: Record<string, (chars: number) => ArticleText> = {
  'tiny quotes “a” in one paragraph': (n) => onePara(n, () => '“a” '),
  'dash runs — "x" —': (n) => onePara(n, () => '— "x" — '),
  'repeated “a,” he said.': (n) => onePara(n, () => '“a,” he said. '),
  'distinct capitalised names, listed': (n) => manyParas(n, (i) => `${Array.from({ length: 40 }, (_, k) => `${word(2 * (i * 40 + k))} ${word(2 * (i * 40 + k) + 1)}`).join(', ')}.`),
  'nested marks “‘«„…': (n) => onePara(n, (i) => (i % 40 < 20 ? ['“a ', '‘b ', '«c ', '„d '][i % 4]! : ['d“ ', 'c» ', 'b’ ', 'a” '][i % 4]!)),
  'open-only marks “a': (n) => onePara(n, () => '“a '),
  'one-line quote paragraphs': (n) => manyParas(n, (i) => `“Line ${i} is short.”`),
  'capitalised runs': (n) => onePara(n, (i) => `${word(i)} `),
};

let realParas: string[] | null = null;

/** Paragraphs of the real articles shipped as test fixtures (not the eval pages). */
function realParagraphs(): string[] {
  if (realParas) return realParas;
  const path = join(process.cwd(), 'tests', 'fixtures', 'seed-wapo-russia.html');
  const { document } = parseHTML(readFileSync(path, 'utf8')) as unknown as { document: Document };
  const a = extractArticle(document, 'https://example.org/seed');
  if (!a) throw new Error(`no article in ${path}`);
  realParas = a.blocks.map((b) => a.text.slice(b.start, b.end));
  return realParas;
}

/** The real article's paragraphs, repeated until the text is `chars` long. */
export function realArticle(chars: number): ArticleText {
  const src = realParagraphs();
  return manyParas(chars, (i) => src[i % src.length]!);
}

export const SIZES = [25_000, 100_000, 1_000_000] as const;
