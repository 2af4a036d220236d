// The seed page end to end, through the same extraction the CLI uses.
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/analyze';
import { extractArticle } from '../../../src/extraction/extract-article';
import { speakerString } from '../../../src/shared/speaker-value';

const html = readFileSync(new URL('../../fixtures/seed-wapo-russia.html', import.meta.url), 'utf8');
const { document } = parseHTML(html) as unknown as { document: Document };
const article = extractArticle(document)!;
const result = analyze(article);

// Every quotation of the article body with its speaker (a careful reader's marking).
const EXPECTED: [string, string][] = [
  ['any sense', 'Dmitry Peskov'],
  ['gave the most important, basic cut of the picture.', 'Dmitry Peskov'],
  ['This will be complemented literally within the next few days, after which it could be understood somehow where to move further and how, and whether it makes sense at all,', 'Dmitry Peskov'],
  ['military technical', 'Vladimir Putin'],
  ['swift response', 'Maria Zakharova'],
  ['simply nonstarters', 'Wendy Sherman'],
  ['We will not allow anyone to slam closed NATO’s open-door policy, which has always been central to the NATO alliance.', 'Wendy Sherman'],
  ['only the start of a potentially lengthy process.', 'Wendy Sherman'],
  ['open, substantive and direct.', 'Dmitry Peskov'],
  ['It would be naive to think that one round of negotiations can bring comprehensive results,', 'Dmitry Peskov'],
  ['not accept an endless stalling of this process,', 'Dmitry Peskov'],
  ['A few more rounds are ahead, and they will give a clearer idea as to where we stand with the Americans,', 'Dmitry Peskov'],
  ['a large-scale information attack.', 'Dmitry Peskov'],
  ['Indeed, we can see that our U.S. opponents are continuing to publish threats of upcoming sanctions as a mantra,', 'Dmitry Peskov'],
  ['Of course, such things do not help create a constructive atmosphere before the consultations.', 'Dmitry Peskov'],
  ['massive consequences', 'Antony Blinken'],
  ['gaslight', 'Antony Blinken'],
  ['No one should be surprised if Russia instigates a provocation or incident, then tries to use it to justify military intervention, hoping that by the time the world realizes the ruse it’ll be too late,', 'Antony Blinken'],
];

describe('seed page', () => {
  it('extracts the article without navigation, rails or related links', () => {
    expect(article.title).toBe('Russia threatens to scuttle talks with U.S. if there is no swift acceptance of its security demands');
    expect(article.text).not.toContain('Most read');
    expect(article.text).not.toContain('Sign in');
    expect(article.text).not.toContain('Russia-U.S. talks hit impasse');
    expect(article.text).not.toContain('Stefan Wermuth/Bloomberg');
  });
  it('finds every quote with its speaker', () => {
    expect(result.quotes.map((q) => [q.text, speakerString(q.speaker)])).toEqual(EXPECTED);
  });
  it('kinds: partial fragments and direct speech', () => {
    const kinds = Object.fromEntries(result.quotes.map((q) => [q.text, q.kind]));
    expect(kinds['military technical']).toBe('partial');
    expect(kinds['swift response']).toBe('partial');
    expect(kinds['It would be naive to think that one round of negotiations can bring comprehensive results,']).toBe('direct');
  });
  it('quote offsets slice to the quote text', () => {
    for (const q of result.quotes) expect(article.text.slice(q.start, q.end)).toBe(q.text);
  });
  it('names every actor of the article body with its type (the caption’s Gennady Gatilov is not one)', () => {
    const actors = result.actors.map((a) => `${a.type}: ${a.name}`).sort();
    expect(actors).toEqual(
      [
        'organization: Interfax',
        'organization: Kremlin',
        'organization: NATO',
        'organization: NATO-Russia Council',
        'organization: New York Times',
        'organization: Organization for Security and Cooperation in Europe',
        'organization: Russian Foreign Ministry',
        'person: Antony Blinken',
        'person: Dmitry Peskov',
        'person: Maria Zakharova',
        'person: Sergei Ryabkov',
        'person: Vladimir Putin',
        'person: Wendy Sherman',
        'place: Brussels',
        'place: Crimean Peninsula',
        'place: Europe',
        'place: Georgia',
        'place: Kyiv',
        'place: Moscow',
        'place: Russia',
        'place: Ukraine',
        'place: United States',
        'place: Vienna',
        'place: Washington',
      ].sort(),
    );
    const peskov = result.actors.find((a) => a.name === 'Dmitry Peskov')!;
    expect(peskov.aliases).toContain('Peskov');
    expect(result.actors.find((a) => a.name === 'United States')!.aliases).toContain('U.S.');
  });
});
