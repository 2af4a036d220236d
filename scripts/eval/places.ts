// Places on dev, which score.mjs does not judge: the analysis's place actors against the gold
// pages' "places" lists, by name as score.mjs compares people and organisations.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { nameKey } from './calibration';

export interface PlaceScore {
  precision: number;
  recall: number;
  f1: number;
  pages: number;
}

export function placeScore(goldDir: string, recordDir: string, names: string[]): PlaceScore {
  let tp = 0;
  let predicted = 0;
  let gold = 0;
  let pages = 0;
  for (const name of names) {
    const g = JSON.parse(readFileSync(join(goldDir, `${name}.gold.json`), 'utf8')) as { places?: string[] | null };
    const recorded = join(recordDir, `${name}.json`);
    if (!g.places || !existsSync(recorded)) continue;
    pages++;
    const out = JSON.parse(readFileSync(recorded, 'utf8')) as { actors?: { name: string; type: string }[] };
    const pred = new Set((out.actors ?? []).filter((a) => a.type === 'place').map((a) => nameKey(a.name)));
    const want = new Set(g.places.map(nameKey));
    predicted += pred.size;
    gold += want.size;
    for (const p of pred) if (want.has(p)) tp++;
  }
  const precision = predicted ? tp / predicted : 0;
  const recall = gold ? tp / gold : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0, pages };
}
