import { useCallback, useEffect, useRef, useState } from 'react';
import type { AppStatus } from '../../../electron/contract';
import { asApiError, type ApiError } from '../api/ApiError';
import { call } from '../api/call';
import { onSessionChange } from '../api/sessionChanges';
import { isUnlocked } from './sessionStatus';

export type StatusView =
  { kind: 'loading' } | { kind: 'failed'; error: ApiError } | { kind: 'ready'; status: AppStatus };

// While unlocked, the main side may lock on its own (idle timer, menu): look every so often.
const statusPollMs = 30_000;

/**
 * app.status, kept current: read at start, again whenever a call meets a locked or missing
 * session, on window focus, and every 30 s while unlocked. Only the newest answer is used.
 */
export function useAppStatus(): { view: StatusView; refresh: () => Promise<void> } {
  const [view, setView] = useState<StatusView>({ kind: 'loading' });
  const latest = useRef(0);

  const refresh = useCallback(async () => {
    const ticket = ++latest.current;
    try {
      const status = await call('app.status', {});
      if (ticket !== latest.current) return;
      setView((previous) =>
        previous.kind === 'ready' && JSON.stringify(previous.status) === JSON.stringify(status)
          ? previous
          : { kind: 'ready', status },
      );
    } catch (error) {
      if (ticket !== latest.current) return;
      // A hiccup while working keeps the screen (and any typing); the next action reports it.
      setView((previous) =>
        previous.kind === 'ready' ? previous : { kind: 'failed', error: asApiError(error) },
      );
    }
  }, []);

  useEffect(() => {
    void refresh();
    return onSessionChange(() => void refresh());
  }, [refresh]);

  const unlocked = view.kind === 'ready' && isUnlocked(view.status);
  useEffect(() => {
    if (!unlocked) return;
    const check = () => void refresh();
    const timer = setInterval(check, statusPollMs);
    window.addEventListener('focus', check);
    return () => {
      clearInterval(timer);
      window.removeEventListener('focus', check);
    };
  }, [unlocked, refresh]);

  return { view, refresh };
}
