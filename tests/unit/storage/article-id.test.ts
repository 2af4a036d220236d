import { describe, expect, it } from 'vitest';
import { articleIdFor, mayAlias } from '../../../src/storage/article-id';

describe('articleIdFor', () => {
  it('takes the canonical URL of the same site, resolving a relative one against the page', () => {
    expect(articleIdFor('https://m.example.com/s/1?ref_src=tw', 'https://www.example.com/story/1')).toBe('https://www.example.com/story/1');
    expect(articleIdFor('https://example.com/amp/story/1', '/story/1?utm_source=amp')).toBe('https://example.com/story/1');
    expect(articleIdFor('https://news.example.co.uk/a', 'https://www.example.co.uk/story')).toBe('https://www.example.co.uk/story');
  });

  it('ignores a canonical on another site: the page is its own article', () => {
    expect(articleIdFor('https://copycat.example.net/story/1', 'https://example.com/story/1')).toBe('https://copycat.example.net/story/1');
    expect(articleIdFor('https://evil.co.uk/x', 'https://example.co.uk/story')).toBe('https://evil.co.uk/x');
    expect(articleIdFor('https://mallory.github.io/p', 'https://alice.github.io/p')).toBe('https://mallory.github.io/p');
    expect(articleIdFor('http://localhost:8080/p', 'http://127.0.0.1:8080/p')).toBe('http://localhost:8080/p');
  });

  it('ignores a canonical that points at the site root from an article page, or is not http(s)', () => {
    expect(articleIdFor('https://example.com/story/1', 'https://example.com/')).toBe('https://example.com/story/1');
    expect(articleIdFor('https://example.com/story/1', 'javascript:alert(1)')).toBe('https://example.com/story/1');
    expect(articleIdFor('https://example.com/story/1', null)).toBe('https://example.com/story/1');
  });
});

describe('mayAlias', () => {
  it('lets a page stand for an article of its own site only', () => {
    expect(mayAlias('https://www.example.com/story/1', 'https://m.example.com/s/1')).toBe(true);
    expect(mayAlias('https://example.com/story/1', 'https://copycat.example.net/story/1')).toBe(false);
  });
});
