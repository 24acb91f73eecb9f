/** The time source services use; tests pass a fixed or stepping one. */
export type Clock = { now: () => Date };

export const systemClock: Clock = { now: () => new Date() };
