// @vitest-environment happy-dom
// The popup's quotes by speaker: which speakers to check, and keeping only those.
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TabState } from '../../../src/shared/messages';
import { analysis, quote } from '../page/make';

vi.mock('webextension-polyfill', () => ({ default: { runtime: { getURL: (p: string) => `ext://id/${p}` } } }));
vi.mock('../../../src/shared/messaging', () => ({
  sendToBackground: async (msg: { type: string }) =>
    msg.type === 'ui/get-settings' ? { disabledSites: [], showQuotes: true, showActors: true, showHighlights: true } : msg.type === 'ui/quotes-elsewhere' ? {} : msg.type === 'ui/list-trash' ? [] : null,
}));

const { AnalysisView } = await import('../../../src/popup/AnalysisView');

afterEach(cleanup);

function show() {
  const state: Extract<TabState, { status: 'ready' }> = {
    status: 'ready',
    report: { url: 'https://news.example/story', meta: { title: 'Ferry dispute', siteName: null, byline: null, published: null, lang: 'en', canonical: null } as never, wordCount: 400, isArticle: true },
    analysis: analysis([
      quote(0, 10, 'Ines Varga', { text: 'We will sail', confidence: 0.95 }),
      quote(20, 30, 'Ines Varga', { text: 'Not this week', confidence: 0.52 }),
      quote(40, 50, 'Tomas Reyes', { text: 'It is settled', confidence: 0.88 }),
      quote(60, 70, null, { text: 'no one', confidence: 0.3 }),
    ]),
    reader: { placed: [], notFound: [] },
    saved: false,
    stopped: null,
  };
  return render(<AnalysisView tabId={1} state={state} act={async (run) => void (await run())} refresh={async () => {}} />);
}

describe('popup: speakers to check', () => {
  it('marks each uncertain attribution in words and counts them per speaker', () => {
    show();
    const group = (name: string) => document.querySelector<HTMLElement>(`details.speaker[data-speaker="${name}"]`)!;
    const varga = group('Ines Varga');
    expect(within(varga).getByText('1 to check')).toBeTruthy();
    const unsure = within(varga).getByRole('img', { name: 'Unsure — check who said this (52% sure of this speaker)' });
    expect(unsure.closest('.quote-item')!.textContent).toContain('Not this week');
    expect(within(varga).getByRole('img', { name: 'Likely speaker (95% sure of this speaker)' })).toBeTruthy();
    const reyes = group('Tomas Reyes');
    expect(within(reyes).queryByText(/to check/)).toBeNull();
    // Nobody named: nothing to be sure of.
    expect(group('Unattributed').querySelector('.certainty')).toBeNull();
  });

  it('lists only the speakers to check when asked', () => {
    show();
    fireEvent.click(screen.getByLabelText('Only speakers to check (1)'));
    expect([...document.querySelectorAll('details.speaker')].map((d) => d.getAttribute('data-speaker'))).toEqual(['Ines Varga']);
    expect(screen.queryByText(/We will sail/)).toBeNull();
    expect(screen.getByText(/Not this week/)).toBeTruthy();
  });
});
