import { useCallback, useEffect, useState } from 'react';
import type { CallInput, CallName, CallOutput } from '../../../../electron/contract';
import { asApiError, type ApiError } from '../../api/ApiError';
import { call } from '../../api/call';

type Loaded<N extends CallName> = {
  key: string;
  version: number;
  data: CallOutput<N> | null;
  error: ApiError | null;
};

export type CallData<N extends CallName> = {
  /** The latest answer (kept while a newer one loads). */
  data: CallOutput<N> | null;
  error: ApiError | null;
  loading: boolean;
  /** Asks again (after a change was saved). */
  reload: () => void;
};

/**
 * The answer to a read call, asked again whenever its input changes; only the newest answer is
 * kept. Pass `null` as input to ask nothing yet.
 */
export function useCallData<N extends CallName>(name: N, input: CallInput<N> | null): CallData<N> {
  const key = JSON.stringify(input);
  const [version, setVersion] = useState(0);
  const [loaded, setLoaded] = useState<Loaded<N>>({
    key: '',
    version: -1,
    data: null,
    error: null,
  });

  useEffect(() => {
    if (key === 'null') return;
    let current = true;
    const parsed = JSON.parse(key) as CallInput<N>;
    const run = async () => {
      try {
        const data = await call(name, parsed);
        if (current) setLoaded({ key, version, data, error: null });
      } catch (error) {
        if (current)
          setLoaded((previous) => ({ ...previous, key, version, error: asApiError(error) }));
      }
    };
    void run();
    return () => {
      current = false;
    };
  }, [name, key, version]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  const loading = key !== 'null' && (loaded.key !== key || loaded.version !== version);
  return { data: loaded.data, error: loading ? null : loaded.error, loading, reload };
}
