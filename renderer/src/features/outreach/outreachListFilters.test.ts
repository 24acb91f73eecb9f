import { describe, expect, it } from 'vitest';
import { defaultOutreachListFilters, toOutreachListInput } from './outreachListFilters';

describe('toOutreachListInput', () => {
  it('asks for every open target by default', () => {
    expect(toOutreachListInput(defaultOutreachListFilters, 3)).toEqual({ includeClosed: false });
  });

  it('narrows to a stage and to my targets', () => {
    const filters = { stage: 'relationship', mine: true, includeClosed: false } as const;
    expect(toOutreachListInput(filters, 3)).toEqual({
      stage: 'relationship',
      mainStaffId: 3,
      includeClosed: false,
    });
  });

  it('shows closed targets when a closed stage is chosen', () => {
    const filters = { ...defaultOutreachListFilters, stage: 'ended' } as const;
    expect(toOutreachListInput(filters, 3)).toEqual({ stage: 'ended', includeClosed: true });
  });
});
