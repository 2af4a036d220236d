import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UUID_RE, nameUuid, sha1 } from '../../../src/storage/ids';

describe('ids', () => {
  it('sha1 matches node:crypto for any input, including block-boundary lengths', () => {
    for (const n of [0, 1, 55, 56, 63, 64, 65, 119, 120, 1000]) {
      const bytes = new Uint8Array(n).map((_, i) => (i * 31) & 0xff);
      expect(Buffer.from(sha1(bytes)).toString('hex')).toBe(createHash('sha1').update(bytes).digest('hex'));
    }
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(Buffer.from(sha1(bytes)).toString('hex')).toBe(createHash('sha1').update(bytes).digest('hex'));
      }),
    );
  });

  it('nameUuid is a stable v5 UUID that differs per name', () => {
    const a = nameUuid('https://example.com/a\nquote\n0\nhello');
    expect(a).toMatch(UUID_RE);
    expect(a[14]).toBe('5');
    expect('89ab').toContain(a[19]);
    expect(nameUuid('https://example.com/a\nquote\n0\nhello')).toBe(a);
    expect(nameUuid('https://example.com/a\nquote\n1\nhello')).not.toBe(a);
  });
});
