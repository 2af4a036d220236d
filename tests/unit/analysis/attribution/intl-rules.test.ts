// The attribution patterns of French, Spanish, German and Portuguese, and the analysis end to end
// on made-up news sentences of each language.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../src/analysis/analyze';
import { cliticSubject, ruleAccordingToIntl, ruleIntroIntl, ruleTrailingIntl } from '../../../../src/analysis/attribution/intl-rules';
import { quoteWindow } from '../../../../src/analysis/attribution/quote-window';
import { buildDoc } from '../../../../src/analysis/document';
import { languageData } from '../../../../src/analysis/lang';
import { speakerString } from '../../../../src/shared/speaker-value';
import { article } from '../helpers';

function contextOf(lang: string, text: string) {
  const L = languageData(lang)!;
  const doc = buildDoc({ ...article(text), lang }, L);
  const w = quoteWindow(doc, 0);
  const known = { byStart: new Map<number, number>(), byEnd: new Map<number, number>(), places: new Set<number>() };
  return { pre: w.pre, post: w.post, postIsNextSentence: w.postIsNextSentence, doc: { text: doc.text, known, lang: L } };
}

function said(lang: string, ...paras: string[]): [string, string | null][] {
  return analyze({ ...article(...paras), lang }).quotes.map((q) => [q.text, speakerString(q.speaker)]);
}

describe('intl attribution patterns', () => {
  it('reads a verb of saying after the quotation with its subject inverted', () => {
    const cases: [string, string, string][] = [
      ['fr', '« Nous irons jusqu’au bout », a déclaré le ministre.', 'le ministre'],
      ['de', '„Wir haben keine Wahl“, sagte er am Montag.', 'er'],
      ['es', '«No vamos a ceder», dijo el presidente.', 'el presidente'],
      ['pt', '«Não vamos recuar», afirmou o ministro.', 'o ministro'],
    ];
    for (const [lang, text, subject] of cases) {
      const hit = ruleTrailingIntl(contextOf(lang, text));
      expect(hit?.ref.text, text).toBe(subject);
      expect(hit?.rule).toBe('trailing-verb-subject');
    }
  });

  it('takes the pronoun a French verb carries after its hyphen, with or without the euphonic t', () => {
    const fr = languageData('fr')!;
    const tok = (text: string) => ({ text, lower: text.toLowerCase(), start: 0, end: text.length, word: true, cap: false });
    expect(cliticSubject(tok('confie-t-elle'), fr)).toMatchObject({ ref: { text: 'elle', start: 9, end: 13 }, verb: 'confie', saying: true });
    expect(cliticSubject(tok('poursuit-il'), fr)?.ref.text).toBe('il');
    expect(cliticSubject(tok('peut-être'), fr)).toBeNull();
    expect(ruleTrailingIntl(contextOf('fr', '« C’était dur », a-t-il raconté.'))?.ref.text).toBe('il');
  });

  it('hands a quotation to the phrase after an according-to cue, and through a statement to its author', () => {
    expect(ruleAccordingToIntl(contextOf('es', '«La cifra es histórica», según el ministerio.'))?.ref.text).toBe('el ministerio');
    expect(ruleAccordingToIntl(contextOf('fr', '« Le bilan est lourd », selon un communiqué du Quai.'))?.ref.text).toBe('Quai');
    // "so" hands over only right after the quotation.
    expect(ruleTrailingIntl(contextOf('de', 'Sie habe „immer nur gespalten“, so Bauer.'))?.ref.text).toBe('Bauer');
    expect(ruleTrailingIntl(contextOf('de', '„Das ist richtig“, und so weiter.'))).toBeNull();
  });

  it('finds the speaker of a verb before the quotation, inverted or not', () => {
    expect(ruleIntroIntl(contextOf('de', 'Am Montag sagte Bauer: „Wir bleiben.“'))?.ref.text).toBe('Bauer');
    expect(ruleIntroIntl(contextOf('fr', 'Le maire a déclaré : « Nous restons. »'))?.ref.text).toBe('Le maire');
  });
});

describe('speakers in other languages, end to end', () => {
  it('resolves an inverted pronoun by gender to the person named before', () => {
    expect(said('fr', 'Marie Dubois a présidé la séance mardi.', '« Nous avons tenu bon », confie-t-elle.')).toEqual([['Nous avons tenu bon', 'Marie Dubois']]);
    expect(said('de', 'Thomas Berger leitet das Amt seit zwei Jahren.', '„Wir brauchen mehr Personal“, sagte er.')).toEqual([['Wir brauchen mehr Personal', 'Thomas Berger']]);
  });

  it('passes over a name that only qualifies a noun ("le colistier de X") when resolving a pronoun', () => {
    expect(said('fr', 'Le colistier de Paul Durand, Jean Martin, a parlé de sa grand-mère.', '« Elle était dure comme la pierre », a-t-il raconté.')).toEqual([
      ['Elle était dure comme la pierre', 'Jean Martin'],
    ]);
  });

  it('does not take a capitalised German noun for a speaker', () => {
    const quotes = said('de', 'Die Kontrolle der Grenzen bleibt umstritten.', '„Die Kontrolle ist nötig“, sagte Bauer.');
    expect(quotes).toEqual([['Die Kontrolle ist nötig', 'Bauer']]);
  });

  it('keeps English as it was: an article without a language is read as English', () => {
    expect(analyze(article('“We will win,” said Jane Doe.')).quotes.map((q) => speakerString(q.speaker))).toEqual(['Jane Doe']);
  });
});
