import { describe, expect, it } from 'vitest';
import { exportFile, safeFilename } from '../../../src/export/files';
import { importJson } from '../../../src/export/import';
import { ANNOTATIONS, ARTICLE } from '../../fixtures/storage/records';

const NOW = Date.UTC(2024, 4, 1, 15);

describe('download builders', () => {
  it('makes safe filenames from hostile titles', () => {
    expect(safeFilename('Mayor: "We will win" — yes/no?', 'md')).toBe('Mayor We will win — yes no.md');
    expect(safeFilename('../../etc/passwd', 'md')).toBe('etc passwd.md');
    expect(safeFilename('CON', 'md')).toBe('_CON.md');
    expect(safeFilename('nul.txt', 'md')).toBe('_nul.txt.md');
    expect(safeFilename('  ...  ', 'md')).toBe('quotelight.md');
    expect(safeFilename('a\u202Egpj.exe', 'md')).toBe('a gpj.exe.md');
    expect(safeFilename('tab\there\nnew', 'csv')).toBe('tab here new.csv');
    const long = safeFilename('😀'.repeat(200), 'md');
    expect([...long.replace(/\.md$/, '')]).toHaveLength(80); // cut by characters, never inside a pair
    expect(long.replace(/\.md$/, '')).toBe('😀'.repeat(80));
  });

  it('builds one file per format with the right mime type', () => {
    const data = { articles: [ARTICLE], annotations: ANNOTATIONS };
    const md = exportFile('markdown', data, NOW);
    expect(md).toMatchObject({ filename: 'Mayor We will win — yes no CON.md', mime: 'text/markdown;charset=utf-8' });
    expect(md.content.startsWith('---\ntitle: ')).toBe(true);

    const second = { ...ARTICLE, id: 'https://b.example/x', urls: [], title: 'B' };
    const lib = exportFile('markdown', { articles: [ARTICLE, second], annotations: ANNOTATIONS }, NOW);
    expect(lib.filename).toBe('quotelight-library-2024-05-01.md');
    expect(lib.content).toContain('# Quotelight library');

    const csv = exportFile('csv', data, NOW);
    expect(csv).toMatchObject({ filename: 'quotelight-2024-05-01.csv', mime: 'text/csv;charset=utf-8' });
    expect(csv.content.split('\r\n')).toHaveLength(ANNOTATIONS.length + 2);

    const json = exportFile('json', data, NOW);
    expect(json.filename).toBe('quotelight-2024-05-01.jsonld');
    expect(json.mime).toBe('application/ld+json;profile="http://www.w3.org/ns/anno.jsonld"');
    const parsed = JSON.parse(json.content);
    expect(parsed.id).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
    expect(parsed.first.id).not.toBe(parsed.id);
    expect(importJson(json.content).annotations.map((a) => a.id).sort()).toEqual(ANNOTATIONS.map((a) => a.id).sort());
  });
});
