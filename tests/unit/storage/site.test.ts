import { describe, expect, it } from 'vitest';
import { registrableDomain, sameSite } from '../../../src/storage/site';

describe('registrableDomain', () => {
  it('keeps one label below the public suffix, multi-part suffixes included', () => {
    expect(registrableDomain('www.example.com')).toBe('example.com');
    expect(registrableDomain('news.example.co.uk')).toBe('example.co.uk');
    expect(registrableDomain('a.b.example.com.au')).toBe('example.com.au');
    expect(registrableDomain('WWW.Example.COM.')).toBe('example.com');
  });

  it('treats hosting platforms (private suffixes) as many sites', () => {
    expect(registrableDomain('alice.github.io')).toBe('alice.github.io');
    expect(registrableDomain('www.alice.github.io')).toBe('alice.github.io');
  });

  it('gives IP addresses, localhost and bare suffixes back as they are', () => {
    expect(registrableDomain('127.0.0.1')).toBe('127.0.0.1');
    expect(registrableDomain('localhost')).toBe('localhost');
    expect(registrableDomain('co.uk')).toBe('co.uk');
  });
});

describe('sameSite', () => {
  it('compares registrable domains, not hosts or schemes', () => {
    expect(sameSite('https://m.example.com/a', 'http://www.example.com/b')).toBe(true);
    expect(sameSite('https://example.com/a', 'https://example.co.uk/a')).toBe(false);
    expect(sameSite('https://bbc.co.uk/a', 'https://evil.co.uk/a')).toBe(false);
    expect(sameSite('https://alice.github.io/a', 'https://mallory.github.io/a')).toBe(false);
    expect(sameSite('http://localhost:8080/a', 'http://127.0.0.1:8080/a')).toBe(false);
    expect(sameSite('not a url', 'https://example.com/')).toBe(false);
  });
});
