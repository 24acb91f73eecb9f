import type { UseFormReturnType } from '@mantine/form';
import { useState } from 'react';
import { asApiError, type ApiError } from '../api/ApiError';
import { issuesToFieldErrors } from './issuesToFieldErrors';

type Options = {
  /** Called after the error is shown (e.g. to clear and focus the password). */
  onError?: (error: ApiError) => void;
};

/**
 * Submits a Mantine form through a call: validates first, shows `busy` while the call runs,
 * puts server `issues` beside their fields and the Japanese message in `error`.
 */
export function useFormSubmit<V extends Record<string, unknown>>(
  form: UseFormReturnType<V>,
  action: (values: V) => Promise<void>,
  options: Options = {},
): { busy: boolean; error: string | null; onSubmit: ReturnType<UseFormReturnType<V>['onSubmit']> } {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const run = async (values: V) => {
    setBusy(true);
    setError(null);
    try {
      await action(values);
    } catch (thrown) {
      const apiError = asApiError(thrown);
      if (apiError.issues) form.setErrors(issuesToFieldErrors(apiError.issues));
      setError(apiError.message);
      options.onError?.(apiError);
    } finally {
      setBusy(false);
    }
  };

  const onSubmit = form.onSubmit(
    (values) => {
      if (!busy) void run(values);
    },
    // Keyboard users land on the first field to fix (first on screen, not first in the schema).
    (errors) => {
      const [first] = Object.keys(errors)
        .map((path) => form.getInputNode(path))
        .filter((node) => node !== null)
        .sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
      first?.focus();
    },
  );
  return { busy, error, onSubmit };
}
