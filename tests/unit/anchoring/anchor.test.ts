import fc from 'fast-check';
import { describe as suite, expect, it } from 'vitest';
import { anchor, anchorAll, describe } from '../../../src/anchoring';
import { MIN_FUZZY_SCORE, scoreFuzzy } from '../../../src/anchoring/anchor';

const P1 =
  'The finance minister arrived late on Tuesday, after talks in Brussels ran over by two hours.';
const P2 =
  '"We will balance the budget by the end of next year, whatever it takes," she told reporters outside the ministry.';
const P3 =
  'Opposition leaders dismissed the pledge as unrealistic and demanded an independent review of the figures.';
const P4 = 'Markets barely moved on the news, and the currency closed flat against the euro.';
const ARTICLE = [P1, P2, P3, P4].join('\n\n');

function spanOf(text: string, passage: string): [number, number] {
  const start = text.indexOf(passage);
  if (start < 0) throw new Error(`fixture: "${passage}" not in text`);
  return [start, start + passage.length];
}

const QUOTE = 'We will balance the budget by the end of next year, whatever it takes,';

suite('describe', () => {
  it('captures exact text, 32 chars of context and UTF-16 position', () => {
    const [s, e] = spanOf(ARTICLE, QUOTE);
    const sel = describe(ARTICLE, s, e);
    expect(sel.quote.exact).toBe(QUOTE);
    expect(sel.quote.prefix).toBe(ARTICLE.slice(s - 32, s));
    expect(sel.quote.suffix).toBe(ARTICLE.slice(e, e + 32));
    expect(sel.position).toEqual({ type: 'TextPositionSelector', start: s, end: e });
    expect(sel.astralBefore).toBe(0);
  });

  it('shortens context at the text edges and never splits a surrogate pair', () => {
    const text = `${'😀'.repeat(20)}hello${'😀'.repeat(20)}`;
    const sel = describe(text, 40, 45);
    expect(sel.quote.exact).toBe('hello');
    // 32 code units would cut an emoji in half at both ends; 30 keeps whole pairs.
    expect(sel.quote.prefix).toBe('😀'.repeat(16));
    expect(sel.quote.suffix).toBe('😀'.repeat(16));
    expect(sel.astralBefore).toBe(20);
    const edge = describe('short text', 0, 5);
    expect(edge.quote.prefix).toBe('');
    expect(edge.quote.suffix).toBe(' text');
  });

  it('rejects ranges outside the text', () => {
    expect(() => describe('abc', 2, 1)).toThrow(RangeError);
    expect(() => describe('abc', 0, 4)).toThrow(RangeError);
  });
});

