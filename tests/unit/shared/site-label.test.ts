import { describe, expect, it } from 'vitest';
import { isHonorific, shownRole } from '../../../src/shared/honorifics';
import { readableHost, siteLabel } from '../../../src/shared/site-label';

describe('siteLabel', () => {
  it("keeps the outlet's own name", () => {
    expect(siteLabel('The Harbour Gazette', 'https://www.gazette.example/a')).toBe('The Harbour Gazette');
  });
  it('names a generic "site name" by the host instead', () => {
    expect(siteLabel('Hosted', 'https://apnews.com/article/x')).toBe('apnews.com');
    expect(siteLabel('News', 'https://www.example.org/x')).toBe('example.org');
  });
  it('falls back to a readable host without "www."', () => {
    expect(siteLabel('', 'https://www.example.org/x')).toBe('example.org');
    expect(siteLabel('www.example.org', 'https://www.example.org/x')).toBe('example.org');
    expect(readableHost('not a url')).toBe('');
  });
});

describe('honorifics', () => {
  it('tells courtesy titles from roles', () => {
    for (const h of ['Mr.', 'Mrs', 'Ms.', 'Dr.', 'M.', 'Mme', 'Herr', 'Frau', 'Sr.', 'Sra.']) expect(isHonorific(h)).toBe(true);
    for (const r of ['harbour master', 'Dr. of medicine at the clinic', 'spokeswoman']) expect(isHonorific(r)).toBe(false);
    expect(shownRole('  Mr. ')).toBeNull();
    expect(shownRole('mayor')).toBe('mayor');
  });
});
