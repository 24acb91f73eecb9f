import type { UseFormReturnType } from '@mantine/form';
import { useEffect, useRef } from 'react';
import { draftOf, dropDraft, formLeft, formShown, keepDraft } from './draftStore';

/** The values a form starts with: the user's kept draft of `key`, else `blank`. */
export function draftOr<V>(key: string, blank: V): V {
  // Only the form that owns `key` keeps a draft under it, always of its own values type.
  const kept = draftOf(key) as V | undefined;
  return kept ?? blank;
}

export type FormDraft<V> = {
  /**
   * The form is saved (call before navigating) or its text discarded: the draft goes. Pass the
   * values the form starts over with when it stays on screen.
   */
  drop: (nextBlank?: V) => void;
};

/**
 * Keeps `values` as the draft of `key` (draftStore.ts) on every change while they differ from
 * `blank` (what the form holds with nothing typed or everything saved), so leaving the screen,
 * a lock or the idle lock loses nothing.
 */
export function useValuesDraft<V>(key: string, values: V, blank: V): FormDraft<V> {
  const blankJson = useRef(JSON.stringify(blank));
  useEffect(() => {
    keepDraft(key, values, JSON.stringify(values) !== blankJson.current);
  }, [key, values]);
  useEffect(() => {
    formShown(key);
    return () => formLeft(key);
  }, [key]);
  return {
    drop: (nextBlank) => {
      if (nextBlank !== undefined) blankJson.current = JSON.stringify(nextBlank);
      dropDraft(key);
    },
  };
}

/** useValuesDraft for a Mantine form. */
export function useFormDraft<V extends Record<string, unknown>>(
  form: UseFormReturnType<V>,
  key: string,
  blank: V,
): FormDraft<V> {
  return useValuesDraft(key, form.values, blank);
}
