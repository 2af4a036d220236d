import { describe, expect, it } from 'vitest';
import { MAX_QUOTES } from '../../../src/background/analysis-limits';
import { runJob } from '../../../src/background/analysis-job';
import { unpackAnalysis } from '../../../src/shared/analysis-wire';

const paragraph = (text: string) => ({ title: '', text, blocks: [{ kind: 'paragraph' as const, start: 0, end: text.length }] });

describe('runJob (the analysis worker)', () => {
  it('analyses an article', () => {
    const article = paragraph('“We will not sign,” said Ana Ruiz, the minister.');
    const reply = runJob({ id: 7, article });
    expect(reply.id).toBe(7);
    expect(reply.outcome?.stopped).toBeNull();
    const analysis = unpackAnalysis(reply.outcome!.analysis, article.text);
    expect(analysis.quotes.map((q) => [q.text, q.speaker])).toEqual([['We will not sign,', { kind: 'named', name: 'Ana Ruiz' }]]);
  });

  // The reply is read on the main thread the extension's pages share: a page of tiny quotations
  // must not send them all, or the library's saves wait while it is read.
  it('cuts a page with too many quotations before replying, and says so', () => {
    const reply = runJob({ id: 1, article: paragraph('“Yes,” she said. '.repeat(MAX_QUOTES + 50)) });
    expect(reply.outcome?.analysis.quotes).toHaveLength(MAX_QUOTES);
    expect(reply.outcome?.stopped?.reason).toBe('too-many');
  });

  it('answers a failure with its message instead of throwing', () => {
    const reply = runJob({ id: 2, article: { title: '', text: 'abc', blocks: null } as never });
    expect(reply.outcome).toBeUndefined();
    expect(reply.error).toMatch(/^TypeError: /);
    expect(runJob({ id: 3, snapshot: { html: 5, url: 'https://example.org/', force: false } as never })).toEqual({ id: 3, error: 'Error: malformed page snapshot' });
  });
});
