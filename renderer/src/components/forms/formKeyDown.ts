import type { KeyboardEvent } from 'react';

/**
 * Keys for long forms: Ctrl+Enter (⌘+Enter) saves from anywhere in the form, and a plain Enter
 * in a one-line field does not — it confirms IME conversions and picks list options, and must
 * never save a half-written record.
 */
export function formKeyDown(save: () => void) {
  return (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key !== 'Enter' || event.nativeEvent.isComposing) return;
    if (event.ctrlKey || event.metaKey) {
      event.preventDefault();
      save();
      return;
    }
    if (event.target instanceof HTMLInputElement) event.preventDefault();
  };
}
