// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseSpeaker } from '../../../src/shared/speaker-value';

const sent: unknown[] = [];
let reply: (msg: { type: string }) => unknown = () => null;
vi.mock('../../../src/shared/messaging', () => ({
  sendToBackground: async (msg: { type: string }) => {
    sent.push(msg);
    return reply(msg);
  },
}));

const { ArticleList } = await import('../../../src/library/ArticleList');
const { Filters } = await import('../../../src/library/Filters');
const { HitList } = await import('../../../src/library/HitList');
const { ImportExport } = await import('../../../src/library/ImportExport');
const { QuoteGroups } = await import('../../../src/library/QuoteGroups');
const { ReaderItemEditor } = await import('../../../src/ui/ReaderItemEditor');
const { SearchBox } = await import('../../../src/library/SearchBox');
const { groupHitsByArticle, NO_FILTERS } = await import('../../../src/library/view-model');
const { annotation, article, at, hit } = await import('./fixtures');
const { exportFile } = await import('../../../src/export/files');
const { ANNOTATIONS, ARTICLE } = await import('../../fixtures/storage/records');

const HOSTILE = '<img src=x onerror="globalThis.pwned=1"><script>globalThis.pwned=1</script>';

afterEach(() => {
  cleanup();
  sent.length = 0;
});

describe('ArticleList', () => {
  it('paints the first screen, then the rest a slice per frame; a new list starts again from the first screen', async () => {
    const many = (n: number, tag: string) => Array.from({ length: n }, (_, i) => article({ id: `https://x.example/${tag}/${i}`, title: `${tag} ${i}` }));
    const { container, rerender } = render(<ArticleList articles={many(100, 'a')} onOpen={() => {}} onForget={() => {}} />);
    expect(container.querySelectorAll('[data-testid="article"]')).toHaveLength(15);
    await waitFor(() => expect(container.querySelectorAll('[data-testid="article"]')).toHaveLength(100));
    rerender(<ArticleList articles={many(60, 'b')} onOpen={() => {}} onForget={() => {}} />);
    expect(container.querySelectorAll('[data-testid="article"]')).toHaveLength(15);
    await waitFor(() => expect(container.querySelectorAll('[data-testid="article"]')).toHaveLength(60));
  });

  it('shows title, site, date and counts; hostile text stays text', () => {
    const { container } = render(<ArticleList articles={[article({ title: HOSTILE, site: HOSTILE, published: '2022-01-11T10:00:00Z' })]} onOpen={() => {}} onForget={() => {}} />);
    expect(container.querySelector('img, script')).toBeNull();
    expect(container.querySelector('h3')!.textContent).toBe(HOSTILE);
    expect(container.querySelector('[data-testid="counts"]')!.textContent).toBe('2 quotes · 1 highlight · 1 note');
    expect(container.textContent).toContain('published 11 Jan 2022');
    expect((globalThis as { pwned?: number }).pwned).toBeUndefined();
  });

  it('links only http(s) articles, in a new tab without opener or referrer', () => {
    const { container } = render(
      <ArticleList articles={[article({ id: 'https://a.example/x' }), article({ id: 'javascript:alert(1)' })]} onOpen={() => {}} onForget={() => {}} />,
    );
    const links = [...container.querySelectorAll('a')];
    expect(links.map((a) => [a.getAttribute('href'), a.target, a.rel])).toEqual([['https://a.example/x', '_blank', 'noopener noreferrer']]);
  });

  it('opens on the title and forgets only after the confirm step', () => {
    const onOpen = vi.fn();
    const onForget = vi.fn();
    render(<ArticleList articles={[article({ title: 'Talks' })]} onOpen={onOpen} onForget={onForget} />);
    fireEvent.click(screen.getByRole('button', { name: 'Talks' }));
    expect(onOpen).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByRole('button', { name: 'Forget “Talks”' }));
    expect(onForget).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onForget).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Forget “Talks”' }));
    fireEvent.click(screen.getByRole('button', { name: 'Forget it' }));
    expect(onForget).toHaveBeenCalledTimes(1);
  });

  it('says so when nothing matches', () => {
    render(<ArticleList articles={[]} onOpen={() => {}} onForget={() => {}} />);
    expect(screen.getByText('No saved articles match.')).toBeTruthy();
  });
});

