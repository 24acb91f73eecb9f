import { describe, expect, it } from 'vitest';
import { consentStateColors, stateInForce } from './consentDisplay';
import { sampleConsent } from './caseDetail.testing';

describe('consent display', () => {
  it('colors each state as staff expect at a glance', () => {
    expect(consentStateColors).toEqual({
      given: 'green',
      refused: 'red',
      withdrawn: 'orange',
      unconfirmed: 'gray',
    });
  });

  it('counts a kind never recorded as 未確認', () => {
    expect(stateInForce(null)).toBe('unconfirmed');
    expect(stateInForce(sampleConsent({ state: 'withdrawn' }))).toBe('withdrawn');
  });
});
