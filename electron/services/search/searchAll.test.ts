import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTransaction } from '../../../db/database';
import { progressNote } from '../../../db/schema';
import { buildNote } from '../../../db/testing/caseBuilders';
import { searchInput } from '../../contract/schemas/directory';
import type { Actor } from '../audit/actor';
import { searchAll } from './searchAll';
import { setUpSearchTown } from './searchFixture.testing';

let town: ReturnType<typeof setUpSearchTown>;
beforeAll(() => {
  town = setUpSearchTown();
});
afterAll(() => town.cleanup());

function search(q: string, actor: Actor = town.staff.admin) {
  return searchAll(town.db, actor, searchInput.parse({ q }));
}
const names = (q: string, actor?: Actor) => search(q, actor).persons.map((p) => p.name);
const caseIds = (q: string, actor?: Actor) => search(q, actor).cases.map((c) => c.id);

describe('searchAll: people', () => {
  it.each([
    ['山田太郎', '3+ kanji, exact'],
    ['山田 太郎', 'with a space'],
    ['田太郎', '3 kanji inside the name'],
    ['やまだ たろう', 'hiragana'],
    ['ヤマダタロウ', 'katakana'],
    ['ﾔﾏﾀﾞﾀﾛｳ', 'half-width katakana'],
    ['たろう', 'the given name in kana'],
    ['090-1234-5678', 'phone with hyphens'],
    ['09012345678', 'phone without hyphens'],
    ['０９０－１２３４－５６７８', 'phone in full-width digits'],
    ['5678', 'the last four digits'],
  ])('finds 山田 太郎 by %s (%s)', (q) => {
    expect(names(q)[0]).toBe('山田 太郎');
  });

  it('finds by a 2-character name (no trigrams): everyone starting with it, exact first', () => {
    expect(names('山田')).toEqual(['山田 太郎', '山田 花子']);
  });

  it('finds by a 1-character name: starting with it first, then containing it', () => {
    expect(names('森')).toEqual(['森 さくら', '大森 一郎']);
  });

  it('finds 2-character words inside a name, and kana inside ふりがな', () => {
    expect(names('太郎')).toEqual(['山田 太郎']);
    expect(names('ハナ')).toEqual(['山田 花子']);
  });

  it('matches ふりがな typed in half-width katakana by hiragana', () => {
    expect(names('たかはし')).toEqual(['高橋 健二']);
  });

  it('keeps a rare kanji (outside the BMP) searchable and as typed', () => {
    expect(names('𠮷田')).toEqual(['𠮷田 一']);
    expect(search('よしだ').persons[0]).toMatchObject({
      name: '𠮷田 一',
      nameKana: 'よしだ はじめ',
    });
  });

  it('returns at most `limit` people', () => {
    expect(
      searchAll(town.db, town.staff.admin, searchInput.parse({ q: '田', limit: 1 })).persons,
    ).toHaveLength(1);
  });
});

describe('searchAll: cases', () => {
  it.each(['R8-0001', 'r8-1', 'Ｒ８－１', 'R8'])('finds the first case of 2026年度 by %s', (q) => {
    expect(search(q).cases[0]).toMatchObject({
      id: town.cases.taroCase.id,
      caseNumber: 'R8-0001',
      matchedIn: 'caseNumber',
      personName: '山田 太郎',
    });
  });

  it('lists the cases of the people found by name', () => {
    expect(search('山田太郎').cases).toEqual([
      expect.objectContaining({ id: town.cases.taroCase.id, matchedIn: 'person' }),
    ]);
  });

  it('finds a word in 主訴 with an excerpt around it', () => {
    const [hit] = search('就労について').cases;
    expect(hit).toMatchObject({ id: town.cases.taroCase.id, matchedIn: 'chiefComplaint' });
    expect(hit?.excerpt).toContain('自身の就労について相談');
  });

  it('finds a word in a note (所見 too) with an excerpt from that note', () => {
    const [hit] = search('民生委員').cases;
    expect(hit).toMatchObject({ id: town.cases.omoriCase.caseId, matchedIn: 'note' });
    expect(hit?.excerpt).toBe('民生委員から近況の報告があり、生活は落ち着いてい…');
  });

  it('does not find the text of a withdrawn (取消) note: it was written in error', () => {
    const noteId = withTransaction(town.db, (tx) =>
      buildNote(tx, { caseId: town.cases.taroCase.id, facts: '別世帯の訪問記録を誤入力した。' }),
    );
    expect(caseIds('訪問記録を誤入力')).toEqual([town.cases.taroCase.id]);
    withTransaction(town.db, (tx) => {
      tx.update(progressNote)
        .set({ withdrawnAt: '2026-06-01T00:00:00.000Z', withdrawnReason: '別の世帯の記録のため' })
        .where(eq(progressNote.id, noteId))
        .run();
    });
    expect(caseIds('訪問記録を誤入力')).toEqual([]);
  });

  it('requires every word, short ones checked in the text', () => {
    expect(caseIds('情報共有 包括')).toEqual([town.cases.taroCase.id]);
    expect(caseIds('情報共有 家賃')).toEqual([]);
  });

  it.each([
    '"',
    '*',
    'AND',
    'OR',
    'NOT',
    'NEAR(',
    ')',
    '"AND" OR NEAR(山田 太郎, 2)',
    '山田*',
    '^山田',
    'a:b',
    '%',
    '_',
    '\\',
    "'; DROP TABLE person; --",
  ])('treats FTS and LIKE syntax in %j as text', (q) => {
    expect(() => search(q)).not.toThrow();
    expect(search(q).persons).toEqual([]);
  });
});

describe('searchAll: 閲覧制限', () => {
  const hidden = [
    '佐藤',
    '佐藤由美',
    'さとう',
    '0123-45-6789',
    '暴力について',
    'シェルター',
    '就職活動',
  ];

  it.each(hidden)('shows an unassigned 相談員 and 閲覧 nothing of the DV household for %s', (q) => {
    for (const actor of [town.staff.other, town.staff.viewer]) {
      expect(search(q, actor)).toEqual({ persons: [], cases: [] });
    }
  });

  it.each(hidden)('shows the 主担当 and the 管理者 the DV household for %s', (q) => {
    for (const actor of [town.staff.assigned, town.staff.admin]) {
      const result = search(q, actor);
      expect(result.persons.length + result.cases.length).toBeGreaterThan(0);
    }
  });

  it('still shows the unassigned 相談員 everything else', () => {
    expect(names('山田', town.staff.other)).toEqual(['山田 太郎', '山田 花子']);
    expect(caseIds('民生委員', town.staff.other)).toEqual([town.cases.omoriCase.caseId]);
  });
});
