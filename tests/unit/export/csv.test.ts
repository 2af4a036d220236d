import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, annotationsCsv, csvCell, neutralizeFormula } from '../../../src/export/csv';
import { ANNOTATIONS, ARTICLE } from '../../fixtures/storage/records';
import { parseCsv } from '../../shared/csv-reader';

describe('CSV export', () => {
  const csv = annotationsCsv([ARTICLE], ANNOTATIONS);

  it('starts with a UTF-8 BOM and ends every line with CRLF', () => {
    expect(csv.startsWith('\uFEFFid,kind,text,')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '').includes('\r')).toBe(false);
  });

  it('has one row per annotation that reads back to the original values', () => {
    const rows = parseCsv(csv.slice(1));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(ANNOTATIONS.length + 1);
    const col = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);
    const fantasy = rows.find((r) => r[0] === '33333333-3333-4333-8333-333333333333')!;
    expect(fantasy[col('text')]).toBe('a fantasy, plain & simple');
    expect(fantasy[col('speaker')]).toBe('Bob Critic');
    expect(fantasy[col('detected_speaker')]).toBe('unnamed: critics');
    expect(fantasy[col('tags')]).toBe('spin; city hall');
    expect(fantasy[col('article_title')]).toBe(ARTICLE.title);
    expect(fantasy[col('created')]).toBe('2024-03-02T12:00:00.000Z');
    expect(fantasy[col('link')]).toMatch(/^https:\/\/news\.example\.com\/city\/mayor#:~:text=/);
    const note = rows.find((r) => r[col('kind')] === 'note')!;
    expect(note[col('note')]).toBe('Follow up:\nask about *zoning*');
  });

  it("has the detected speaker's probability in speaker_confidence, empty where none was recorded", () => {
    const rows = parseCsv(csv.slice(1));
    const cell = (id: string) => rows.find((r) => r[0]!.startsWith(id))![CSV_COLUMNS.indexOf('speaker_confidence')];
    expect(cell('11111111')).toBe('0.920');
    expect(cell('33333333')).toBe('0.410');
    expect(cell('44444444')).toBe('');
  });

  it('defuses spreadsheet formulas from page text', () => {
    const rows = parseCsv(csv.slice(1));
    const formula = rows.find((r) => r[0] === '22222222-2222-4222-8222-222222222222')!;
    expect(formula[CSV_COLUMNS.indexOf('text')]).toBe("'=cmd|' /C calc'!A0");
    for (const bad of ['=1+1', '+1', '-1', '@SUM(A1)', '\t=1', '\r=1']) expect(neutralizeFormula(bad)).toBe(`'${bad}`);
    expect(neutralizeFormula('a=1')).toBe('a=1');
  });

  it('defuses formulas hidden behind leading spaces, NBSP or zero-width characters', () => {
    for (const bad of [' =1+1', '\u00a0=HYPERLINK("http://x")', '\u200b@SUM(A1)', '\ufeff+1', '\u2060 -1', '  \u200d=1', '\uff1dcmd']) {
      expect(neutralizeFormula(bad)).toBe(`'${bad}`);
    }
    expect(neutralizeFormula(' plain = text')).toBe(' plain = text');
  });

  it('quotes only cells with comma, quote or line break, doubling quotes', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(null)).toBe('');
  });
});
