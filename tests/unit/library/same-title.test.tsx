// @vitest-environment happy-dom
// Articles of one title (wire copy on two outlets) are told apart in the list, on screen and by the
// names of their buttons; a generic site name ("Hosted") is shown as the host.
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ArticleList } from '../../../src/library/ArticleList';
import { article } from './fixtures';

afterEach(cleanup);

describe('ArticleList', () => {
  it('tells same-titled articles apart by site and date', () => {
    render(
      <ArticleList
        articles={[
          article({ id: 'https://www.apnews.com/a', title: 'Port stays open', site: 'Hosted', published: '2025-03-01' }),
          article({ id: 'https://courier.example/b', title: 'Port stays open', site: 'Northern Courier', published: '2025-03-02' }),
          article({ id: 'https://courier.example/c', title: 'Another story', site: 'Northern Courier' }),
        ]}
        onOpen={() => {}}
        onForget={() => {}}
      />,
    );
    const names = screen.getAllByRole('button', { name: /^Port stays open/ }).map((b) => b.textContent);
    expect(names).toHaveLength(2);
    expect(new Set(names).size).toBe(2);
    expect(names[0]).toContain('apnews.com');
    expect(names[1]).toContain('Northern Courier');
    expect(screen.getByRole('button', { name: 'Another story' })).toBeTruthy();
    expect(document.body.textContent).not.toContain('Hosted');
    // The links keep their visible words in their names, and say which article they open.
    const links = screen.getAllByRole('link').map((a) => a.textContent);
    expect(links[0]).toMatch(/^Open article.*Port stays open.*apnews\.com/);
  });
});
