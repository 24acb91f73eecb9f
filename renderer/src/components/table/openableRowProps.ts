import type { KeyboardEvent } from 'react';
import classes from './openableRow.module.css';

function focusSibling(row: HTMLElement, direction: 'next' | 'previous'): void {
  const sibling = direction === 'next' ? row.nextElementSibling : row.previousElementSibling;
  if (sibling instanceof HTMLElement) sibling.focus();
}

/**
 * Props for a table row that opens something: focusable, opens on click and on Enter, and
 * ↑/↓ move the focus to the neighbouring row — so a list can be worked from the keyboard.
 */
export function openableRowProps(open: () => void) {
  return {
    tabIndex: 0,
    className: classes.row,
    onClick: open,
    onKeyDown: (event: KeyboardEvent<HTMLElement>) => {
      if (event.target !== event.currentTarget) return;
      if (event.key === 'Enter') {
        event.preventDefault();
        open();
      } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        focusSibling(event.currentTarget, event.key === 'ArrowDown' ? 'next' : 'previous');
      }
    },
  };
}
