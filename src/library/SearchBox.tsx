import { useEffect, useRef, useState } from 'preact/hooks';

const DEBOUNCE_MS = 250;

/** The library's search field: reports the query after a short pause, or at once on Enter. */
export function SearchBox({ value, onSearch }: { value: string; onSearch: (q: string) => void }) {
  const [text, setText] = useState(value);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => setText(value), [value]);
  useEffect(() => {
    if (text === value) return;
    const t = setTimeout(() => onSearch(text), DEBOUNCE_MS);
    return () => clearTimeout(t);
  }, [text, value, onSearch]);
  return (
    <form
      class="search"
      aria-label="Search the library"
      onSubmit={(e) => {
        e.preventDefault();
        // The field itself, not state: Enter may come before the last keystroke has re-rendered.
        onSearch(input.current?.value ?? text);
      }}
    >
      <label for="library-search">Search quotes, notes, speakers and tags</label>
      <input ref={input} id="library-search" type="search" value={text} placeholder="e.g. sanctions, Putin, #nato" onInput={(e) => setText(e.currentTarget.value)} />
    </form>
  );
}
