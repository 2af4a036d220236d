// The interface in the browser's language: with the browser set to French, the popup and the
// library speak French (words, plurals, numbers, quotation marks, <html lang>), in both browsers.
// The other e2e files start the browsers in their default language and read English.
import { expect, it } from 'vitest';
import { artifactPath, POPUP_CLIP } from './support/artifacts';
import { inEachBrowser } from './support/suite';
import { until } from './support/wait';

inEachBrowser(
  'interface in French',
  (env, name) => {
    it('shows the popup and the library in French', async () => {
      const { browser, server } = env();
      const url = server.url('seed-wapo-russia.html');
      const page = await browser.newPage();
      await page.goto(url);
      const tabId = await browser.tabIdOf(url);

      const popup = await browser.openExtensionPage(`src/popup/index.html?tab=${tabId}`);
      await popup.waitFor('[data-testid="word-count"]');
      expect(await popup.evaluate(() => document.documentElement.lang, undefined)).toMatch(/^fr/);
      expect(await popup.text('#quotes-h')).toBe('Citations par personne');
      expect(await popup.text('button.library-link')).toBe('Bibliothèque');
      expect(await popup.text('button.save')).toBe('Enregistrer l’article');
      const meta = await popup.text('.article .meta');
      expect(meta).toMatch(/\d mots · \d+ citations? · \d+ acteurs?/);
      // French groups thousands with a (narrow) no-break space, not a comma.
      expect(await popup.text('[data-testid="word-count"]')).toMatch(/^\d{1,3}([\u202f\u00a0]\d{3})*$/);
      expect(await popup.text('.quote-item .quote')).toMatch(/^«\u00a0.+\u00a0»$/s);
      await popup.screenshot(artifactPath(name, 'popup-french.png'), POPUP_CLIP);

      await popup.click('button.save');
      await popup.waitFor('span.saved');
      expect(await popup.text('span.saved')).toBe('Enregistré');
      await popup.close();

      const library = await browser.openExtensionPage('src/library/index.html');
      await library.waitFor('[data-testid="article"]');
      expect(await library.evaluate(() => document.documentElement.lang, undefined)).toMatch(/^fr/);
      expect(await library.text('h1')).toBe('Bibliothèque Quotelight');
      expect(await library.text('#articles-h')).toBe('Articles enregistrés');
      expect(await library.text('label[for="library-search"]')).toBe('Rechercher citations, notes, personnes et étiquettes');
      expect(await library.text('[data-testid="counts"]')).toMatch(/^\d+ citations? · \d+ surlignages? · \d+ notes?$/);
      // The date is written the French way ("8 déc. 2026").
      const meta2 = await until(
        () => library.text('[data-testid="article"] .meta'),
        (t) => /enregistré le/.test(t),
      );
      expect(meta2).toMatch(/enregistré le \d{1,2} \p{L}+\.? \d{4}/u);
      await library.screenshot(artifactPath(name, 'library-french.png'));
      expect(page.consoleErrors.filter((m) => /quotelight|no message/i.test(m))).toEqual([]);
      expect(library.consoleErrors.filter((m) => /no message/i.test(m))).toEqual([]);
      await library.close();
      await page.close();
    });
  },
  { uiLanguage: 'fr' },
);
