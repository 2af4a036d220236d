import { describe, expect, it } from 'vitest';
import { LABELS } from '../../../../src/analysis/ner/labels';
import { tokenize } from '../../../../src/analysis/tokens';
import { articleSentences, type CoreNlpToken, projectLabels } from '../../../../scripts/train/ner-data';

/** CoreNLP-style tokens: split on spaces and before a possessive, tags given per token. */
function corenlp(text: string, tags: string[]): CoreNlpToken[] {
  const out: CoreNlpToken[] = [];
  const re = /['’]s\b|[\p{L}\p{N}.]+|[^\s\p{L}\p{N}]/gu;
  let k = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push([m.index, m.index + m[0].length, 'NN', tags[k++] ?? 'O']);
  return out;
}

const project = (text: string, tags: string[]) => {
  const toks = tokenize(text);
  return toks.map((t, i) => `${t.text}/${LABELS[projectLabels(toks, corenlp(text, tags))[i]!]}`);
};

describe('label projection', () => {
  it('turns CoreNLP IO tags into BIO on our tokens', () => {
    expect(project('Ilse Varnhagen met the Harbour Board', ['PERSON', 'PERSON', 'O', 'O', 'ORGANIZATION', 'ORGANIZATION'])).toEqual([
      'Ilse/B-PER', 'Varnhagen/I-PER', 'met/O', 'the/O', 'Harbour/B-ORG', 'Board/I-ORG',
    ]);
  });
  it('a possessive is one of our tokens and keeps the name’s label', () => {
    expect(project('Varnhagen’s plan', ['PERSON', 'O', 'O'])).toEqual(['Varnhagen’s/B-PER', 'plan/O']);
  });
  it('maps finer place classes to LOC and MISC and numbers to O', () => {
    expect(project('Eastmoor in Norland won 3', ['CITY', 'O', 'COUNTRY', 'MISC', 'NUMBER'])).toEqual(['Eastmoor/B-LOC', 'in/O', 'Norland/B-LOC', 'won/O', '3/O']);
  });
  it('a new entity begins after a gap of another type', () => {
    expect(project('Varnhagen , Brennholt', ['PERSON', 'O', 'PERSON'])).toEqual(['Varnhagen/B-PER', ',/O', 'Brennholt/B-PER']);
  });
  it('splits an article into paragraph sentences', () => {
    const s = articleSentences('First one here. Second one.\n\nA new paragraph');
    expect(s.map((x) => x.map((t) => t.text).join(' '))).toEqual(['First one here .', 'Second one .', 'A new paragraph']);
  });
});
