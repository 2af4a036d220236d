import { describe, expect, it } from 'vitest';
import { markParts } from '../../../src/library/marks';

describe('markParts', () => {
  it('marks whole words whose folded form matched, keeping the text as written', () => {
    expect(markParts('Péskov said: sanctions, Sanctions!', ['peskov', 'sanctions'])).toEqual([
      { text: 'Péskov', mark: true },
      { text: ' said: ', mark: false },
      { text: 'sanctions', mark: true },
      { text: ', ', mark: false },
      { text: 'Sanctions', mark: true },
      { text: '!', mark: false },
    ]);
  });

  it('never marks part of a word, and leaves text without matches whole', () => {
    expect(markParts('sanctioned', ['sanctions'])).toEqual([{ text: 'sanctioned', mark: false }]);
    expect(markParts('anything', [])).toEqual([{ text: 'anything', mark: false }]);
  });
});
