import type { Clock } from './clock';

/** A clock tests move by hand. */
export type ManualClock = Clock & { set: (iso: string) => void; advance: (ms: number) => void };

export function manualClock(startIso = '2026-04-01T00:00:00.000Z'): ManualClock {
  let now = new Date(startIso).getTime();
  return {
    now: () => new Date(now),
    set: (iso) => {
      now = new Date(iso).getTime();
    },
    advance: (ms) => {
      now += ms;
    },
  };
}
