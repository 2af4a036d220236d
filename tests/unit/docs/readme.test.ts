// The README is for a newcomer: short, and every command and link in it works on a fresh clone.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../../../', import.meta.url).pathname;
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
const SCRIPTS = Object.keys(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts as Record<string, string>);

describe('README', () => {
  it('is short: at most 160 lines, none over 400 characters', () => {
    const lines = README.split('\n');
    expect(lines.length).toBeLessThanOrEqual(160);
    expect(lines.filter((l) => l.length > 400)).toEqual([]);
  });

  it('names only npm scripts that exist', () => {
    const named = [...README.matchAll(/npm run (?:--silent )?([\w:-]+)/g)].map((m) => m[1]!);
    expect(named.length).toBeGreaterThan(5);
    expect(named.filter((n) => !SCRIPTS.includes(n))).toEqual([]);
  });

  it('links only to files that exist, and names only paths that exist', () => {
    const links = [...README.matchAll(/\]\(([^)#]+)\)/g)].map((m) => m[1]!).filter((l) => !/^https?:/.test(l));
    const paths = [...README.matchAll(/`((?:tests|scripts|bench|src|docs|\.ci)\/[\w./-]+)`/g)].map((m) => m[1]!);
    expect(links.length).toBeGreaterThan(5);
    expect([...links, ...paths].filter((p) => !existsSync(join(ROOT, p)))).toEqual([]);
    // The docs link to each other relatively: those must resolve too.
    for (const doc of links.filter((l) => l.startsWith('docs/') && l.endsWith('.md'))) {
      const text = readFileSync(join(ROOT, doc), 'utf8');
      const inner = [...text.matchAll(/\]\(([^)#]+\.md)\)/g)].map((m) => m[1]!).filter((l) => !/^https?:/.test(l));
      expect(inner.filter((l) => !existsSync(join(ROOT, dirname(doc), l))), doc).toEqual([]);
    }
  });

  it("'try the analysis' prints the sample article's analysis as JSON", () => {
    expect(README).toContain('npm run --silent analyze -- tests/fixtures/seed-wapo-russia.html');
    const out = execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/analyze.ts'), join(ROOT, 'tests/fixtures/seed-wapo-russia.html')], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    const analysis = JSON.parse(out) as { quotes: { speaker: string | null }[] };
    expect(analysis.quotes.some((q) => q.speaker === 'Dmitry Peskov')).toBe(true);
  });
});
