import { useEffect, useRef } from 'react';
import type { LiveChange } from '../../../../electron/contract';
import { onLiveChanges } from '../../api/liveChanges';

/** Changes that arrive together (one save touches a case, its note, its household) read once. */
const settleMs = 300;

/**
 * Calls `reload` when another staff member saved something `concerns` says this screen shows
 * (`all`: an import, always). A burst of changes reads once. Screens keep what the user types:
 * a reload replaces what is shown, never an open form's values.
 */
export function useLiveReload(concerns: (change: LiveChange) => boolean, reload: () => void): void {
  const latest = useRef({ concerns, reload });
  useEffect(() => {
    latest.current = { concerns, reload };
  });
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stop = onLiveChanges((changes) => {
      if (!changes.some((c) => c.entity === 'all' || latest.current.concerns(c))) return;
      clearTimeout(timer);
      timer = setTimeout(() => latest.current.reload(), settleMs);
    });
    return () => {
      clearTimeout(timer);
      stop();
    };
  }, []);
}
