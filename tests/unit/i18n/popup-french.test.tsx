// @vitest-environment happy-dom
// The popup in a French browser: its words, plurals, numbers and quotation marks are French.
import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TabState } from '../../../src/shared/messages';
import { analysis, quote } from '../page/make';
import { useBrowserLocale } from '../support/locale';

vi.mock('webextension-polyfill', () => ({ default: { runtime: { getURL: (p: string) => `ext://id/${p}` } } }));
vi.mock('../../../src/shared/messaging', () => ({
  sendToBackground: async (msg: { type: string }) =>
    msg.type === 'ui/get-settings' ? { disabledSites: [], showQuotes: true, showActors: true, showHighlights: true } : msg.type === 'ui/quotes-elsewhere' ? {} : msg.type === 'ui/list-trash' ? [] : null,
}));

const { AnalysisView } = await import('../../../src/popup/AnalysisView');
const { App } = await import('../../../src/popup/App');

let undo = () => {};
beforeEach(() => {
  undo = useBrowserLocale('fr');
});
afterEach(() => {
  cleanup();
  undo();
});

const state: Extract<TabState, { status: 'ready' }> = {
  status: 'ready',
  report: { url: 'https://news.example/story', meta: { title: 'Grève des ferries', siteName: null, byline: null, published: null, lang: 'fr', canonical: null } as never, wordCount: 12345, isArticle: true },
  analysis: analysis([
    quote(0, 10, 'Ines Varga', { text: 'Nous partirons', confidence: 0.95 }),
    quote(20, 30, 'Ines Varga', { text: 'Pas cette semaine', confidence: 0.52 }),
    quote(60, 70, null, { text: 'personne', confidence: 0.3 }),
  ]),
  reader: { placed: [], notFound: [] },
  saved: false,
  stopped: null,
};

describe('popup in French', () => {
  it('shows the analysis in French', async () => {
    render(<AnalysisView tabId={1} state={state} act={async (run) => void (await run())} refresh={async () => {}} />);
    expect(screen.getByRole('heading', { name: 'Citations par personne' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Enregistrer l’article' })).toBeTruthy();
    expect(screen.getByPlaceholderText('Filtrer citations, personnes, acteurs, notes')).toBeTruthy();
    const meta = document.querySelector('.meta')!.textContent!;
    expect(meta).toContain(`${new Intl.NumberFormat('fr').format(12345)} mots`);
    expect(meta).toContain('3 citations');
    const varga = document.querySelector<HTMLElement>('details.speaker[data-speaker="Ines Varga"]')!;
    expect(within(varga).getByText('1 à vérifier')).toBeTruthy();
    expect(within(varga).getByRole('button', { name: '«\u00a0Nous partirons\u00a0»' })).toBeTruthy();
    expect(document.querySelector('details.speaker:last-of-type')!.getAttribute('data-speaker')).toBe('Sans attribution');
    expect(await screen.findByText('Mes surlignages')).toBeTruthy();
    // Nothing English is left in what the reader sees.
    expect(document.body.textContent).not.toMatch(/\b(Quotes|Save|speaker|words|Actors|Library)\b/);
  });

  it('shows the popup frame in French', async () => {
    render(<App tabId={null} />);
    expect(screen.getByRole('button', { name: 'Bibliothèque' })).toBeTruthy();
    expect(screen.getByText('Aucun onglet à examiner.')).toBeTruthy();
  });
});
