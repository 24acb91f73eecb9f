import { describe, expect, it } from 'vitest';
import { addTag, moveTag, renameTag, restoreTag, retireTag } from './tagListEdits';

const active = ['8050問題', 'ダブルケア', 'ひきこもり'];
const retired = ['旧課題'];

describe('課題 list edits', () => {
  it('adds a trimmed label at the end', () => {
    expect(addTag(active, retired, ' 債務 ')).toEqual({ ok: true, labels: [...active, '債務'] });
  });

  it.each([
    ['an empty label', '　', '課題の名前を入力してください'],
    ['a label over 50 characters', 'あ'.repeat(51), '課題の名前は50文字以内にしてください'],
    [
      'a label already in use (full-width digits too)',
      '８０５０問題',
      '同じ名前の課題がすでにあります',
    ],
    [
      'a retired label',
      '旧課題',
      '同じ名前の課題が「使わなくなった課題」にあります。「戻す」を使ってください',
    ],
  ])('refuses %s', (_name, label, error) => {
    expect(addTag(active, retired, label)).toEqual({ ok: false, error });
  });

  it('renames in place, so the old label drops out (and is retired by the service)', () => {
    expect(renameTag(active, retired, 1, 'ダブルケア（育児と介護）')).toEqual({
      ok: true,
      labels: ['8050問題', 'ダブルケア（育児と介護）', 'ひきこもり'],
    });
    expect(renameTag(active, retired, 1, 'ダブルケア')).toEqual({ ok: true, labels: active });
    expect(renameTag(active, retired, 1, 'ひきこもり')).toEqual({
      ok: false,
      error: '同じ名前の課題がすでにあります',
    });
  });

  it('moves up and down, and not past either end', () => {
    expect(moveTag(active, 1, -1)).toEqual(['ダブルケア', '8050問題', 'ひきこもり']);
    expect(moveTag(active, 1, 1)).toEqual(['8050問題', 'ひきこもり', 'ダブルケア']);
    expect(moveTag(active, 0, -1)).toEqual(active);
    expect(moveTag(active, 2, 1)).toEqual(active);
  });

  it('retires by leaving out and restores at the end', () => {
    expect(retireTag(active, 0)).toEqual(['ダブルケア', 'ひきこもり']);
    expect(restoreTag(active, '旧課題')).toEqual([...active, '旧課題']);
    expect(restoreTag(active, 'ダブルケア')).toEqual(active);
  });
});
