import { describe, expect, it } from 'vitest';
import { parseTimeText } from './parseTimeText';

describe('parseTimeText', () => {
  it.each([
    ['14:30', '14:30'],
    ['9:05', '09:05'],
    ['１４：３０', '14:30'],
    ['1430', '14:30'],
    ['930', '09:30'],
    ['14時30分', '14:30'],
    ['9時5分', '09:05'],
    ['14時', '14:00'],
    ['9', '09:00'],
    ['0:00', '00:00'],
    [' 23:59 ', '23:59'],
  ])('reads %s as %s', (text, time) => {
    expect(parseTimeText(text)).toBe(time);
  });

  it.each(['', '24:00', '12:60', '2561', 'ごご2時', '12:3:4', '14-30'])('refuses %j', (text) => {
    expect(parseTimeText(text)).toBeNull();
  });
});
