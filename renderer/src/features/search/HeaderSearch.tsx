import { Kbd, TextInput } from '@mantine/core';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { navigate, parseRoute, routes } from '../../app/routes';
import { useHash } from '../../app/useHash';
import { ja } from '../../i18n/ja';

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * The one search box in the header: Enter opens 検索結果 for the words (not while an IME is still
 * converting them). Ctrl+K anywhere, or / outside a text field, puts the cursor in it.
 */
export function HeaderSearch() {
  const inputRef = useRef<HTMLInputElement>(null);
  const route = parseRoute(useHash());
  const shownQuery = route.page === 'search' ? route.q : '';
  const [text, setText] = useState(shownQuery);
  const [syncedQuery, setSyncedQuery] = useState(shownQuery);
  if (shownQuery !== syncedQuery) {
    // The results page changed (back button, a link): the box shows what it searched for.
    setSyncedQuery(shownQuery);
    setText(shownQuery);
  }

  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      const ctrlK = (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k';
      const slash =
        event.key === '/' && !event.ctrlKey && !event.metaKey && !isTyping(event.target);
      if (!ctrlK && !slash) return;
      event.preventDefault();
      inputRef.current?.focus();
      inputRef.current?.select();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Escape') inputRef.current?.blur();
    if (event.key !== 'Enter' || event.nativeEvent.isComposing) return;
    event.preventDefault();
    navigate(routes.search(text.trim()));
  };

  return (
    <TextInput
      ref={inputRef}
      type="search"
      aria-label={ja.headerSearch.label}
      placeholder={ja.headerSearch.placeholder}
      value={text}
      onChange={(event) => setText(event.currentTarget.value)}
      onKeyDown={onKeyDown}
      leftSection={<SearchIcon />}
      rightSection={<Kbd size="xs">{ja.headerSearch.shortcut}</Kbd>}
      rightSectionWidth={64}
      rightSectionPointerEvents="none"
      w="100%"
      maw={460}
    />
  );
}

function SearchIcon() {
  return (
    <svg
      width="16"
      height="16"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      aria-hidden="true"
    >
      <circle cx="11" cy="11" r="7" />
      <path d="m20 20-3.5-3.5" />
    </svg>
  );
}
