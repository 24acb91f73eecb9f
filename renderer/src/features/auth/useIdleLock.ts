import { useEffect, useEffectEvent } from 'react';
import { idleRemainingMs, shouldTouch } from './idleClock';

const activityEvents = ['mousemove', 'keydown', 'pointerdown', 'wheel', 'touchstart'] as const;

type Options = {
  idleMinutes: number;
  /** No input for `idleMinutes`: lock now. Called once per mount. */
  onIdle: () => void;
  /** The user is active; called at most once a minute (for auth.touch). */
  onActive: () => void;
};

/**
 * Locks the screen after `idleMinutes` without keyboard, mouse or touch input, and reports
 * activity to the main side at most once a minute. Uses Date and setTimeout only (so a
 * suspended PC locks on wake and a test clock can fast-forward it).
 */
export function useIdleLock({ idleMinutes, onIdle, onActive }: Options): void {
  const idle = useEffectEvent(onIdle);
  const active = useEffectEvent(onActive);

  useEffect(() => {
    const idleMs = idleMinutes * 60_000;
    let lastActivity = Date.now();
    let lastTouch = lastActivity;
    let done = false;
    let timer: ReturnType<typeof setTimeout>;

    const check = () => {
      const remaining = idleRemainingMs(Date.now(), lastActivity, idleMs);
      if (remaining > 0) {
        timer = setTimeout(check, remaining);
        return;
      }
      done = true;
      idle();
    };
    const onInput = () => {
      if (done) return;
      const now = Date.now();
      lastActivity = now;
      if (shouldTouch(now, lastTouch)) {
        lastTouch = now;
        active();
      }
    };
    // A tab or window coming back after a long sleep must lock before showing anything.
    const onVisible = () => {
      if (document.visibilityState !== 'visible' || done) return;
      clearTimeout(timer);
      check();
    };

    for (const name of activityEvents) {
      window.addEventListener(name, onInput, { capture: true, passive: true });
    }
    document.addEventListener('visibilitychange', onVisible);
    timer = setTimeout(check, idleMs);
    return () => {
      clearTimeout(timer);
      for (const name of activityEvents) {
        window.removeEventListener(name, onInput, { capture: true });
      }
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [idleMinutes]);
}
