// @vitest-environment happy-dom
// The library shows how sure each quote's speaker is, and keeps only the speakers to check.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseSpeaker } from '../../../src/shared/speaker-value';

let reply: (msg: { type: string }) => unknown = () => null;
vi.mock('../../../src/shared/messaging', () => ({ sendToBackground: async (msg: { type: string }) => reply(msg) }));

const { Filters } = await import('../../../src/library/Filters');
const { HitList } = await import('../../../src/library/HitList');
const { QuoteGroups } = await import('../../../src/library/QuoteGroups');
const { SpeakerQuotes } = await import('../../../src/library/SpeakerQuotes');
const { groupHitsByArticle, NO_FILTERS } = await import('../../../src/library/view-model');
const { annotation, at, hit } = await import('./fixtures');

afterEach(cleanup);

const varga = parseSpeaker('Ines Varga');
const CHECK = 'Unsure — check who said this (48% sure of this speaker)';

describe('QuoteGroups', () => {
  const quotes = () => [
    annotation({ text: 'We will sail', speaker: varga, speakerConfidence: 0.91, selectors: at(0) }),
    annotation({ text: 'Not this week', speaker: varga, speakerConfidence: 0.48, selectors: at(10) }),
    annotation({ text: 'It is settled', speaker: parseSpeaker('Tomas Reyes'), speakerConfidence: 0.2, speakerCorrection: 'Tomas Reyes', selectors: at(20) }),
    annotation({ text: 'Saved long ago', speaker: parseSpeaker('Tomas Reyes'), selectors: at(30) }),
  ];

  it("marks each quote's speaker: to check, likely, set by you, or nothing when not recorded", () => {
    render(<QuoteGroups annotations={quotes()} onSpeaker={() => {}} />);
    const item = (text: string) => screen.getByText(new RegExp(text)).closest('li')!;
    expect(within(item('Not this week')).getByRole('img', { name: CHECK }).textContent).toContain('unsure — check');
    expect(within(item('We will sail')).getByRole('img').getAttribute('data-band')).toBe('likely');
    expect(within(item('It is settled')).getByRole('img', { name: 'Speaker set by you' })).toBeTruthy();
    expect(item('Saved long ago').querySelector('.certainty')).toBeNull();
    expect(within(screen.getByRole('region', { name: 'Quotes by Ines Varga' })).getByText('1 to check')).toBeTruthy();
  });

  it('keeps only the speakers to check when asked', () => {
    render(<QuoteGroups annotations={quotes()} onSpeaker={() => {}} />);
    fireEvent.click(screen.getByLabelText('Only speakers to check (1)'));
    expect(screen.getAllByRole('region').map((r) => r.getAttribute('aria-label'))).toEqual(['Quotes by Ines Varga']);
    expect(screen.queryByText(/We will sail/)).toBeNull();
  });

  it('offers no such filter when every speaker is likely or set', () => {
    render(<QuoteGroups annotations={[quotes()[0]!, quotes()[2]!]} onSpeaker={() => {}} />);
    expect(screen.queryByTestId('speakers-to-check')).toBeNull();
  });
});

describe('HitList', () => {
  it('shows the mark beside the speaker of a search result', () => {
    const groups = groupHitsByArticle([hit({ id: 'h1', text: 'Not this week', speaker: varga, speakerConfidence: 0.48 }, {})]);
    render(<HitList groups={groups} onOpen={() => {}} onSpeaker={() => {}} />);
    const by = screen.getByRole('button', { name: 'Ines Varga' }).closest('.by')!;
    expect(within(by as HTMLElement).getByRole('img', { name: CHECK })).toBeTruthy();
  });
});

describe('Filters', () => {
  const facets = { sites: [], speakers: [], tags: [], toCheck: 3 };

  it('filters the search by speakers to check, with a removable chip', () => {
    const onChange = vi.fn();
    const { rerender } = render(<Filters filters={NO_FILTERS} facets={facets} onChange={onChange} />);
    fireEvent.click(screen.getByLabelText('Speakers to check (3)'));
    expect(onChange).toHaveBeenLastCalledWith({ ...NO_FILTERS, check: true });
    rerender(<Filters filters={{ ...NO_FILTERS, check: true }} facets={facets} onChange={onChange} />);
    fireEvent.click(screen.getByRole('button', { name: 'Remove filter: speakers to check' }));
    expect(onChange).toHaveBeenLastCalledWith(NO_FILTERS);
  });

  it('has no such filter while nothing is to check', () => {
    render(<Filters filters={NO_FILTERS} facets={{ ...facets, toCheck: 0 }} onChange={() => {}} />);
    expect(screen.queryByLabelText(/Speakers to check/)).toBeNull();
  });
});

describe('SpeakerQuotes', () => {
  it("marks each article's attribution and keeps only those to check when asked", async () => {
    reply = (msg) =>
      msg.type === 'library/quotes-by-speaker'
        ? [
            hit({ id: 's1', text: 'We will sail', speaker: varga, speakerConfidence: 0.91 }, { id: 'https://news.example/a', title: 'Ferry talks' }),
            hit({ id: 's2', text: 'Not this week', speaker: varga, speakerConfidence: 0.48 }, { id: 'https://other.example/b', title: 'Port news' }),
          ]
        : null;
    render(<SpeakerQuotes name="Ines Varga" onBack={() => {}} onOpen={() => {}} onSpeaker={() => {}} />);
    await waitFor(() => expect(screen.getAllByTestId('statement')).toHaveLength(2));
    expect(screen.getByRole('img', { name: CHECK })).toBeTruthy();
    fireEvent.click(screen.getByLabelText('Only quotes to check (1)'));
    await waitFor(() => expect(screen.getAllByTestId('statement')).toHaveLength(1));
    expect(screen.getByTestId('statement').textContent).toContain('Not this week');
  });
});
