import { describe, expect, it } from 'vitest';
import { articleIdFor, mayAlias } from '../../../src/storage/article-id';

describe('articleIdFor', () => {
  it('takes the canonical URL of the same origin, resolving a relative one against the page', () => {
    expect(articleIdFor('https://example.com/amp/story/1', '/story/1?utm_source=amp')).toBe('https://example.com/story/1');
    expect(articleIdFor('https://www.example.com/s/1?ref_src=tw#top', 'https://www.example.com/story/1')).toBe('https://www.example.com/story/1');
    expect(articleIdFor('http://127.0.0.1:8080/print/1', 'http://127.0.0.1:8080/story/1')).toBe('http://127.0.0.1:8080/story/1');
    // Default ports are the same origin whether written or not.
    expect(articleIdFor('https://example.com/amp/1', 'https://EXAMPLE.com:443/story/1')).toBe('https://example.com/story/1');
  });

  it('ignores a canonical on another site: the page is its own article', () => {
    expect(articleIdFor('https://copycat.example.net/story/1', 'https://example.com/story/1')).toBe('https://copycat.example.net/story/1');
    expect(articleIdFor('https://evil.co.uk/x', 'https://example.co.uk/story')).toBe('https://evil.co.uk/x');
    expect(articleIdFor('https://mallory.github.io/p', 'https://alice.github.io/p')).toBe('https://mallory.github.io/p');
    expect(articleIdFor('http://localhost:8080/p', 'http://127.0.0.1:8080/p')).toBe('http://localhost:8080/p');
  });

  it('ignores a canonical on another origin of the same site: other port, subdomain or scheme', () => {
    expect(articleIdFor('http://127.0.0.1:9000/hijack.html', 'http://127.0.0.1:8080/real.html')).toBe('http://127.0.0.1:9000/hijack.html');
    expect(articleIdFor('https://example.com:8443/story/1', 'https://example.com/story/1')).toBe('https://example.com:8443/story/1');
    // A user-content host the Public Suffix List does not list is one site with its parent, but not one origin.
    expect(articleIdFor('https://u123.usercontent.example.com/a', 'https://www.example.com/story/1')).toBe('https://u123.usercontent.example.com/a');
    expect(articleIdFor('https://m.example.com/s/1', 'https://www.example.com/story/1')).toBe('https://m.example.com/s/1');
    // An http page is writable by anyone on the network path: it cannot claim the https article.
    expect(articleIdFor('http://example.com/story/1', 'https://example.com/story/1')).toBe('http://example.com/story/1');
  });

  it("reads an https page's http canonical of its own host as the same URL over https", () => {
    expect(articleIdFor('https://example.com/amp/story/1', 'http://example.com/story/1')).toBe('https://example.com/story/1');
    expect(articleIdFor('https://example.com/amp/story/1', 'http://example.com:8080/story/1')).toBe('https://example.com/amp/story/1');
    expect(articleIdFor('https://example.com/amp/story/1', 'http://www.example.com/story/1')).toBe('https://example.com/amp/story/1');
  });

  it('ignores a canonical that points at the site root from an article page, or is not http(s)', () => {
    expect(articleIdFor('https://example.com/story/1', 'https://example.com/')).toBe('https://example.com/story/1');
    expect(articleIdFor('https://example.com/story/1', 'javascript:alert(1)')).toBe('https://example.com/story/1');
    expect(articleIdFor('https://example.com/story/1', 'data:text/html,x')).toBe('https://example.com/story/1');
    expect(articleIdFor('https://example.com/story/1', null)).toBe('https://example.com/story/1');
  });
});

describe('mayAlias', () => {
  it('lets a page stand for an article of its own origin only', () => {
    expect(mayAlias('https://www.example.com/story/1', 'https://www.example.com/amp/1')).toBe(true);
    expect(mayAlias('https://www.example.com/story/1', 'https://m.example.com/s/1')).toBe(false);
    expect(mayAlias('http://127.0.0.1:8080/real.html', 'http://127.0.0.1:9000/hijack.html')).toBe(false);
    expect(mayAlias('https://example.com/story/1', 'http://example.com/story/1')).toBe(false);
    expect(mayAlias('https://example.com/story/1', 'https://copycat.example.net/story/1')).toBe(false);
    expect(mayAlias('not a url', 'not a url')).toBe(false);
  });
});
