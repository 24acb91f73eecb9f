import { describe, expect, it } from 'vitest';
import { defaultResourceFilter, toResourceListInput } from './resourceFilter';

describe('toResourceListInput', () => {
  it('asks for active resources by default', () => {
    expect(toResourceListInput(defaultResourceFilter)).toEqual({
      activeOnly: true,
      withFreeCapacity: false,
    });
  });

  it('sends kind, trimmed words and free capacity', () => {
    const filter = { kind: 'ibasho', words: ' 本町 ', activeOnly: false, withFreeCapacity: true };
    expect(toResourceListInput({ ...filter, kind: 'ibasho' })).toEqual({
      kind: 'ibasho',
      words: '本町',
      activeOnly: false,
      withFreeCapacity: true,
    });
  });
});
