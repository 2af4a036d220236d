// Runs the stages up to one quotation's candidates on made-up text, for the stage tests.
import { generateCandidates, SubjectIndex } from '../../../../src/analysis/attribution/candidates';
import { quoteWindow } from '../../../../src/analysis/attribution/quote-window';
import { Resolver } from '../../../../src/analysis/attribution/resolve';
import { buildDoc } from '../../../../src/analysis/document';
import { findActors } from '../../../../src/analysis/actors/find-actors';
import { knownNames } from '../../../../src/analysis/noun-phrases';
import { article } from '../helpers';

export function stagesOf(...paras: string[]) {
  const doc = buildDoc(article(...paras));
  const { entities, mentions } = findActors({ text: doc.text, blocks: doc.blocks, sentences: doc.sentences, inQuote: doc.inQuote });
  const phraseDoc = { text: doc.text, known: knownNames(mentions) };
  const resolver = new Resolver(doc, entities, mentions);
  const subjects = new SubjectIndex(doc, phraseDoc);
  const candidatesOf = (qi: number) => {
    const win = quoteWindow(doc, qi);
    return { win, cands: generateCandidates(doc, phraseDoc, qi, win, resolver, subjects, null) };
  };
  return { doc, entities, resolver, candidatesOf };
}
