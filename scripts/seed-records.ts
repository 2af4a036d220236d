// The generator behind scripts/seed-library.ts: a large, realistic-looking library as plain records,
// in chunks. Pure (no Node APIs), so a bench page can bundle it too. Deterministic for a given seed.
import type { AnnotationKind, AnnotationRecord, ArticleRecord } from '../src/shared/records';
import { parseSpeaker } from '../src/shared/speaker-value';
import { rng } from './rng';

export interface SeedOptions {
  articles: number;
  annotations: number;
  /** Articles per chunk (each chunk carries those articles and all their annotations). */
  chunkArticles?: number;
  seed?: number;
}

export interface SeedChunk {
  from: number;
  articles: ArticleRecord[];
  annotations: AnnotationRecord[];
}

const WORDS =
  'government minister talks sanctions market energy policy election court budget security border trade climate health school union strike inflation bank war peace treaty deal vote parliament council mayor police report study data growth crisis reform tax army fleet port harbour grain oil gas price wage housing rent transit water drought flood storm fire science vaccine hospital nurse doctor teacher student farmer factory export import tariff currency debt bond rate'.split(
    ' ',
  );
const FIRST = 'Anna Boris Carla Dmitry Elena Farid Grace Hiro Ines Jamal Kira Luis Maya Nikos Olga Pablo Quinn Rosa Sven Tara Uma Viktor Wendy Xavier Yara Zane'.split(' ');
const LAST = 'Peskov Sherman Blinken Okafor Lindqvist Moreau Tanaka Novak Haddad Schmidt Rossi Kowalski Nguyen Silva Byrne Petrov Ahmed Larsen Costa Dubois'.split(' ');
const TAGS = 'nato pretext follow-up budget climate energy check todo quote-of-the-day sources'.split(' ');
const SITES = ['The Daily Ledger', 'Harbour Times', 'Capital Wire', 'Northern Post', 'Evening Courier', 'Global Desk', 'Metro Herald', 'Coastal Gazette'];


function uuid(n: number, i: number): string {
  const h = (x: number, len: number) => (x >>> 0).toString(16).padStart(len, '0').slice(-len);
  return `${h(n, 8)}-${h(i, 4)}-4${h(i >>> 16, 3)}-8${h(n >>> 20, 3)}-${h(n * 31 + i, 8)}${h(i, 4)}`;
}

export function* seedRecords(opts: SeedOptions): Generator<SeedChunk> {
  const rand = rng(opts.seed ?? 42);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const sentence = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(' ');
  const perArticle = Math.floor(opts.annotations / opts.articles);
  const extra = opts.annotations - perArticle * opts.articles;
  const chunk = opts.chunkArticles ?? 250;
  const t0 = Date.UTC(2024, 0, 1);
  for (let from = 0; from < opts.articles; from += chunk) {
    const articles: ArticleRecord[] = [];
    const annotations: AnnotationRecord[] = [];
    for (let i = from; i < Math.min(opts.articles, from + chunk); i++) {
      const site = pick(SITES);
      const id = `https://news${i % 50}.example/${2024 + (i % 2)}/story-${i}`;
      const seen = t0 + i * 3_600_000;
      articles.push({
        id,
        urls: [id],
        title: `${sentence(3)} ${i}: ${sentence(6)}`,
        site,
        byline: `By ${pick(FIRST)} ${pick(LAST)}`,
        published: new Date(seen - 86_400_000).toISOString(),
        lang: 'en',
        firstSeen: seen,
        lastSeen: seen,
        counts: { quotes: 0, actors: 0, highlights: 0, notes: 0 },
      });
      const n = perArticle + (i < extra ? 1 : 0);
      let pos = 0;
      for (let k = 0; k < n; k++) {
        const r = rand();
        const kind: AnnotationKind = r < 0.7 ? 'quote' : r < 0.85 ? 'highlight' : 'note';
        const text = sentence(8 + Math.floor(rand() * 12));
        const speaker = kind === 'quote' ? `${pick(FIRST)} ${pick(LAST)}` : null;
        annotations.push({
          id: uuid(i, k),
          articleId: id,
          kind,
          selectors: {
            quote: { type: 'TextQuoteSelector', exact: text, prefix: sentence(3), suffix: sentence(3) },
            position: { type: 'TextPositionSelector', start: pos, end: pos + text.length },
            astralBefore: 0,
          },
          text,
          speaker: parseSpeaker(speaker),
          speakerRole: speaker && rand() < 0.3 ? 'spokesperson' : null,
          speakerCorrection: null,
          speakerKey: null,
          actorType: null,
          colour: kind === 'quote' ? null : pick(['yellow', 'green', 'blue']),
          note: kind === 'note' ? sentence(10) : null,
          tags: kind !== 'quote' && rand() < 0.5 ? [pick(TAGS)] : [],
          created: seen + k,
          updated: seen + k,
          words: [],
        });
        pos += text.length + 40;
      }
    }
    yield { from, articles, annotations };
  }
}

