import { describe, expect, it } from 'vitest';
import { hostOf, normalizeUrl } from '../../../src/storage/url';

describe('normalizeUrl', () => {
  it('drops tracking params and the fragment, lower-cases the host, keeps real params', () => {
    expect(
      normalizeUrl('https://WWW.Example.COM:443/a/Story?id=7&utm_source=x&utm_medium=y&fbclid=1&gclid=2&mc_cid=3&mc_eid=4#top'),
    ).toBe('https://www.example.com/a/Story?id=7');
    expect(normalizeUrl('http://example.com/p?utm_campaign=z')).toBe('http://example.com/p');
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
