import { describe, expect, it } from 'vitest';
import {
  emptyResourceValues,
  toResourceInput,
  validateResource,
  type ResourceFormValues,
} from './resourceFormValues';

const filled: ResourceFormValues = {
  ...emptyResourceValues(),
  name: 'みどり農園',
  kind: 'farming',
  capacity: 3,
  hostAgencyId: '2',
};

describe('resource form', () => {
  it('passes a complete resource and turns it into input', () => {
    expect(validateResource(filled)).toEqual({});
    expect(toResourceInput(filled)).toMatchObject({
      name: 'みどり農園',
      kind: 'farming',
      capacity: 3,
      hostAgencyId: 2,
      active: true,
    });
    expect(toResourceInput({ ...filled, capacity: '' }).capacity).toBeNull();
  });

  it.each([
    ['no name', { name: '' }, 'name', '名称を入力してください'],
    ['no kind', { kind: null }, 'kind', '種類を選んでください'],
    ['a negative 定員', { capacity: -1 }, 'capacity', '定員は0以上の整数で入力してください'],
    ['a fractional 定員', { capacity: 1.5 }, 'capacity', '定員は0以上の整数で入力してください'],
  ])('refuses %s at the field', (_what, patch, path, message) => {
    expect(validateResource({ ...filled, ...patch })[path]).toBe(message);
  });
});
