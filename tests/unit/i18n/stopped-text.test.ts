// Why an analysis stopped early is sent as figures and worded by the view, in the reader's language.
import { afterEach, describe, expect, it } from 'vitest';
import { bothStopped, capAnalysis, MAX_QUOTES } from '../../../src/background/analysis-limits';
import { timeStopped } from '../../../src/background/analysis-scheduler';
import { stoppedText } from '../../../src/shared/stopped-text';
import { useBrowserLocale } from '../support/locale';

let undo = () => {};
afterEach(() => undo());

const many = () => {
  const quotes = Array.from({ length: MAX_QUOTES + 1 }, (_, i) => ({ start: i * 10, end: i * 10 + 5, kind: 'direct' }));
  return capAnalysis({ quotes, actors: [] } as never).stopped!;
};

describe('stoppedText', () => {
  it('says the English message where there is no i18n API', () => {
    const s = many();
    expect(stoppedText(s)).toBe(s.message);
  });

  it('words each reason in the reader’s language, with its figures written their way', () => {
    undo = useBrowserLocale('fr');
    const s = bothStopped(many(), timeStopped(30_000))!;
    const text = stoppedText(s);
    expect(text).toContain(`Cette page contient ${new Intl.NumberFormat('fr').format(MAX_QUOTES + 1)} citations`);
    expect(text).toContain('après 30\u00a0s');
  });

  it('keeps the message of a reply sent without figures', () => {
    undo = useBrowserLocale('de');
    expect(stoppedText({ reason: 'time', message: 'Stopped.' })).toBe('Stopped.');
  });
});
