import { describe, expect, it } from 'vitest';
import { NUM_LABELS } from '../../../../src/analysis/ner/labels';
import { decodeModel, encodeModel } from '../../../../src/analysis/ner/model';
import { fnv1a } from '../../../../src/analysis/ner/hash';
import { tagDocument } from '../../../../src/analysis/ner/tag-document';
import { tokenize } from '../../../../src/analysis/tokens';

const L = NUM_LABELS;
/** A model that knows three words: "kroger" as ORG, and as PER after "said". */
function tinyModel() {
  const feats = new Map<number, Float64Array>();
  const w = (f: string, label: number, v: number) => {
    const x = feats.get(fnv1a(f)) ?? new Float64Array(L);
    x[label] = v;
    feats.set(fnv1a(f), x);
  };
  w('b', 0, 1);
  w('w=kroger', 3, 3); // B-ORG
  w('w-1=said', 1, 4); // B-PER after "said"
  return decodeModel(encodeModel(feats, new Float64Array(L * L), new Float64Array(L), { lexicons: false, minWeight: 0 }));
}

describe('tagging a document', () => {
  const sentences = ['Kroger raised prices.', 'Kroger cut jobs.', 'Analysts said Kroger would.'].map((s) => tokenize(s));

  it('retypes a name the majority of its mentions type otherwise', () => {
    const model = tinyModel();
    const alone = tagDocument(model, sentences, { consistency: false });
    expect(alone.map((ss) => ss.map((s) => s.type))).toEqual([['ORG'], ['ORG'], ['PER']]);
    const voted = tagDocument(model, sentences);
    expect(voted.map((ss) => ss.map((s) => s.type))).toEqual([['ORG'], ['ORG'], ['ORG']]);
  });

  it('leaves a tie alone', () => {
    const model = tinyModel();
    const tie = tagDocument(model, [sentences[0]!, sentences[2]!]);
    expect(tie.map((ss) => ss.map((s) => s.type))).toEqual([['ORG'], ['PER']]);
  });

  it('skips the sentences it is told cannot hold a name', () => {
    const out = tagDocument(tinyModel(), sentences, { skip: (t) => t[0]!.text === 'Analysts' });
    expect(out[2]).toEqual([]);
  });
});

describe('names the tagger missed in one sentence', () => {
  it('tags a name, or a surname of a person, that the document tags elsewhere', () => {
    const feats = new Map<number, Float64Array>();
    const w = (f: string, label: number, v: number) => {
      const x = feats.get(fnv1a(f)) ?? new Float64Array(L);
      x[label] = v;
      feats.set(fnv1a(f), x);
    };
    w('b', 0, 1);
    w('w=ana', 1, 3); // B-PER
    w('w=lindqvist', 2, 3); // I-PER
    w('w-1=said', 0, 9); // nothing after "said"
    const model = decodeModel(encodeModel(feats, new Float64Array(L * L), new Float64Array(L), { lexicons: false, minWeight: 0 }));
    const sentences = ['Ana Lindqvist left.', 'Officials said Lindqvist would return.', 'The lindqvist method.'].map((s) => tokenize(s));
    const alone = tagDocument(model, sentences.slice(0, 2), { consistency: false });
    expect(alone[1]).toEqual([]);
    expect(tagDocument(model, sentences.slice(0, 2))[1]).toEqual([{ type: 'PER', from: 2, to: 3 }]);
    // Written in lower case elsewhere: a word, not a name.
    expect(tagDocument(model, sentences)[1]).toEqual([]);
  });
});
