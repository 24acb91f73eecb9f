import { useCallback, useEffect, useRef, useState } from 'react';
import { asApiError, type ApiError } from '../../api/ApiError';

export type Loaded<T> =
  { kind: 'loading' } | { kind: 'failed'; error: ApiError } | { kind: 'ready'; value: T };

/**
 * Reads something once the screen opens and again on `reload`; `set` replaces it with what a
 * save returned. `load` must be stable (module-level or useCallback): a new one reads again,
 * keeping the old value on screen until the answer comes. Only the newest answer is used, and
 * a `set` wins over a read still on its way.
 */
export function useLoaded<T>(load: () => Promise<T>): {
  state: Loaded<T>;
  reload: () => void;
  set: (value: T) => void;
} {
  const [state, setState] = useState<Loaded<T>>({ kind: 'loading' });
  const [version, setVersion] = useState(0);
  const latest = useRef(0);

  useEffect(() => {
    const ticket = ++latest.current;
    const run = async () => {
      try {
        const value = await load();
        if (ticket === latest.current) setState({ kind: 'ready', value });
      } catch (error) {
        if (ticket === latest.current) setState({ kind: 'failed', error: asApiError(error) });
      }
    };
    void run();
  }, [load, version]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  const set = useCallback((value: T) => {
    latest.current += 1;
    setState({ kind: 'ready', value });
  }, []);

  return { state, reload, set };
}
