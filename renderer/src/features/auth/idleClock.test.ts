import { describe, expect, it } from 'vitest';
import { idleRemainingMs, shouldTouch, touchIntervalMs } from './idleClock';

const minute = 60_000;

describe('idleRemainingMs', () => {
  it('counts down from the last input', () => {
    expect(idleRemainingMs(1_000 + 3 * minute, 1_000, 10 * minute)).toBe(7 * minute);
  });

  it('is 0 when due, and after a long sleep', () => {
    expect(idleRemainingMs(10 * minute, 0, 10 * minute)).toBe(0);
    expect(idleRemainingMs(600 * minute, 0, 10 * minute)).toBe(0);
  });
});

describe('shouldTouch', () => {
  it('waits a minute between touches', () => {
    expect(shouldTouch(touchIntervalMs - 1, 0)).toBe(false);
    expect(shouldTouch(touchIntervalMs, 0)).toBe(true);
  });
});
