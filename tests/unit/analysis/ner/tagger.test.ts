import { describe, expect, it } from 'vitest';
import modelFile from '../../../../src/analysis/models/ner-en.json';
import { documentContext, sentenceFeatures } from '../../../../src/analysis/ner/features';
import { decodeModel, emissions, type NerModelFile } from '../../../../src/analysis/ner/model';
import { tagLabels } from '../../../../src/analysis/ner/tagger';
import { viterbi } from '../../../../src/analysis/ner/viterbi';
import { tokenize } from '../../../../src/analysis/tokens';

const model = decodeModel(modelFile as NerModelFile);

describe('the tagger at run time', () => {
  it('hashes feature parts as they come to the same scores as the feature strings training sees', () => {
    const sentences = [
      'Prime Minister Tobias Rennert flew to Geneva on Monday to meet officials of the World Bank.',
      '“We’re not done,” Rennert’s spokeswoman, Ana Lindqvist, told Reuters in São Paulo.',
      'The U.S. Department of Justice and AT&T said the deal — worth $85 billion — was off.',
      'ÉMILE ZOLA wrote; the workers’ union (CGT) in Île-de-France replied.',
    ].map((s) => tokenize(s));
    const doc = documentContext(sentences);
    // Twice over: the second pass scores every word from the article's word cache.
    for (const _pass of [1, 2])
      for (const tokens of sentences) {
        const fromStrings = emissions(model, sentenceFeatures(tokens, doc, { lexicons: model.lexicons, gazetteer: model.gazetteer, clusters: model.clusters }));
        expect([...tagLabels(model, tokens, doc)]).toEqual([...viterbi(tokens.length, fromStrings, model.trans, model.start)]);
      }
  });
});
