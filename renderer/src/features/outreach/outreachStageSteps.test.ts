import { describe, expect, it } from 'vitest';
import { canMoveTo, isOpenStage, isStale, stepIndex } from './outreachStageSteps';

describe('outreach stages', () => {
  it('orders the path and keeps 終了 off it', () => {
    expect(stepIndex('identified')).toBe(0);
    expect(stepIndex('consent')).toBe(3);
    expect(stepIndex('transferred')).toBe(4);
    expect(stepIndex('ended')).toBe(-1);
  });

  it.each([
    ['contacted', 'relationship', true],
    ['relationship', 'contacted', true],
    ['ended', 'contacted', true],
    ['consent', 'consent', false],
    ['consent', 'transferred', false],
    ['consent', 'ended', false],
    ['transferred', 'consent', false],
  ] as const)('from %s to %s: %s', (from, to, allowed) => {
    expect(canMoveTo(from, to)).toBe(allowed);
  });

  it('counts only open targets as stale, from 30 days', () => {
    expect(isStale({ stage: 'contacted', daysSinceContact: 30 })).toBe(true);
    expect(isStale({ stage: 'contacted', daysSinceContact: 29 })).toBe(false);
    expect(isStale({ stage: 'ended', daysSinceContact: 90 })).toBe(false);
    expect(isStale({ stage: 'transferred', daysSinceContact: 90 })).toBe(false);
    expect(isOpenStage('identified')).toBe(true);
  });
});
