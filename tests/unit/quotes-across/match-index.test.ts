import { describe, expect, it } from 'vitest';
import { QuoteMatchIndex } from '../../../src/quotes-across';
import { parseSpeaker } from '../../../src/shared/speaker-value';

const q = (id: string, articleId: string, text: string, speaker: string | null = null) => ({ id, articleId, text, speaker: parseSpeaker(speaker) });

describe('QuoteMatchIndex', () => {
  it('finds the same words and a reworded quote in other articles, not in the same one', () => {
    const index = new QuoteMatchIndex();
    index.put(q('1', 'A', 'Our harbour will stay open through the whole winter season', 'Mara Lind'));
    index.put(q('2', 'B', '“Our harbour will stay open through the whole winter season.”', 'Mara Lind'));
    index.put(q('3', 'C', 'Our harbour will stay open through the winter season', 'Port authority'));
    index.put(q('4', 'D', 'The museum closes for repairs at the end of the month', 'Mara Lind'));
    const found = index.lookup('Our harbour will stay open through the whole winter season', 'A');
    expect(found.map((m) => [m.quote.id, m.kind])).toEqual([
      ['2', 'same'],
      ['3', 'reworded'],
    ]);
    expect(found[1]!.diff.filter((p) => p.op !== 'same')).toEqual([{ op: 'dropped', words: ['whole'], elided: false }]);
  });

  it('follows removals and replacements without a rebuild', () => {
    const index = new QuoteMatchIndex();
    index.put(q('1', 'A', 'the ferry timetable changes on the first of June'));
    index.put(q('2', 'B', 'the ferry timetable changes on the first of June'));
    expect(index.lookup('the ferry timetable changes on the first of June', 'A')).toHaveLength(1);
    index.remove('2');
    expect(index.lookup('the ferry timetable changes on the first of June', 'A')).toHaveLength(0);
    index.put(q('2', 'B', 'a completely different sentence about the old lighthouse keeper'));
    expect(index.lookup('the ferry timetable changes on the first of June', 'A')).toHaveLength(0);
    expect(index.size).toBe(2);
  });

  it('matches a short quote only when every word is the same', () => {
    const index = new QuoteMatchIndex();
    index.put(q('1', 'A', 'Absolutely not, never.'));
    index.put(q('2', 'B', 'absolutely not, never, she said, and left the room without another word'));
    index.put(q('3', 'C', 'never'));
    expect(index.lookup('“Absolutely not — never”', null).map((m) => m.quote.id)).toEqual(['1']);
    expect(index.lookup('never', null)).toEqual([]);
  });

  it('keeps words no stored quote has apart from each other', () => {
    const index = new QuoteMatchIndex();
    index.put(q('1', 'A', 'the plan costs zorbles and gives plinks to every town'));
    expect(index.lookup('the plan costs flims and gives blorps to every town', null)[0]!.kind).toBe('reworded');
  });
});

describe('QuoteMatchIndex under churn', () => {
  it('finds the same quotes after thousands of replacements (the word-id pool compacts)', () => {
    const index = new QuoteMatchIndex();
    const words = 'harbour ferry winter council bridge budget river school grain storm port tunnel ice berth crew'.split(' ');
    const sentence = (n: number) => `${Array.from({ length: 10 }, (_, k) => words[(n * 7 + k * ((n % 5) + 1)) % words.length]).join(' ')} number${n}`;
    for (let n = 0; n < 8000; n++) index.put(q(`q${n}`, `A${n % 300}`, sentence(n)));
    // Every other quote re-saved twice (a re-analysed article), then half of them removed.
    for (let round = 0; round < 2; round++) for (let n = 0; n < 8000; n += 2) index.put(q(`q${n}`, `A${n % 300}`, sentence(n)));
    for (let n = 0; n < 8000; n += 4) index.remove(`q${n}`);
    expect(index.size).toBe(6000);
    for (const n of [2, 3, 4001, 7998]) {
      const found = index.lookup(sentence(n), 'elsewhere').filter((m) => m.kind === 'same' && m.trimmed === null);
      expect(found.map((m) => m.quote.id)).toContain(`q${n}`);
    }
    expect(index.lookup(sentence(4), 'elsewhere').map((m) => m.quote.id)).not.toContain('q4');
  });
});
