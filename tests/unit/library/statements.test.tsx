// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { groupStatements } from '../../../src/library/statements';
import { StatementList } from '../../../src/library/StatementList';
import { QuoteElsewhereList } from '../../../src/ui/QuoteElsewhere';
import type { QuoteElsewhere } from '../../../src/shared/quotes-elsewhere';
import { hit } from './fixtures';
import { namedSpeaker, NOBODY, parseSpeaker } from '../../../src/shared/speaker-value';

const HOSTILE = '<img src=x onerror="globalThis.pwned=1"> said the harbour will stay open all winter long';

afterEach(cleanup);

describe('groupStatements', () => {
  const hits = [
    hit({ id: 'a1', text: 'The harbour will stay open all winter, whatever happens.' }, { id: 'https://a.example/1', site: 'A' }),
    hit({ id: 'b1', text: 'The harbour will stay open all winter, whatever happens' }, { id: 'https://b.example/1', site: 'B' }),
    hit({ id: 'c1', text: 'The harbour will stay open all summer, whatever happens.' }, { id: 'https://c.example/1', site: 'C' }),
    hit({ id: 'd1', text: 'Repairs to the old pier begin in May next year.' }, { id: 'https://c.example/1', site: 'C' }),
  ];

  it('lists one statement once, with each article and how its wording differs', () => {
    const statements = groupStatements(hits);
    expect(statements.map((s) => s.versions.map((v) => [v.hit.annotation.id, v.comparison?.kind ?? 'first']))).toEqual([
      [
        ['a1', 'first'],
        ['b1', 'same'],
        ['c1', 'reworded'],
      ],
      [['d1', 'first']],
    ]);
    const { container } = render(<StatementList statements={statements} onOpen={() => {}} />);
    expect(container.querySelectorAll('[data-testid="statement"]')).toHaveLength(2);
    expect(container.querySelector('[data-testid="statement"] .statement-count')?.textContent).toBe('Quoted in 3 articles');
    expect(container.querySelector('del')?.textContent).toContain('winter');
    expect(container.querySelector('ins')?.textContent).toContain('summer');
  });
});

describe('QuoteElsewhereList', () => {
  const match = (over: Partial<QuoteElsewhere>): QuoteElsewhere => ({
    annotationId: 'x1',
    articleId: 'https://b.example/1',
    title: 'Title',
    site: 'B Outlet',
    published: '2024-05-15',
    saved: 0,
    speaker: namedSpeaker('Mara Lind'),
    text: HOSTILE,
    kind: 'reworded',
    diff: [
      { op: 'same', words: ['<img', 'src=x>'] },
      { op: 'changed', from: ['winter'], to: ['summer'] },
    ],
    trimmed: null,
    ...over,
  });

  it('says in how many articles, links to the library, shows the other speaker, and renders page text as text', () => {
    const { container } = render(
      <QuoteElsewhereList
        matches={[match({}), match({ annotationId: 'x2', articleId: 'https://c.example/1', kind: 'same', speaker: namedSpeaker('mara lind') })]}
        speaker={namedSpeaker('Mara Lind')}
        libraryUrl="ext://lib/index.html"
      />,
    );
    expect(container.querySelector('.elsewhere-count')?.textContent).toBe('Also in 2 articles');
    expect(container.querySelector('a')?.getAttribute('href')).toBe('ext://lib/index.html#article=https%3A%2F%2Fb.example%2F1&at=x1');
    expect(container.querySelectorAll('[data-testid="other-speaker"]')).toHaveLength(0);
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toContain('<img src=x>');
    expect(container.querySelector('[data-op="changed"]')?.textContent).toBe(' changed: winter to: summer');
  });

  it('names the speaker there when another article gives the words to someone else', () => {
    const { container } = render(<QuoteElsewhereList matches={[match({ speaker: parseSpeaker('unnamed: a port worker') })]} speaker={namedSpeaker('Mara Lind')} libraryUrl="" />);
    expect(container.querySelector('[data-testid="other-speaker"]')?.textContent).toBe(' · said there by an unnamed source (a port worker)');
  });
});

describe('sameSpeaker', () => {
  it('takes a surname for the full name, not another person of that surname', async () => {
    const { likelySameSpeaker } = await import('../../../src/shared/quotes-elsewhere');
    const same = (x: string | null, y: string | null) => likelySameSpeaker(parseSpeaker(x), parseSpeaker(y));
    expect(same('Okafor', 'Anna Okafor')).toBe(true);
    expect(same('anna  OKAFOR', 'Anna Okafor')).toBe(true);
    expect(same('Ben Okafor', 'Anna Okafor')).toBe(false);
    expect(same('unnamed: he', 'unnamed: an aide')).toBe(true);
    expect(same('unnamed: an aide', 'Anna Okafor')).toBe(false);
    expect(same(null, 'Anna Okafor')).toBe(false);
    expect(likelySameSpeaker(NOBODY, NOBODY)).toBe(true);
  });
});
