// No word a reader sees is left out of the catalogs: the UI sources are scanned for JSX text,
// visible attributes and strings that read as words which do not go through t()/tn(). A failure
// lists file:line and the text, to move into _locales/en/messages.json (docs/i18n.md).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findUntranslated, listSources } from '../support/untranslated';

const ROOT = join(import.meta.dirname, '../../..');
/** Every folder whose code puts words in front of the reader, and the single files elsewhere that do. */
const UI_DIRS = ['src/popup', 'src/library', 'src/frame', 'src/ui', 'src/page'];
const UI_FILES = ['src/export/markdown.ts', 'src/background/context-menu.ts', 'src/shared/confidence.ts', 'src/shared/speakers.ts'];

describe('untranslated strings', () => {
  it('every string the UI shows goes through t()', () => {
    const found = findUntranslated(ROOT, listSources(ROOT, UI_DIRS, UI_FILES));
    const list = found.map((f) => `  ${f.file}:${f.line}  ${JSON.stringify(f.text)}`).join('\n');
    expect(found.length, `${found.length} strings not translated (add a key to _locales/en/messages.json and call t(); docs/i18n.md):\n${list}\n`).toBe(0);
  });

  it('the scan finds what it looks for', () => {
    const file = join(import.meta.dirname, 'fixtures/untranslated-sample.tsx');
    const texts = findUntranslated(ROOT, [file]).map((f) => `${f.line} ${f.text}`);
    expect(texts).toEqual(['5 Save article', '6 Close the panel', '7 Nothing to export yet.', '8 Saved it', '9 Dismiss', '10 Your note']);
  });
});
