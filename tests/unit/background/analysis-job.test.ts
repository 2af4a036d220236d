import { describe, expect, it } from 'vitest';
import { MAX_QUOTES } from '../../../src/background/analysis-limits';
import { analyze } from '../../../src/analysis/analyze';
import { nerModelLoaded } from '../../../src/analysis/ner/models';
import { runJob } from '../../../src/background/analysis-job';
import { unpackAnalysis } from '../../../src/shared/analysis-wire';

const paragraph = (text: string) => ({ title: '', text, blocks: [{ kind: 'paragraph' as const, start: 0, end: text.length }] });

describe('runJob (the analysis worker)', async () => {
  it('analyses an article', async () => {
    const article = paragraph('“We will not sign,” said Ana Ruiz, the minister.');
    const reply = await runJob({ id: 7, article });
    expect(reply.id).toBe(7);
    expect(reply.outcome?.stopped).toBeNull();
    const analysis = unpackAnalysis(reply.outcome!.analysis, article.text);
    expect(analysis.quotes.map((q) => [q.text, q.speaker])).toEqual([['We will not sign,', { kind: 'named', name: 'Ana Ruiz' }]]);
  });

  // The reply is read on the main thread the extension's pages share: a page of tiny quotations
  // must not send them all, or the library's saves wait while it is read.
  it('cuts a page with too many quotations before replying, and says so', async () => {
    const reply = await runJob({ id: 1, article: paragraph('“Yes,” she said. '.repeat(MAX_QUOTES + 50)) });
    expect(reply.outcome?.analysis.quotes).toHaveLength(MAX_QUOTES);
    expect(reply.outcome?.stopped?.reason).toBe('too-many');
  });

  it('answers a failure with its message instead of throwing', async () => {
    const reply = await runJob({ id: 2, article: { title: '', text: 'abc', blocks: null } as never });
    expect(reply.outcome).toBeUndefined();
    expect(reply.error).toMatch(/^TypeError: /);
    expect(await runJob({ id: 3, snapshot: { html: 5, url: 'https://example.org/', force: false } as never })).toEqual({ id: 3, error: 'Error: malformed page snapshot' });
  });

  // The worker loads the tagger of the article's language before analysing it, and no other.
  it('tags an English article with the English tagger and loads no other language', async () => {
    const reply = await runJob({ id: 4, article: { ...paragraph('“We will not sign,” said Ana Ruiz, the minister, in Lisbon.'), lang: 'en' } });
    expect(reply.error).toBeUndefined();
    for (const lang of ['de', 'es', 'fr', 'pt'] as const) expect(nerModelLoaded(lang)).toBeUndefined();
  });

  it('tags a French article with the French tagger', async () => {
    const article = { ...paragraph('« Nous ne signerons pas », a déclaré Marie Dubois, la ministre, à Lyon mardi.'), lang: 'fr' };
    const reply = await runJob({ id: 5, article });
    expect(reply.error).toBeUndefined();
    expect(nerModelLoaded('fr')).toBeDefined();
    const names = unpackAnalysis(reply.outcome!.analysis, article.text).actors.map((a) => `${a.type}:${a.name}`);
    expect(names).toContain('person:Marie Dubois');
  });

  it('gives an article in a language with no tagger its quotes and no actors', async () => {
    const article = { ...paragraph('“Non firmeremo mai questo accordo con il governo”, ha detto Giulia Rossi, la ministra, a Roma.'), lang: 'it' };
    const reply = await runJob({ id: 6, article });
    expect(reply.error).toBeUndefined();
    expect(unpackAnalysis(reply.outcome!.analysis, article.text).actors).toEqual([]);
    // The quotation is still found (the wire leaves out those of kind 'other', as for any page).
    expect(analyze(article).quotes.map((q) => q.text)).toEqual(['Non firmeremo mai questo accordo con il governo']);
  });
});
