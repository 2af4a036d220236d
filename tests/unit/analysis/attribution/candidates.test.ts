import { describe, expect, it } from 'vitest';
import { stagesOf } from './stages';

describe('candidates', () => {
  it('lists the pattern hit, nearby names, pronouns and nobody, deciding nothing', () => {
    const { candidatesOf } = stagesOf(
      'Port director Ana Lindqvist met Tomas Berg on Monday.',
      '“We will keep the harbour open,” she said, after Berg left.',
    );
    const { cands } = candidatesOf(0);
    const kinds = cands.map((c) => `${c.kind}:${c.ref?.text ?? ''}`);
    expect(kinds).toContain('pronoun:she');
    expect(kinds).toContain('name:Berg');
    expect(kinds).toContain('name:Ana Lindqvist');
    expect(kinds.at(-1)).toBe('nobody:');
    const she = cands.find((c) => c.ref?.text === 'she')!;
    expect(she.patterns.map((p) => p.rule)).toContain('trailing-subject-verb');
    expect(she.entity?.name).toBe('Ana Lindqvist');
  });

  it('a description resolves to the organization named before it', () => {
    const { candidatesOf } = stagesOf(
      'Kestrel Freight Holdings raised its prices on Monday.',
      '“Costs have gone up for everyone,” the company said in a statement.',
    );
    const company = candidatesOf(0).cands.find((c) => c.ref?.text === 'the company')!;
    expect(company.kind).toBe('description');
    expect(company.entity?.name).toBe('Kestrel Freight Holdings');
  });

  it('a plural description stays an unnamed source', () => {
    const { candidatesOf } = stagesOf('“The talks are over,” officials said.');
    const officials = candidatesOf(0).cands.find((c) => c.ref?.text === 'officials')!;
    expect(officials.entity).toBeNull();
    expect(officials.unnamed).toBe('officials');
  });
});
