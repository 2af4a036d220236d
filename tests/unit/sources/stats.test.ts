import { describe, expect, it } from 'vitest';
import { sourcesCsv } from '../../../src/sources/csv';
import { actorTypeMap, type SourceQuote, sourcesStats, UNATTRIBUTED_ROW, UNNAMED_ROW } from '../../../src/sources/stats';
import { parseSpeaker } from '../../../src/shared/speaker-value';

const said = (speaker: string | null, text: string): SourceQuote => ({ speaker: parseSpeaker(speaker), text });

const actors = actorTypeMap([
  { name: 'Mara Lind', aliases: ['Lind'], type: 'person' },
  { name: 'Harbour Board', type: 'organization' },
  { name: 'Lowtown', type: 'place' },
]);

describe('sourcesStats', () => {
  const stats = sourcesStats(
    [
      said('Mara Lind', 'The harbour stays open all winter, whatever the weather.'),
      said('mara lind', 'We will not close it.'),
      said('Harbour Board', 'Repairs start in May.'),
      said('unnamed: a port worker', 'Nobody told us anything about the repairs.'),
      said('unnamed: officials', 'It is under review.'),
      said(null, 'closed for good'),
      said('Sam Other', 'Maybe so.'),
    ],
    actors,
  );

  it('ranks speakers by quotes, then words, names compared ignoring case; the unattributed last', () => {
    expect(stats.rows.map((r) => [r.speaker, r.type, r.quotes, r.words])).toEqual([
      ['Mara Lind', 'person', 2, 14],
      [UNNAMED_ROW, 'unnamed', 2, 11],
      ['Harbour Board', 'organization', 1, 4],
      ['Sam Other', 'other', 1, 2],
      [UNATTRIBUTED_ROW, 'unattributed', 1, 3],
    ]);
  });

  it('gives shares of quotes and of quoted words, unnamed sources, people and organizations', () => {
    expect(stats.total).toEqual({ quotes: 7, words: 34 });
    expect(stats.rows[0]!.wordShare).toBeCloseTo(14 / 34);
    expect(stats.rows[0]!.quoteShare).toBeCloseTo(2 / 7);
    expect(stats.byType.unnamed).toEqual({ quotes: 2, words: 11 });
    expect(stats.byType.person.quotes).toBe(2);
    expect(stats.byType.organization.quotes).toBe(1);
  });

  it('exports CSV with the export escaping (quoting, formula guard, BOM, CRLF)', () => {
    const csv = sourcesCsv(sourcesStats([said('=HYPERLINK("x"), Esq.', 'one two three')], new Map()));
    expect(csv).toBe('\uFEFFspeaker,type,quotes,quote_share,words,word_share\r\n"\'=HYPERLINK(""x""), Esq.",other,1,1.0000,3,1.0000\r\n');
  });
});
