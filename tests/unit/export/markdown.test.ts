import { describe, expect, it } from 'vitest';
import { articleMarkdown, libraryMarkdown } from '../../../src/export/markdown';
import { mdBlockquote, mdText, obsidianTag } from '../../../src/export/markdown-escape';
import { yamlString } from '../../../src/export/yaml';
import { ANNOTATIONS, ARTICLE } from '../../fixtures/storage/records';

function frontMatterOf(md: string): Record<string, unknown> {
  const m = /^---\n([\s\S]*?)\n---\n/.exec(md);
  if (!m) throw new Error('no front matter');
  const out: Record<string, unknown> = {};
  for (const line of m[1]!.split('\n')) {
    const i = line.indexOf(': ');
    // Every value is written as a JSON-compatible YAML scalar or flow list, so JSON.parse reads it.
    out[line.slice(0, i)] = JSON.parse(line.slice(i + 2));
  }
  return out;
}

describe('Markdown export', () => {
  const md = articleMarkdown(ARTICLE, ANNOTATIONS);

  it('writes YAML front matter that survives hostile titles', () => {
    expect(frontMatterOf(md)).toEqual({
      title: 'Mayor: "We will win" — yes: no / CON?',
      url: 'https://news.example.com/city/mayor',
      site: 'City News',
      author: 'A. Writer',
      date: '2024-03-01',
      saved: '2024-03-02',
      tags: ['spin', 'city-hall', 'housing', 'todo'],
    });
    expect(yamlString('a\u2028b "c"\n')).toBe('"a\\u2028b \\"c\\"\\n"');
  });

  it('groups quotes by speaker, the correction winning, unattributed last', () => {
    const quotes = md.slice(md.indexOf('## Quotes'), md.indexOf('## People'));
    const headings = quotes.match(/^### .*$/gm);
    expect(headings).toEqual(['### Jane O’Neil — mayor', '### Bob Critic', '### Unattributed']);
    expect(quotes).toContain('*(speaker corrected from critics \\(unnamed\\))*');
    expect(md).toContain('- Jane O’Neil (person)');
  });

  it('links every item back with a text fragment and lists the reader notes with #tags', () => {
    expect(md).toContain('> — [source](https://news.example.com/city/mayor#:~:text=');
    expect(md.match(/#:~:text=/g)).toHaveLength(ANNOTATIONS.length - 1); // all but the actor
    const mine = md.slice(md.indexOf('## My highlights'));
    expect(mine).toContain('Follow up:\nask about *zoning*');
    expect(mine).toContain('#housing #todo');
    expect(mine.indexOf('Intro')).toBeLessThan(mine.indexOf('priority')); // text order
  });

  it('keeps page text inert: no links, HTML, headings or formulas become live', () => {
    expect(md).not.toContain('[see](javascript');
    expect(md).not.toContain('<b>');
    expect(md).toContain('> \\#1 priority is -housing- \\[see\\]\\(javascript:alert\\(1\\)\\) \\<b\\>now\\</b\\>');
    expect(mdText('- item\n1. two\n> q')).toBe('\\- item\n1\\. two\n\\> q');
    expect(mdText('==hi== $x$ %%c%% ![[embed]]')).toBe('\\=\\=hi\\=\\= \\$x\\$ \\%\\%c\\%\\% \\!\\[\\[embed\\]\\]');
    expect(mdBlockquote('a\n\nb')).toBe('> a\n>\n> b');
    expect(obsidianTag('city hall!')).toBe('city-hall');
    expect(obsidianTag('2024')).toBeNull();
  });

  it('drops a published date that does not parse, and keeps each page field on its own line', () => {
    const hostile = {
      ...ARTICLE,
      title: 'Line one\n# Injected heading\r\n- item',
      published: '![x](https://beacon.example/p.png) [[Secret note]]',
      byline: 'By A\nB',
      site: 'Site\u2028[x](javascript:1)',
    };
    const out = articleMarkdown(hostile, ANNOTATIONS);
    expect(out).not.toContain('beacon.example');
    expect(out).not.toContain('[[');
    expect(frontMatterOf(out)).not.toHaveProperty('date');
    expect(out).toContain('# Line one \\# Injected heading - item\n');
    expect(out.match(/^# .*$/gm)).toEqual(['# Line one \\# Injected heading - item']);
    expect(out).toContain('[Site \\[x\\]\\(javascript:1\\)](https://news.example.com/city/mayor) · By A B');
  });

  it('writes the whole library as one document with a section per article', () => {
    const other = { ...ARTICLE, id: 'https://b.example/x', urls: ['https://b.example/x'], title: 'Second' };
    const lib = libraryMarkdown([ARTICLE, other], ANNOTATIONS, Date.UTC(2024, 4, 1));
    expect(frontMatterOf(lib)).toMatchObject({ title: 'Quotelight library', exported: '2024-05-01T00:00:00.000Z', articles: '2' });
    expect(lib.match(/^## .*$/gm)).toEqual(['## Mayor: "We will win" — yes: no / CON?', '## Second']);
    expect(lib).toContain('### Quotes');
    expect(lib).toContain('#### Jane O’Neil — mayor');
    expect(lib.split('\n---\n')).toHaveLength(3); // front matter close + one separator between 2 articles
  });
});
