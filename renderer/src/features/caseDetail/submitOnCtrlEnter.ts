import type { KeyboardEvent } from 'react';
import { formKeyDown } from '../../components/forms/formKeyDown';

/**
 * A long form's onKeyDown (the shared rule): Ctrl+Enter (⌘+Enter) submits from any field,
 * textareas included, while a plain Enter in a one-line field never saves a half-written record.
 */
export function submitOnCtrlEnter(event: KeyboardEvent<HTMLFormElement>): void {
  const form = event.currentTarget;
  formKeyDown(() => form.requestSubmit())(event);
}
