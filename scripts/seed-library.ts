// Generates a large, realistic-looking library as Web Annotation JSON (the format library/import
// takes), in chunks small enough for one message each. Deterministic for a given seed.
// Used by bench/library-browser.ts; run alone to write the chunks to files:
//   npx tsx scripts/seed-library.ts [articles=5000] [annotations=100000] [outDir=artifacts/seed]
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { toAnnotationCollection } from '../src/export/web-annotation';
import { type SeedOptions, seedRecords } from './seed-records';

export type { SeedOptions };

/** Chunks as Web Annotation JSON, one library/import message each. */
export function* seedChunks(opts: SeedOptions): Generator<string> {
  const generatedAt = Date.UTC(2024, 0, 1);
  for (const { from, articles, annotations } of seedRecords(opts)) {
    yield JSON.stringify(toAnnotationCollection(articles, annotations, { id: `urn:seed:${from}`, pageId: `urn:seed:${from}:1`, generatedAt }));
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [articles = '5000', annotations = '100000', out = 'artifacts/seed'] = process.argv.slice(2);
  mkdirSync(out, { recursive: true });
  let n = 0;
  for (const json of seedChunks({ articles: Number(articles), annotations: Number(annotations) })) {
    writeFileSync(join(out, `chunk-${String(n++).padStart(3, '0')}.json`), json);
  }
  console.log(`wrote ${n} chunks to ${out}`);
}
