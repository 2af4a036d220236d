import { describe, expect, it } from 'vitest';
import { articleLanguage, supportedLanguage, textLanguages } from '../../../../src/analysis/lang/detect';

const FR = "Le gouvernement a présenté mercredi un projet de loi sur l'énergie, a déclaré la ministre, qui souhaite une adoption avant l'été. Les députés de l'opposition ont critiqué un texte jugé trop timide.";
const DE = 'Die Bundesregierung hat am Mittwoch einen Gesetzentwurf zur Energiepolitik vorgelegt, sagte die Ministerin. Die Opposition kritisierte den Entwurf als zu zaghaft und forderte Nachbesserungen.';
const ES = 'El Gobierno presentó el miércoles un proyecto de ley sobre la energía, dijo la ministra, que espera su aprobación antes del verano. La oposición criticó un texto que considera demasiado tímido.';
const PT = 'O governo apresentou na quarta-feira um projeto de lei sobre energia, afirmou a ministra, que espera a aprovação antes do verão. A oposição criticou um texto que considera tímido demais.';
const EN = 'The government presented a draft energy law on Wednesday, the minister said, hoping it would pass before the summer. The opposition criticised a bill it called far too timid.';

describe('articleLanguage', () => {
  it('reads each supported language from its text when the page claims none', () => {
    expect([EN, FR, ES, DE, PT].map((t) => articleLanguage([], t).lang)).toEqual(['en', 'fr', 'es', 'de', 'pt']);
    expect(articleLanguage([], DE).source).toBe('text');
  });

  it("keeps the page's claim when the text agrees or reads close to it", () => {
    expect(articleLanguage(['de'], DE)).toEqual({ lang: 'de', source: 'claim' });
    // Portuguese and Spanish are close: the publisher's word stands when the text ranks it near the top.
    expect(articleLanguage(['pt'], PT)).toEqual({ lang: 'pt', source: 'claim' });
  });

  it('overrides a template claim the text contradicts', () => {
    expect(articleLanguage(['en'], DE)).toEqual({ lang: 'de', source: 'text' });
    expect(articleLanguage(['de'], EN)).toEqual({ lang: 'en', source: 'text' });
  });

  it('trusts the claim alone on a text too short to judge, and says "und" when nothing tells', () => {
    expect(articleLanguage(['fr'], 'OK.')).toEqual({ lang: 'fr', source: 'claim' });
    expect(articleLanguage([], 'OK.')).toEqual({ lang: 'und', source: 'none' });
  });

  it('keeps a claim in a language the detector does not know (Norwegian Bokmål as "no")', () => {
    expect(articleLanguage(['nb'], 'Regjeringen la onsdag fram et lovforslag om energi, sa ministeren, som håper det blir vedtatt før sommeren.')).toEqual({ lang: 'no', source: 'claim' });
  });

  it('tells Chinese from Japanese by kana, which franc-min alone does not', () => {
    const zh = '国务院新闻办公室今天举行新闻发布会，介绍今年以来经济运行情况。有关负责人表示，经济总体保持稳定，就业形势基本稳定，物价温和上涨。';
    const ja = '政府は水曜日、エネルギーに関する法案を発表した。大臣は夏までに成立させたいと述べたが、野党は内容が不十分だと批判している。';
    expect(textLanguages(zh + zh)[0]?.lang).toBe('zh');
    expect(textLanguages(ja + ja)[0]?.lang).toBe('ja');
  });
});

describe('supportedLanguage', () => {
  it('maps tags to the five analysed languages and anything else to null', () => {
    expect(['en', 'fr-CA', 'ES', 'de', 'pt', 'it', 'und', null].map(supportedLanguage)).toEqual(['en', 'fr', 'es', 'de', 'pt', null, null, null]);
  });
});
