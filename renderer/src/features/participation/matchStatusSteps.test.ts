import { describe, expect, it } from 'vitest';
import { isStaleMatch, matchStepIndex, reachedStep } from './matchStatusSteps';

describe('match status path', () => {
  it('orders the path and keeps 中断・終了 off it', () => {
    expect(matchStepIndex('proposed')).toBe(0);
    expect(matchStepIndex('settled')).toBe(4);
    expect(matchStepIndex('suspended')).toBe(-1);
  });

  it('shows an open match at its status', () => {
    expect(reachedStep('trial', [])).toBe('trial');
  });

  it('shows a closed match where its follow-ups left it on the path', () => {
    const followUps = [
      { statusTo: 'suspended' as const },
      { statusTo: null },
      { statusTo: 'trial' as const },
      { statusTo: 'visited' as const },
    ];
    expect(reachedStep('suspended', followUps)).toBe('trial');
    expect(reachedStep('ended', [])).toBe('proposed');
  });

  it('needs a follow-up after 30 days while open', () => {
    expect(isStaleMatch({ status: 'participating', daysSinceFollowUp: 30 })).toBe(true);
    expect(isStaleMatch({ status: 'participating', daysSinceFollowUp: 29 })).toBe(false);
    expect(isStaleMatch({ status: 'ended', daysSinceFollowUp: 300 })).toBe(false);
  });
});
