import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { BlockKind, Speaker } from '../../../src/analysis/types';
import { type ArticleVersion, checkVersion, compareVersions, decodeVersion, encodeVersion } from '../../../src/saved-copy';
import { QuotelightDB } from '../../../src/storage/db';
import { SavedCopies } from '../../../src/storage/saved-copies';
import { uniqueDbName } from '../../fixtures/storage/sample';

const OKONKWO: Speaker = { kind: 'named', name: 'Harriet Okonkwo' };

/** A version from blocks; each "«…»" in a block is a quote of `speaker`. */
function version(title: string, blocks: [BlockKind, string][], speaker: Speaker = OKONKWO): ArticleVersion {
  let text = '';
  const out: ArticleVersion = { title, byline: null, published: null, lang: 'en', text: '', blocks: [], quotes: [], actors: [] };
  for (const [kind, raw] of blocks) {
    if (text) text += '\n\n';
    const start = text.length;
    for (const m of raw.matchAll(/«([^»]+)»/g)) out.quotes.push({ start: start + m.index + 1, end: start + m.index + 1 + m[1]!.length, speaker });
    text += raw;
    out.blocks.push({ kind, start, end: text.length });
  }
  out.text = text;
  return out;
}

const BODY: [BlockKind, string][] = [
  ['paragraph', '«We will keep the harbour open through the winter, whatever the cost,» said Harriet Okonkwo, the director.'],
  ['paragraph', 'The authority hired forty extra crew members and ordered two new icebreakers.'],
  ['paragraph', 'Farmers said a closure in January would leave them with nowhere to sell their harvest.'],
];

describe('compareVersions', () => {
  it('finds no change where only layout moved: stamps, ad labels, related links, spacing, typography', () => {
    const saved = version('Port keeps harbour open', [['dateline', 'Updated 10:32 GMT'], ...BODY]);
    const now = version('Port keeps harbour open', [
      ['paragraph', 'Updated 11:47 GMT, 8 December 2026'],
      BODY[0]!,
      ['paragraph', 'Advertisement'],
      ['paragraph', BODY[1]![1].replace(/ /g, '  ')],
      ['paragraph', 'Read more: Storm expected this weekend'],
      ['paragraph', BODY[2]![1].replace("'", '’')],
      ['caption', 'A picture that rotates'],
    ]);
    expect(compareVersions(saved, now)).toEqual({ changed: false, title: null, paragraphs: [], quotes: [] });
  });

  it('flags a quote whose word changed, with the word difference', () => {
    const saved = version('Port', BODY);
    const now = version('Port', [['paragraph', BODY[0]![1].replace('cost', 'price')], BODY[1]!, BODY[2]!]);
    const c = compareVersions(saved, now);
    expect(c.changed).toBe(true);
    expect(c.quotes).toEqual([
      expect.objectContaining({ kind: 'reworded', text: 'We will keep the harbour open through the winter, whatever the cost,', now: 'We will keep the harbour open through the winter, whatever the price,' }),
    ]);
    expect(c.quotes[0]!.words).toContainEqual({ op: 'removed', text: 'cost,' });
    expect(c.paragraphs).toEqual([expect.objectContaining({ op: 'reworded' })]);
  });

  it('reports a removed paragraph (its quote gone), an added sentence and a new headline', () => {
    const saved = version('Port keeps harbour open', BODY);
    const now = version('Port keeps harbour open, for now', [BODY[1]!, ['paragraph', `${BODY[2]![1]} A review will follow.`]]);
    const c = compareVersions(saved, now);
    expect(c.title).toEqual({ from: 'Port keeps harbour open', to: 'Port keeps harbour open, for now' });
    expect(c.paragraphs.map((p) => p.op)).toEqual(['removed', 'reworded']);
    expect(c.quotes).toEqual([expect.objectContaining({ kind: 'gone', text: 'We will keep the harbour open through the winter, whatever the cost,' })]);
  });

  it('flags a quote given to another speaker, not one the article names shorter', () => {
    const saved = version('Port', BODY);
    const edited = version('Port', [BODY[0]!, ['paragraph', `${BODY[1]![1]} Okonkwo left.`], BODY[2]!], { kind: 'named', name: 'Tomasz Wielgus' });
    expect(compareVersions(saved, edited).quotes).toEqual([expect.objectContaining({ kind: 'speaker', nowSpeaker: { kind: 'named', name: 'Tomasz Wielgus' } })]);
    const shorter = version('Port', [BODY[0]!, ['paragraph', `${BODY[1]![1]} Okonkwo left.`], BODY[2]!], { kind: 'named', name: 'Okonkwo' });
    expect(compareVersions(saved, shorter).quotes).toEqual([]);
  });
});

describe('stored versions', () => {
  it('round-trips through gzip and refuses a malformed version with the field named', async () => {
    const v = version('Port', BODY);
    const e = await encodeVersion(v);
    expect(e.codec).toBe('gzip');
    expect(e.bytes).toBeLessThan(JSON.stringify(v).length);
    expect(await decodeVersion(e)).toEqual(v);
    expect(() => checkVersion({ ...v, blocks: [{ kind: 'paragraph', start: 0, end: 1e9 }] })).toThrow('version.blocks[0].end: beyond the text');
  });

  it('keeps a version per change, none for an unchanged revisit, and forgets them with no text left over', async () => {
    let now = 1000;
    const db = new QuotelightDB(uniqueDbName());
    const copies = new SavedCopies(db, () => now);
    const first = await copies.record('a', version('Port', BODY));
    expect(first).toMatchObject({ change: null, versions: 1, lastChanged: null });
    now = 2000;
    expect((await copies.record('a', version('Port', [['paragraph', 'Advertisement'], ...BODY]))).change?.changed).toBe(false);
    now = 3000;
    const edited = await copies.record('a', version('Port', BODY.slice(1)));
    expect(edited).toMatchObject({ versions: 2, lastChanged: 3000 });
    expect((await copies.versions('a')).map((r) => [r.saved, r.checked])).toEqual([
      [1000, 2000],
      [3000, 3000],
    ]);
    expect((await copies.changedArticles()).map((c) => c.versions)).toEqual([]); // no article row for 'a' in this test
    expect((await copies.usage()).versions).toBe(2);
    await db.transaction('rw', db.articleVersions, db.versionTexts, () => copies.forget('a'));
    expect(await db.versionTexts.count()).toBe(0);
    expect((await copies.usage()).versions).toBe(0);
  });
});