suite('anchor', () => {
  const [s, e] = spanOf(ARTICLE, QUOTE);
  const sel = describe(ARTICLE, s, e);

  it('uses the stored position when the text is unchanged', () => {
    expect(anchor(ARTICLE, sel)).toEqual({ start: s, end: e, method: 'position' });
  });

  it('finds the passage by exact search after words were inserted before it', () => {
    const changed = ARTICLE.replace('arrived late on Tuesday', 'arrived very late, and visibly tired, on Tuesday');
    const hit = anchor(changed, sel);
    expect(hit?.method).toBe('exact');
    expect(changed.slice(hit!.start, hit!.end)).toBe(QUOTE);
  });

  it('finds a moved paragraph', () => {
    const moved = [P1, P3, P4, P2].join('\n\n');
    const hit = anchor(moved, sel);
    expect(hit).not.toBeNull();
    expect(moved.slice(hit!.start, hit!.end)).toBe(QUOTE);
  });

  it('fuzzy-matches when a typo inside the quote was fixed', () => {
    const typoText = ARTICLE.replace('balance the budget', 'balanse the budjet');
    const [ts, te] = spanOf(typoText, 'We will balanse the budjet by the end of next year, whatever it takes,');
    const typoSel = describe(typoText, ts, te);
    const hit = anchor(ARTICLE, typoSel);
    expect(hit?.method).toBe('fuzzy');
    expect(ARTICLE.slice(hit!.start, hit!.end)).toBe(QUOTE);
  });

  it('fuzzy-matches a paragraph that was both moved and edited', () => {
    const edited = [P1, P3, P4, P2.replace('next year', 'next  year')].join('\n\n');
    const hit = anchor(edited, sel);
    expect(hit?.method).toBe('fuzzy');
    expect(edited.slice(hit!.start, hit!.end)).toBe(QUOTE.replace('next year', 'next  year'));
  });

  it('prefers the occurrence whose context matches when the quote text repeats', () => {
    const text = 'Alpha said "no". Beta then said "no". Gamma said "no".';
    const target = text.indexOf('"no"', text.indexOf('Beta'));
    const repeated = describe(text, target, target + 4);
    const edited = `Preface. ${text}`;
    const hit = anchor(edited, repeated);
    expect(hit?.method).toBe('exact');
    expect(hit!.start).toBe(target + 'Preface. '.length);
  });

  it('returns null when the passage was deleted', () => {
    const deleted = [P1, P3, P4].join('\n\n');
    expect(anchor(deleted, sel)).toBeNull();
  });

  it('does not pin a deleted passage to a look-alike sentence elsewhere', () => {
    const lookAlike =
      'Later the deputy insisted: "We would balance the budget by the end of this year, whatever it took."';
    const changed = [P1, P3, P4, lookAlike].join('\n\n');
    const candidates = scoreFuzzy(changed, sel.quote, sel.position.start);
    expect(candidates.length).toBeGreaterThan(0); // the look-alike is within the edit budget...
    for (const c of candidates) expect(c.score).toBeLessThan(MIN_FUZZY_SCORE); // ...but scores too low
    expect(anchor(changed, sel)).toBeNull();
  });

  it('returns null for an empty quote', () => {
    expect(anchor(ARTICLE, { quote: { type: 'TextQuoteSelector', exact: '', prefix: '', suffix: '' } })).toBeNull();
  });

  it('property: describe then anchor on unchanged text returns the same span', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 300, unit: fc.constantFrom('a', 'b', ' ', '.', 'é', '😀', '\n') }),
        fc.nat(),
        fc.nat(),
        (text, a, b) => {
          let start = a % text.length;
          let end = start + 1 + (b % (text.length - start));
          // keep whole surrogate pairs, as a real selection would
          if (text.charCodeAt(start) >= 0xdc00 && text.charCodeAt(start) <= 0xdfff) start--;
          if (end < text.length && text.charCodeAt(end) >= 0xdc00 && text.charCodeAt(end) <= 0xdfff) end++;
          const hit = anchor(text, describe(text, start, end));
          expect(hit).toEqual({ start, end, method: 'position' });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('property: with the position lost, exact search still returns the described text', () => {
    fc.assert(
      fc.property(fc.lorem({ maxCount: 40 }), fc.nat(), fc.nat(), (text, a, b) => {
        fc.pre(text.length > 0);
        const start = a % text.length;
        const end = start + 1 + (b % (text.length - start));
        const { quote } = describe(text, start, end);
        const hit = anchor(text, { quote });
        expect(hit && text.slice(hit.start, hit.end)).toBe(quote.exact);
      }),
    );
  });
});

suite('anchorAll', () => {
  // How fast is bench/anchoring-browser.ts's job ("unchanged page", in `npm run bench`): timing is not asserted here.
  it('anchors 500 annotations on a 10k-word text by their stored positions', () => {
    const words = Array.from({ length: 10_000 }, (_, i) => `word${(i * 7919) % 5000}`);
    const text = words.join(' ');
    const annotations = Array.from({ length: 500 }, (_, i) => {
      const start = text.indexOf(' ', i * 100) + 1;
      return { id: `a${i}`, selectors: describe(text, start, start + 40) };
    });
    const { anchored, notFound } = anchorAll(text, annotations);
    expect(anchored).toHaveLength(500);
    expect(notFound).toHaveLength(0);
    expect(anchored.every((a) => a.method === 'position')).toBe(true);
  });

  it('splits results into anchored and notFound', () => {
    const a = { id: 'kept', selectors: describe(ARTICLE, ...spanOf(ARTICLE, 'Markets barely moved')) };
    const b = { id: 'gone', selectors: describe(ARTICLE, ...spanOf(ARTICLE, 'independent review of the figures')) };
    const edited = [P1, P2, P4].join('\n\n');
    const result = anchorAll(edited, [a, b]);
    expect(result.anchored.map((x) => x.annotation.id)).toEqual(['kept']);
    expect(edited.slice(result.anchored[0]!.start, result.anchored[0]!.end)).toBe('Markets barely moved');
    expect(result.notFound.map((x) => x.id)).toEqual(['gone']);
  });
});
