import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../shared/i18n';

interface Props {
  value: string;
  /** Called on every keystroke: results follow the typing. */
  onSearch: (q: string) => void;
  /** ↑/↓ move through the results (by -1/+1); Enter opens the one selected. */
  onMove?: (by: 1 | -1) => void;
  onEnter?: () => void;
  /** The DOM id of the selected result, for screen readers. */
  activeId?: string | null;
  resultsId?: string;
}

/** The library's search field: results as you type, arrow keys through them, Enter to open one. */
export function SearchBox({ value, onSearch, onMove, onEnter, activeId, resultsId }: Props) {
  const [text, setText] = useState(value);
  // What this field itself asked for since the query was last set from outside. The parent's `value`
  // follows the typing a render or more behind: taking back one of those older echoes would wipe the
  // keys typed meanwhile (seen in Chromium: "icebraekers" became "icebrakes"). Only a value this field
  // never typed (a speaker link, a tag, the back button) replaces the text.
  const typed = useRef(new Set<string>());
  useEffect(() => {
    if (typed.current.has(value)) return;
    typed.current.clear();
    setText(value);
  }, [value]);
  return (
    <form
      class="search"
      aria-label={t('library_searchForm')}
      onSubmit={(e) => {
        e.preventDefault();
        onEnter?.();
      }}
    >
      <label for="library-search">{t('library_searchLabel')}</label>
      <input
        id="library-search"
        type="search"
        role="combobox"
        aria-expanded={Boolean(resultsId)}
        aria-controls={resultsId}
        aria-activedescendant={activeId ?? undefined}
        aria-describedby="search-help"
        autocomplete="off"
        value={text}
        placeholder={t('library_searchPlaceholder')}
        onInput={(e) => {
          typed.current.add(e.currentTarget.value);
          setText(e.currentTarget.value);
          onSearch(e.currentTarget.value);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
            e.preventDefault();
            onMove?.(e.key === 'ArrowDown' ? 1 : -1);
          }
        }}
      />
      <small id="search-help" class="help">
        {t('library_searchHelp')}
      </small>
    </form>
  );
}
