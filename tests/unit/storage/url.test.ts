import { describe, expect, it } from 'vitest';
import { hostOf, normalizeUrl } from '../../../src/storage/url';

describe('normalizeUrl', () => {
  it('drops tracking params and the fragment, lower-cases the host, keeps real params', () => {
    expect(
      normalizeUrl('https://WWW.Example.COM:443/a/Story?id=7&utm_source=x&utm_medium=y&fbclid=1&gclid=2&mc_cid=3&mc_eid=4#top'),
    ).toBe('https://www.example.com/a/Story?id=7');
    expect(normalizeUrl('http://example.com/p?utm_campaign=z')).toBe('http://example.com/p');
  });

  it('prefers the canonical URL, resolving a relative one against the page', () => {
    expect(normalizeUrl('https://m.example.com/s/1?ref_src=tw', 'https://www.example.com/story/1')).toBe(
      'https://www.example.com/story/1',
    );
    expect(normalizeUrl('https://example.com/amp/story/1', '/story/1?utm_source=amp')).toBe(
      'https://example.com/story/1',
    );
  });

  it('ignores a canonical that points at the site root from an article page, or is not http(s)', () => {
    expect(normalizeUrl('https://example.com/story/1', 'https://example.com/')).toBe('https://example.com/story/1');
    expect(normalizeUrl('https://example.com/story/1', 'javascript:alert(1)')).toBe('https://example.com/story/1');
  });

  it('throws for non-http URLs', () => {
    expect(() => normalizeUrl('file:///etc/passwd')).toThrow(TypeError);
    expect(() => normalizeUrl('not a url')).toThrow(TypeError);
  });

  it('hostOf gives the host, or empty for junk', () => {
    expect(hostOf('https://news.example.com/x')).toBe('news.example.com');
    expect(hostOf('example.com')).toBe('');
  });
});