describe('QuoteGroups and HitList', () => {
  it('a named speaker is one click from everything they said; the unattributed bucket is not a name', () => {
    const onSpeaker = vi.fn();
    const { container } = render(
      <QuoteGroups annotations={[annotation({ speaker: parseSpeaker(HOSTILE), selectors: at(1) }), annotation({ speaker: parseSpeaker(null), selectors: at(2) })]} onSpeaker={onSpeaker} />,
    );
    expect(container.querySelector('img, script')).toBeNull();
    const buttons = container.querySelectorAll('button.speaker-name');
    expect(buttons).toHaveLength(1);
    fireEvent.click(buttons[0]!);
    expect(onSpeaker).toHaveBeenCalledWith(HOSTILE);
    expect(container.textContent).toContain('Unattributed');
  });

  it('lists hits under their article with note, tags and the speaker', () => {
    const onSpeaker = vi.fn();
    const onOpen = vi.fn();
    const groups = groupHitsByArticle([
      hit({ kind: 'note', text: 'passage', note: HOSTILE, tags: ['nato'] }, { id: 'https://a.example/', title: 'A' }),
      hit({ kind: 'quote', text: 'said this', speaker: parseSpeaker('Peskov'), speakerCorrection: 'Lavrov' }, { id: 'https://a.example/', title: 'A' }),
    ]);
    const { container } = render(<HitList groups={groups} onOpen={onOpen} onSpeaker={onSpeaker} />);
    expect(container.querySelectorAll('[data-testid="hit-group"]')).toHaveLength(1);
    expect(container.querySelector('img, script')).toBeNull();
    expect(container.querySelector('.note')!.textContent).toBe(HOSTILE);
    expect(container.querySelector('.tags')!.textContent).toBe('#nato');
    fireEvent.click(screen.getByRole('button', { name: 'Lavrov' }));
    expect(onSpeaker).toHaveBeenCalledWith('Lavrov');
    fireEvent.click(screen.getByRole('button', { name: 'A' }));
    expect(onOpen).toHaveBeenCalledWith(expect.objectContaining({ id: 'https://a.example/' }));
  });

  it('marks the matched words as text, marks the selected hit, and opens the article at a hit', () => {
    const onOpen = vi.fn();
    const groups = groupHitsByArticle([
      hit({ id: 'q1', kind: 'quote', text: `Sanctions, <b>sanctions</b> and ${HOSTILE}`, note: 'Sanctions again' }, { id: 'https://a.example/', title: 'A' }),
    ]);
    const terms = new Map([['q1', ['sanctions', 'img']]]);
    const { container } = render(<HitList groups={groups} onOpen={onOpen} onSpeaker={() => {}} terms={terms} activeId="q1" />);
    expect(container.querySelector('img, script, b')).toBeNull();
    expect([...container.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['Sanctions', 'sanctions', 'img', 'Sanctions']);
    expect(container.querySelector('.hit-text')!.textContent).toBe(`“Sanctions, <b>sanctions</b> and ${HOSTILE}”`);
    expect(container.querySelector('[data-testid="hit"]')!.getAttribute('aria-current')).toBe('true');
    fireEvent.click(container.querySelector('.hit-text')!);
    expect(onOpen).toHaveBeenCalledWith(expect.objectContaining({ id: 'https://a.example/' }), expect.objectContaining({ id: 'q1' }));
  });
});

describe('Filters', () => {
  const facets = { sites: [{ value: 'WaPo', count: 2 }], speakers: [{ value: 'Peskov', count: 9 }], tags: [{ value: 'nato', count: 1 }], toCheck: 0 };

  it('offers the data’s values in labelled selects and shows active filters as removable chips', () => {
    const onChange = vi.fn();
    const { rerender } = render(<Filters filters={NO_FILTERS} facets={facets} onChange={onChange} />);
    const speaker = screen.getByLabelText('Speaker') as HTMLSelectElement;
    expect([...speaker.options].map((o) => o.textContent)).toEqual(['Any speaker', 'Peskov (9)']);
    expect([...(screen.getByLabelText('Tag') as HTMLSelectElement).options].map((o) => o.textContent)).toEqual(['Any tag', '#nato (1)']);
    fireEvent.change(speaker, { target: { value: 'Peskov' } });
    expect(onChange).toHaveBeenLastCalledWith({ ...NO_FILTERS, speaker: 'Peskov' });
    expect(screen.queryByRole('list', { name: 'Active filters' })).toBeNull();

    rerender(<Filters filters={{ ...NO_FILTERS, site: 'Elsewhere', tag: 'nato' }} facets={facets} onChange={onChange} />);
    // A value not in the data (yet) stays selectable rather than silently showing "All sites".
    expect((screen.getByLabelText('Site') as HTMLSelectElement).value).toBe('Elsewhere');
    fireEvent.click(screen.getByRole('button', { name: 'Remove filter Tag: nato' }));
    expect(onChange).toHaveBeenLastCalledWith({ ...NO_FILTERS, site: 'Elsewhere' });
  });
});

describe('ReaderItemEditor', () => {
  it('edits the note and tags as typed, and deletes only after confirming', async () => {
    const onSave = vi.fn(async () => {});
    const onDelete = vi.fn(async () => {});
    render(<ReaderItemEditor item={annotation({ kind: 'note', text: 'passage', note: 'old', tags: ['a'] })} onSave={onSave} onDelete={onDelete} />);
    expect(screen.getByText('old')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Edit note and tags' }));
    const note = screen.getByLabelText('Note') as HTMLTextAreaElement;
    expect(note.value).toBe('old');
    expect((screen.getByLabelText('Tags') as HTMLInputElement).value).toBe('#a');
    fireEvent.input(note, { target: { value: '  ' } });
    fireEvent.input(screen.getByLabelText('Tags'), { target: { value: '#b, c #B' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSave).toHaveBeenCalledWith({ note: null, tags: ['b', 'c'] });
    await waitFor(() => expect(screen.queryByLabelText('Note')).toBeNull());

    fireEvent.click(screen.getByRole('button', { name: /^Delete highlight/ }));
    expect(onDelete).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Delete it' }));
    expect(onDelete).toHaveBeenCalledTimes(1);
  });
});

describe('SearchBox', () => {
  it('is labelled, searches on every keystroke, moves with the arrow keys and opens on Enter', () => {
    const onSearch = vi.fn();
    const onMove = vi.fn();
    const onEnter = vi.fn();
    render(<SearchBox value="" onSearch={onSearch} onMove={onMove} onEnter={onEnter} activeId="hit-1" resultsId="results" />);
    const input = screen.getByRole('combobox', { name: 'Search quotes, notes, speakers and tags' });
    fireEvent.input(input, { target: { value: 'n' } });
    fireEvent.input(input, { target: { value: 'na' } });
    expect(onSearch.mock.calls).toEqual([['n'], ['na']]);
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    fireEvent.keyDown(input, { key: 'ArrowUp' });
    expect(onMove.mock.calls).toEqual([[1], [1], [-1]]);
    fireEvent.submit(input.closest('form')!);
    expect(onEnter).toHaveBeenCalledTimes(1);
    expect(input.getAttribute('aria-activedescendant')).toBe('hit-1');
    expect(input.getAttribute('aria-controls')).toBe('results');
  });

  it('keeps keys typed while the parent echoes older queries back, and takes a query set from outside', () => {
    const { rerender } = render(<SearchBox value="" onSearch={() => {}} />);
    const input = screen.getByRole('combobox') as HTMLInputElement;
    for (const q of ['i', 'ic', 'ice']) fireEvent.input(input, { target: { value: q } });
    // The parent's state arrives a render behind the typing: 'ic' after 'ice' was typed.
    rerender(<SearchBox value="ic" onSearch={() => {}} />);
    expect(input.value).toBe('ice');
    rerender(<SearchBox value="ice" onSearch={() => {}} />);
    expect(input.value).toBe('ice');
    // A speaker link in the results sets a query this field never typed.
    rerender(<SearchBox value="speaker:okafor" onSearch={() => {}} />);
    expect(input.value).toBe('speaker:okafor');
  });
});

describe('ImportExport', () => {
  const choose = (content: string) => {
    const input = document.querySelector('input[type=file]') as HTMLInputElement;
    Object.defineProperty(input, 'files', { configurable: true, value: [new Blob([content], { type: 'application/json' })] });
    fireEvent.change(input);
  };

  const backup = () => exportFile('json', { articles: [ARTICLE], annotations: ANNOTATIONS }, Date.UTC(2024, 4, 1)).content;
  const importReplies = (batch: () => unknown) => (msg: { type: string }) =>
    msg.type === 'library/import-begin' ? { importId: 'imp-1' } : msg.type === 'library/import-batch' ? batch() : { ok: true };

  it('validates the file in the page, sends it in batches, commits and reports what happened', async () => {
    reply = importReplies(() => ({ added: ANNOTATIONS.length - 2, replaced: 1, kept: 1, skipped: 0 }));
    const onStatus = vi.fn();
    const onImported = vi.fn();
    render(<ImportExport onStatus={onStatus} onImported={onImported} />);
    choose(backup());
    await waitFor(() => expect(onImported).toHaveBeenCalledTimes(1));
    expect(onStatus).toHaveBeenLastCalledWith({
      kind: 'ok',
      text: `Imported ${ANNOTATIONS.length} annotations from 1 article: ${ANNOTATIONS.length - 2} added, 1 replaced by the file's newer version, 1 kept (yours were newer), 0 skipped (already there)`,
    });
    const types = sent.map((m) => (m as { type: string }).type);
    expect(types).toEqual(['library/import-begin', 'library/import-batch', 'library/import-end']);
    expect(sent[2]).toEqual({ type: 'library/import-end', importId: 'imp-1', commit: true });
    expect(JSON.parse((sent[1] as { json: string }).json).annotations).toHaveLength(ANNOTATIONS.length);
  });

  it('refuses an invalid file before writing anything, in one line', async () => {
    const onStatus = vi.fn();
    const onImported = vi.fn();
    render(<ImportExport onStatus={onStatus} onImported={onImported} />);
    choose('{');
    await waitFor(() => expect(onStatus).toHaveBeenLastCalledWith({ kind: 'error', text: expect.stringMatching(/^JSON: /) }));
    expect(sent).toEqual([]);
    expect(onImported).not.toHaveBeenCalled();
  });

  it('a failed batch rolls the import back and says why', async () => {
    reply = importReplies(() => {
      throw new Error('Quotelight could not save: the browser storage for this extension is full.');
    });
    const onStatus = vi.fn();
    render(<ImportExport onStatus={onStatus} onImported={() => {}} />);
    choose(backup());
    await waitFor(() => expect(onStatus).toHaveBeenLastCalledWith({ kind: 'error', text: 'Quotelight could not save: the browser storage for this extension is full.' }));
    expect(sent.at(-1)).toEqual({ type: 'library/import-end', importId: 'imp-1', commit: false });
  });

  it('cancel stops before the next batch and rolls back', async () => {
    let release: () => void = () => {};
    const held = new Promise<void>((r) => {
      release = r;
    });
    reply = importReplies(() => held.then(() => ({ added: 1, replaced: 0, kept: 0, skipped: 0 })));
    const onStatus = vi.fn();
    render(<ImportExport onStatus={onStatus} onImported={() => {}} />);
    choose(backup());
    fireEvent.click(await screen.findByRole('button', { name: 'Cancel import' }));
    release();
    await waitFor(() => expect(onStatus).toHaveBeenLastCalledWith({ kind: 'ok', text: 'Import cancelled: nothing from the file was kept.' }));
    expect(sent.at(-1)).toEqual({ type: 'library/import-end', importId: 'imp-1', commit: false });
  });

  it('exports the whole library in the chosen format and reports a refusal', async () => {
    reply = () => [];
    const onStatus = vi.fn();
    render(<ImportExport onStatus={onStatus} onImported={() => {}} />);
    fireEvent.click(screen.getByRole('button', { name: 'CSV' }));
    await waitFor(() => expect(onStatus).toHaveBeenCalledWith({ kind: 'error', text: 'Nothing to export yet: save an article or make a highlight first.' }));
    expect(sent).toEqual([{ type: 'library/list', options: {} }]);
  });
});

describe('LibraryHome search results', () => {
  it('renders a first screen of matches and the rest on request', async () => {
    const { LibraryHome, HITS_PAGE } = await import('../../../src/library/LibraryHome');
    const many = Array.from({ length: HITS_PAGE * 2 + 7 }, (_, i) =>
      hit({ id: `h${i}`, text: `sanctions passage ${i}`, kind: 'note', note: 'n' }, { id: `https://news.example/${i}` }),
    );
    reply = (msg) => (msg.type === 'library/search' ? many : msg.type === 'library/facets' ? { sites: [], speakers: [], tags: [] } : []);
    render(
      <LibraryHome
        filters={{ ...NO_FILTERS, search: 'sanctions' }}
        onFilters={() => {}}
        version={0}
        onOpen={() => {}}
        onSpeaker={() => {}}
        onStatus={() => {}}
        onChanged={() => {}}
      />,
    );
    const hits = () => document.querySelectorAll('[data-testid="hit"]').length;
    await waitFor(() => expect(hits()).toBe(HITS_PAGE));
    fireEvent.click(screen.getByText('Show more matches'));
    await waitFor(() => expect(hits()).toBe(HITS_PAGE * 2));
    fireEvent.click(screen.getByText('Show more matches'));
    await waitFor(() => expect(hits()).toBe(HITS_PAGE * 2 + 7));
    expect(screen.queryByText(/more matches/)).toBeNull();
  });
});
