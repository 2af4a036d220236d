// The quotation marks of each supported language: the span is the words between the marks,
// without the spaces French sets inside them.
import { describe, expect, it } from 'vitest';
import { findQuoteSpans } from '../../../src/analysis/quote-spans';
import { article } from './helpers';

const quotesIn = (...paras: string[]) => {
  const a = article(...paras);
  return findQuoteSpans(a).map((s) => a.text.slice(s.start, s.end));
};

const NBSP = '\u00a0';
const NNBSP = '\u202f';

describe('French', () => {
  it('reads « » with no-break, narrow no-break or plain spaces inside, and none', () => {
    expect(quotesIn(`« Nous sommes prêts », a déclaré la ministre.`)).toEqual(['Nous sommes prêts']);
    expect(quotesIn(`Il parle d'un «${NBSP}mémorandum argumenté${NBSP}».`)).toEqual(['mémorandum argumenté']);
    expect(quotesIn(`«${NNBSP}C'est une erreur${NNBSP}», confie-t-elle.`)).toEqual(["C'est une erreur"]);
    expect(quotesIn('Un texte «trop timide», selon le syndicat.')).toEqual(['trop timide']);
  });
  it('keeps a quotation inside « » in the outer one', () => {
    expect(quotesIn('« Il m’a dit “jamais” et il est parti », raconte-t-il.')).toEqual(['Il m’a dit “jamais” et il est parti']);
  });
  it('does not take a dash that opens dialogue for a quotation', () => {
    expect(quotesIn('— Oui, répondit-il.', '– Non, dit-elle.')).toEqual([]);
  });
});

describe('Spanish', () => {
  it('reads « », “ ” and ‘ ’', () => {
    expect(quotesIn('«No vamos a ceder», dijo el presidente.')).toEqual(['No vamos a ceder']);
    expect(quotesIn('“Es un día histórico”, afirmó la ministra.')).toEqual(['Es un día histórico']);
    expect(quotesIn('Lo calificó de ‘inaceptable’.')).toEqual(['inaceptable']);
  });
  it('keeps the “ ” inside « » in the outer quotation', () => {
    expect(quotesIn('«Me dijo “espera” y se fue», relató.')).toEqual(['Me dijo “espera” y se fue']);
  });
});

describe('German', () => {
  it('reads „ “, » « and the Swiss « »', () => {
    expect(quotesIn('„Wir sind bereit“, sagte Lang.')).toEqual(['Wir sind bereit']);
    expect(quotesIn('»Das ist ein Fehler«, so Habeck.')).toEqual(['Das ist ein Fehler']);
    expect(quotesIn('«Wir brauchen keine Garantien», sagt der Anwalt.')).toEqual(['Wir brauchen keine Garantien']);
  });
  it('reads ‚ ‘ and › ‹ inside the outer quotation as part of it, and alone as their own', () => {
    expect(quotesIn('„Er nannte es ‚unzumutbar‘“, sagte sie.')).toEqual(['Er nannte es ‚unzumutbar‘']);
    expect(quotesIn('Die Partei nennt das Papier ‚unzumutbar‘.')).toEqual(['unzumutbar']);
    expect(quotesIn('Der Plan sei ›nicht machbar‹, hieß es.')).toEqual(['nicht machbar']);
  });
  it('pairs several » « quotations in one paragraph', () => {
    expect(quotesIn('»Nein«, sagte er. »Niemals.«')).toEqual(['Nein', 'Niemals.']);
  });
});

describe('Portuguese', () => {
  it('reads “ ”, « » and " "', () => {
    expect(quotesIn('“Vamos continuar”, afirmou o ministro.')).toEqual(['Vamos continuar']);
    expect(quotesIn('«É um erro», disse o porta-voz.')).toEqual(['É um erro']);
    expect(quotesIn('"Não há acordo", garantiu a fonte.')).toEqual(['Não há acordo']);
  });
});

describe('English', () => {
  it('still reads “ ” and ‘ ’ as before, apostrophes apart', () => {
    expect(quotesIn('“We are ready,” she said, calling it ‘long overdue’.')).toEqual(['We are ready,', 'long overdue']);
  });
});
