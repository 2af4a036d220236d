import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { importJson } from '../../../src/export/import';
import { toAnnotationCollection } from '../../../src/export/web-annotation';
import { clipTitle, LimitError, LIMITS, limitMessage } from '../../../src/shared/limits';
import { articleFromMeta } from '../../../src/storage/build';
import { QuotelightDB } from '../../../src/storage/db';
import { Library } from '../../../src/storage/library';
import { ANNOTATIONS, ARTICLE } from '../../fixtures/storage/records';
import { ARTICLE_TEXT, META, PAGE, uniqueDbName } from '../../fixtures/storage/sample';

const IDS = { id: 'urn:uuid:aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa', pageId: 'urn:uuid:bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb', generatedAt: 0 };
const tooLongNote = 'n'.repeat(LIMITS.note + 1);

describe('limits: the same at every entry, each refusal naming the limit', () => {
  it('says what is too long, by how much, and the limit', () => {
    expect(limitMessage('note', 25_000)).toBe('The note is too long: 25,000 characters; the limit is 20,000.');
    expect(limitMessage('tags', 60)).toBe('The annotation has too many: 60 tags; the limit is 50.');
  });

  it('page and library editor: the background refuses a long note, tag, too many tags or a long passage', async () => {
    const lib = new Library(new QuotelightDB(uniqueDbName()));
    const base = { url: PAGE.url, meta: META, text: ARTICLE_TEXT, start: 0, end: 10 };
    await expect(lib.addHighlight({ ...base, note: tooLongNote })).rejects.toThrow(limitMessage('note', LIMITS.note + 1));
    await expect(lib.addHighlight({ ...base, tags: ['t'.repeat(LIMITS.tag + 1)] })).rejects.toBeInstanceOf(LimitError);
    await expect(lib.addHighlight({ ...base, tags: Array.from({ length: LIMITS.tags + 1 }, (_, i) => `t${i}`) })).rejects.toThrow(/too many/);
    const long = 'x'.repeat(LIMITS.quote + 5);
    await expect(lib.addHighlight({ ...base, text: long, end: long.length })).rejects.toThrow(/highlighted passage is too long/);
    const row = await lib.addHighlight(base);
    await expect(lib.updateAnnotation(row.id, { note: tooLongNote })).rejects.toThrow(/note is too long/);
    expect((await lib.db.annotations.get(row.id))?.note).toBeNull();
  });

  it('import: the same limits, with the place in the file', () => {
    const c = JSON.parse(JSON.stringify(toAnnotationCollection([ARTICLE], ANNOTATIONS, IDS)));
    const i = c.first.items.findIndex((it: { body?: { purpose: string }[] }) => it.body?.some((b) => b.purpose === 'commenting'));
    const b = c.first.items[i].body.findIndex((x: { purpose: string }) => x.purpose === 'commenting');
    c.first.items[i].body[b].value = tooLongNote;
    expect(() => importJson(JSON.stringify(c))).toThrow(`items[${i}].body[${b}].value: ${limitMessage('note', LIMITS.note + 1)}`);
    const t = JSON.parse(JSON.stringify(toAnnotationCollection([ARTICLE], ANNOTATIONS, IDS)));
    t.quotelight.articles[0].title = 'T'.repeat(LIMITS.title + 1);
    expect(() => importJson(JSON.stringify(t))).toThrow('quotelight.articles[0].title: The title is too long');
  });

  it('a page title over the limit is cut, not refused (the page cannot be refused)', () => {
    const title = 'T'.repeat(LIMITS.title * 2);
    expect(clipTitle(title)).toHaveLength(LIMITS.title);
    expect(articleFromMeta('https://e.example/a', 'https://e.example/a', { title }, 1, undefined).title).toHaveLength(LIMITS.title);
  });
});
