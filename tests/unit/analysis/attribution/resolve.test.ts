import { describe, expect, it } from 'vitest';
import { documentIntroduction } from '../../../../src/analysis/attribution/issuer';
import { buildDoc } from '../../../../src/analysis/document';
import { institutionName } from '../../../../src/analysis/descriptions';
import { article, said } from '../helpers';
import { stagesOf } from './stages';

describe('resolution: who a description stands for', () => {
  it('a country or nationality before an institution names one body', () => {
    expect(institutionName('the Norwegian foreign ministry')).toBe('Norwegian foreign ministry');
    expect(institutionName("Peru's embassy")).toBe("Peru's embassy");
    expect(institutionName('the foreign ministry')).toBeNull();
    expect(institutionName('a Norwegian ministry')).toBeNull();
    expect(institutionName('the Norwegian skier')).toBeNull();
  });

  it('an institution named by its country speaks as an organization, not an unnamed source', () => {
    const { resolver, doc } = stagesOf('The Norwegian foreign ministry said the plan was "a step backwards".');
    const ref = { kind: 'description' as const, text: 'The Norwegian foreign ministry', start: 0, end: 30, role: null, name: null };
    const r = resolver.resolve(ref, 0);
    expect(r.entity).toMatchObject({ name: 'Norwegian foreign ministry', type: 'organization' });
    expect(resolver.resolve(ref, 0).entity).toBe(r.entity);
    expect(doc.spans).toHaveLength(1);
  });

  it('finds where a document was introduced, past its definite repeats', () => {
    const doc = buildDoc(
      article(
        'On Monday, Harwick Foods issued a statement about the recall.',
        'The statement, which was seen by reporters, said the plant would close.',
        '"We regret the disruption," the statement continued.',
      ),
    );
    const pos = doc.text.lastIndexOf('the statement');
    const site = documentIntroduction(doc, 'statement', pos, doc.sentences.length - 1);
    expect(site?.sentence).toBe(0);
    expect(documentIntroduction(doc, 'letter', pos, doc.sentences.length - 1)).toBeNull();
  });

  it('"the statement continued" takes the organization that issued the statement, not the one named last', () => {
    const out = said(
      'On Monday, Harwick Foods issued a statement about its dispute with Pellam Logistics Group.',
      'The statement claimed that Harwick Foods and Pellam Logistics Group had reached a deal.',
      '"We regret the disruption to our customers," the statement continued.',
    );
    expect(out.at(-1)).toEqual(['We regret the disruption to our customers,', 'Harwick Foods']);
  });

  it('"the statement read" attributes like "said", and a description issuing it resolves where it stands', () => {
    const out = said(
      'Customers accused Harwick Foods of hiding the recall from a Pellam documentary crew.',
      'The company denied the claims in a statement posted to its website.',
      '"We have always told our customers the truth," the statement read.',
    );
    expect(out.at(-1)).toEqual(['We have always told our customers the truth,', 'Harwick Foods']);
  });

  it('"the production company" prefers the organization whose name shares its modifier', () => {
    const out = said(
      'Talks between Harwick Records and Orland Productions broke down on Friday.',
      '"No agreement was ever signed with the label," the production company said.',
    );
    expect(out[0]?.[1]).toBe('Orland Productions');
  });
});

describe('speakers named only where they speak', () => {
  it('become actors typed by their words; a capitalised common noun stays an unnamed source', () => {
    const { resolver } = stagesOf('Hundreds of protesters gathered.');
    const ref = (text: string) => ({ kind: 'name' as const, text, start: 0, end: text.length, role: null, name: null });
    expect(resolver.addSpeaker(ref('Orland Productions'))).toMatchObject({ type: 'organization' });
    expect(resolver.addSpeaker(ref('Dana Hau-yip'))).toMatchObject({ type: 'person', name: 'Dana Hau-yip' });
    expect(resolver.addSpeaker(ref('Protesters'))).toBeNull();
    expect(said('Hundreds of protesters gathered.', '“We will stay,” Protesters said.')[0]).toEqual(['We will stay,', 'unnamed: protesters']);
  });
});
