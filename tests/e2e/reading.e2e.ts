// What a reader sees on the sample article, in both browsers: highlights in the article body only,
// the popup's quotes by speaker, and the hover card.
import { expect, it } from 'vitest';
import { artifactPath, POPUP_CLIP } from './support/artifacts';
import type { TestPage } from './support/browsers';
import { pointOfText, probeHighlights } from './support/page-probes';
import { waitForFrame } from './support/reader-actions';
import { inEachBrowser } from './support/suite';
import { until } from './support/wait';

const SPEAKER_COUNTS: Record<string, number> = {
  'Dmitry Peskov': 10,
  'Wendy Sherman': 3,
  'Antony Blinken': 3,
  'Vladimir Putin': 1,
  'Maria Zakharova': 1,
};

const quoteRanges = (p: ReturnType<typeof probeHighlights>) =>
  Object.entries(p.groups)
    .filter(([g]) => g.startsWith('ql-quote-'))
    .flatMap(([, r]) => r);

async function highlights(page: TestPage) {
  return until(
    () => page.evaluate(probeHighlights, 'article'),
    (p) => quoteRanges(p).length > 0,
  );
}

// A made-up French article: the worker loads the French tagger for it (a chunk of its own).
const FRENCH_PAGE = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Le port reste ouvert</title></head>
<body><nav><a href="/">Accueil</a></nav><main><h1>Le port restera ouvert tout l’hiver</h1>
<p>« Nous garderons le port ouvert pendant tout l’hiver, quel qu’en soit le coût », a déclaré Hélène Marchand, la directrice de l’autorité portuaire, lors d’une conférence de presse mardi à Brest.</p>
<p>Selon Hélène Marchand, l’autorité a recruté quarante marins supplémentaires et commandé deux brise-glaces à un chantier naval du nord, un achat que le conseil municipal a approuvé le mois dernier après un long débat.</p>
<p>Le conseiller municipal Julien Moreau a averti que le budget ne pourrait pas absorber un nouveau dépassement. « On nous a déjà promis des économies, et elles ne sont jamais arrivées », a-t-il affirmé dans un communiqué.</p>
<p>Le port traite l’essentiel des exportations de céréales de la région, et une fermeture en janvier priverait les agriculteurs de débouchés, selon le syndicat régional des agriculteurs, qui réclame ces brise-glaces depuis des années.</p>
<p>« Personne ne veut revivre l’hiver où la glace avait tout bloqué pendant six semaines », a ajouté Julien Moreau. Les armateurs ont déjà commencé à réserver des quais pour les mois froids.</p>
</main></body></html>`;

inEachBrowser('reading', (env, name) => {
  it('highlights the quotes and actors of the article body, not the rails', async () => {
    const { browser, server } = env();
    const page = await browser.newPage();
    await page.goto(server.url('seed-wapo-russia.html'));
    const probe = await highlights(page);
    expect(probe.supported).toBe(true);
    const quotes = quoteRanges(probe);
    expect(quotes).toContain('We will not allow anyone to slam closed NATO’s open-door policy, which has always been central to the NATO alliance.');
    expect(quotes.length).toBeGreaterThanOrEqual(18);
    expect(probe.groups['ql-person']).toEqual(expect.arrayContaining(['Dmitry Peskov', 'Wendy Sherman']));
    expect(probe.outsideArticle).toEqual([]);
    expect(Object.values(probe.groups).flat().join(' ')).not.toContain('deterrence'); // the "Most read" rail
    await page.screenshot(artifactPath(name, 'seed-highlighted.png'));
    await page.close();
  });

  it('reads a French article with the French tagger', async () => {
    const { browser, server } = env();
    server.page('port-fr.html', FRENCH_PAGE);
    const page = await browser.newPage();
    await page.goto(server.url('port-fr.html'));
    const probe = await until(
      () => page.evaluate(probeHighlights, 'main'),
      (p) => (p.groups['ql-person'] ?? []).length > 0,
    );
    expect(probe.groups['ql-person']).toEqual(expect.arrayContaining(['Hélène Marchand', 'Julien Moreau']));
    expect(quoteRanges(probe).length).toBeGreaterThanOrEqual(3);
    await page.screenshot(artifactPath(name, 'french-highlighted.png'));
    await page.close();
  });

  it('shows who said a quote on hover', async () => {
    const { browser, server } = env();
    const page = await browser.newPage();
    await page.goto(server.url('seed-wapo-russia.html'));
    await highlights(page);
    const at = await page.evaluate(pointOfText, 'No one should be surprised if Russia');
    expect(at).not.toBeNull();
    await page.mouse(at!.x, at!.y);
    const card = await waitForFrame(page, 'hover-card');
    expect(card).toContain('Antony Blinken');
    await page.screenshot(artifactPath(name, 'seed-hover.png'));
    await page.close();
  });

  it('lists the quotes under their speakers in the popup, paraphrased people as actors only', async () => {
    const { browser, server } = env();
    const url = server.url('seed-wapo-russia.html');
    const page = await browser.newPage();
    await page.goto(url);
    await highlights(page);
    const tabId = await browser.tabIdOf(url);
    const popup = await browser.openExtensionPage(`src/popup/index.html?tab=${tabId}`);
    await popup.waitFor('details.speaker');
    const counts = await popup.evaluate(
      () =>
        Object.fromEntries(
          [...document.querySelectorAll<HTMLElement>('details.speaker')].map((d) => [
            d.dataset.speaker,
            Number.parseInt(d.querySelector('.count')?.textContent ?? '0', 10),
          ]),
        ),
      null,
    );
    expect(counts).toEqual(expect.objectContaining(SPEAKER_COUNTS));
    expect(counts['Sergei Ryabkov']).toBeUndefined();
    const people = await popup.evaluate(() => [...document.querySelectorAll('.actors.person li .link')].map((b) => b.textContent), null);
    expect(people).toContain('Sergei Ryabkov');
    await popup.screenshot(artifactPath(name, 'popup-seed.png'), POPUP_CLIP);

    // Clicking a quote scrolls the page to it and flashes it.
    await page.evaluate(() => window.scrollTo(0, 0), null);
    await popup.click('details.speaker[data-speaker="Antony Blinken"] li:last-child button.quote');
    const flashed = await until(
      () => page.evaluate(probeHighlights, 'article'),
      (p) => (p.groups['ql-flash'] ?? []).length > 0,
    );
    expect(flashed.groups['ql-flash']?.[0]).toContain('No one should be surprised');
    expect(await page.evaluate(() => window.scrollY, null)).toBeGreaterThan(500);
    await popup.close();
    await page.close();
  });
});
