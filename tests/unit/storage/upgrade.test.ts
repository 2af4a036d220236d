import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import type { AnnotationRecord } from '../../../src/shared/records';
import { QuotelightDB } from '../../../src/storage/db';
import { Library } from '../../../src/storage/library';
import { type AnnotationRecordV1, type ArticleRecordV1, CURRENT_VERSION, SCHEMA_V1, SCHEMA_V4 } from '../../../src/storage/schema';
import { parseSpeaker, speakerDisplay } from '../../../src/shared/speaker-value';
import dump from '../../fixtures/storage/v1-dump.json';
import { uniqueDbName } from '../../fixtures/storage/sample';

// The first release's schema, frozen here on purpose: if someone edits SCHEMA_V1 in
// src/storage/schema.ts, the equality check below fails instead of silently breaking upgrades.
const RELEASED_V1 = {
  articles: 'id, site, lastSeen',
  annotations: 'id, articleId, kind, speaker, *tags, updated',
  settings: 'key',
};

const articlesV1 = dump.articles as ArticleRecordV1[];
const annotationsV1 = dump.annotations as AnnotationRecordV1[];

async function writeV1(name: string): Promise<void> {
  const v1 = new Dexie(name);
  v1.version(1).stores(RELEASED_V1);
  await v1.table('articles').bulkAdd(articlesV1);
  await v1.table('annotations').bulkAdd(annotationsV1);
  await v1.table('settings').put({ key: 'showActors', value: false });
  v1.close();
}

describe('upgrade from schema v1 (through v2, v3 and v6)', () => {
  it('the released v1 schema is unchanged in the code', () => {
    expect(SCHEMA_V1).toEqual(RELEASED_V1);
    expect(CURRENT_VERSION).toBe(8);
  });

  it('opens a v1 database with the current code; every row survives and is upgraded', async () => {
    const name = uniqueDbName();
    await writeV1(name);
    const db = new QuotelightDB(name);
    await db.open();
    expect(db.verno).toBe(CURRENT_VERSION);

    const articles = await db.articles.orderBy('id').toArray();
    expect(articles).toHaveLength(articlesV1.length);
    for (const old of articlesV1) {
      const now = articles.find((a) => a.id === old.id)!;
      const { urls, ...rest } = now;
      expect(rest).toEqual(old); // v3's article words went again with v6's dropped index
      expect(urls[0]).toBe(old.id);
    }

    const annotations = await db.annotations.toArray();
    expect(annotations).toHaveLength(annotationsV1.length);
    for (const old of annotationsV1) {
      const now = annotations.find((a) => a.id === old.id) as AnnotationRecord;
      const { speakerCorrection, speakerKey, speaker, ...rest } = now;
      const { speaker: oldSpeaker, ...oldRest } = old;
      expect(rest).toEqual(oldRest); // nothing lost or altered, and v2's search words gone with v6
      expect(speaker).toEqual(parseSpeaker(oldSpeaker)); // v5: typed
      expect(speakerCorrection).toBeNull();
      expect(speakerKey).toBe(speakerDisplay(speaker)?.toLowerCase() ?? null);
    }
    expect(await db.settings.get('showActors')).toEqual({ key: 'showActors', value: false });

    // the new indexes answer queries over the upgraded rows
    const lib = new Library(db);
    expect((await lib.quotesBySpeaker('marc dubois')).map((h) => h.annotation.text)).toEqual(['a fantasy dressed as a plan']);
    // 'plan' is one typo from 'elan' and comes second; the accent-folded word itself first.
    expect((await lib.searchAnnotations('elan'))[0]?.annotation.id).toBe('4fa07042-6dae-4f52-9b5d-7eb2c0314e55');
    expect((await lib.searchAnnotations('2019 speech')).map((h) => h.annotation.kind)).toEqual(['quote']);
    expect((await lib.listArticles({ tag: 'eu' })).map((a) => a.id)).toEqual(['https://news.example.com/world/budget-talks']);
    // v1 stored this id unencoded; the upgrade aliases the encoded form a tab URL normalizes to
    expect((await db.articles.get('https://blog.example.org/2024/05/élan'))?.urls).toEqual([
      'https://blog.example.org/2024/05/élan',
      'https://blog.example.org/2024/05/%C3%A9lan',
    ]);
    const blog = await lib.getArticleWithAnnotations('https://blog.example.org/2024/05/élan?utm_source=x');
    expect(blog?.annotations.map((a) => a.text)).toEqual(['l’élan vital 🌱']);
    await db.delete();
  });
});

describe('upgrade from schema v4 through v5 (typed speakers) and v6 (no search words)', () => {
  it('turns speaker strings into typed values and keeps the reader’s corrections', async () => {
    const name = uniqueDbName();
    const v4 = new Dexie(name);
    v4.version(4).stores(SCHEMA_V4);
    const base = annotationsV1[0]!;
    const rows = [
      { ...base, id: 'a-named', kind: 'quote', speaker: 'Marc Dubois', speakerCorrection: null },
      { ...base, id: 'a-unnamed', speaker: 'unnamed: a senior official', speakerCorrection: 'Ana Ruiz' },
      { ...base, id: 'a-none', speaker: null, speakerCorrection: null },
      { ...base, id: 'a-blank', speaker: '   ', speakerCorrection: null },
    ].map((r) => ({ ...r, speakerKey: null, words: [] }));
    await v4.table('annotations').bulkAdd(rows);
    v4.close();

    const db = new QuotelightDB(name);
    await db.open();
    expect(db.verno).toBe(CURRENT_VERSION);
    const by = async (id: string) => (await db.annotations.get(id))!;
    expect((await by('a-named')).speaker).toEqual({ kind: 'named', name: 'Marc Dubois' });
    const unnamed = await by('a-unnamed');
    expect(unnamed.speaker).toEqual({ kind: 'unnamed', description: 'a senior official' });
    expect(unnamed.speakerCorrection).toBe('Ana Ruiz');
    expect(unnamed.speakerKey).toBe('ana ruiz');
    expect((await by('a-none')).speaker).toEqual({ kind: 'nobody' });
    expect((await by('a-blank')).speaker).toEqual({ kind: 'nobody' });
    expect((await by('a-named')).speakerKey).toBe('marc dubois');
    expect(await db.annotations.filter((a) => 'words' in a).count()).toBe(0);
    db.close();
  });
});
