import { describe, expect, it } from 'vitest';
import { consultationColumns } from './consultationColumns';
import { findHeaderRow } from './findHeaderRow';
import { headerKey } from './headerKey';
import { columnLetter } from './columnLetter';
import type { RawSheet } from './rawSheet';

const sheet = (rows: RawSheet['rows']): RawSheet => ({ name: 'Sheet1', rows, date1904: false });

describe('headerKey', () => {
  it.each([
    ['受 付 日', '受付日'],
    ['受　付　日', '受付日'],
    ['ＴＥＬ', 'tel'],
    ['生年月日（和暦）', '生年月日'],
    ['氏名※', '氏名'],
    ['受付日(必須)', '受付日'],
    ['氏名（カナ）', '氏名(カナ)'],
  ])('%j → %j', (heading, key) => expect(headerKey(heading)).toBe(key));
});

describe('columnLetter', () => {
  it.each([
    [1, 'A'],
    [26, 'Z'],
    [27, 'AA'],
    [52, 'AZ'],
    [703, 'AAA'],
  ])('%i → %s', (n, letters) => expect(columnLetter(n)).toBe(letters));
});

describe('findHeaderRow', () => {
  it('skips a title and a note, and names unknown and repeated columns', () => {
    const found = findHeaderRow(
      sheet([
        { rowNumber: 1, cells: ['相談受付簿'] },
        { rowNumber: 2, cells: ['※ 受付日・氏名は必ず記入'] },
        {
          rowNumber: 4,
          cells: [null, '相談年月日', '本人氏名', 'よみがな', '備考', '名前', '連絡先'],
        },
        { rowNumber: 5, cells: [null, '2025/4/1', '山田'] },
      ]),
      consultationColumns,
    );
    expect(found?.rowNumber).toBe(4);
    expect(found?.columns.map((c) => [c.key, c.letter, c.header])).toEqual([
      ['receivedOn', 'B', '相談年月日'],
      ['name', 'C', '本人氏名'],
      ['nameKana', 'D', 'よみがな'],
      ['phone', 'G', '連絡先'],
    ]);
    expect(found?.ignored).toEqual([
      { header: '備考', letter: 'E', reason: 'unknown' },
      { header: '名前', letter: 'F', reason: 'duplicate', sameAs: '氏名' },
    ]);
    expect(found?.missing).toEqual([]);
  });

  it.each([
    ['受付日', 'receivedOn'],
    ['相談日', 'receivedOn'],
    ['受付年月日', 'receivedOn'],
    ['相談年月日', 'receivedOn'],
    ['氏名', 'name'],
    ['相談者氏名', 'name'],
    ['ふりがな', 'nameKana'],
    ['フリガナ', 'nameKana'],
    ['カナ', 'nameKana'],
    ['生年月日', 'birthDate'],
    ['性別', 'sex'],
    ['住所', 'address'],
    ['電話番号', 'phone'],
    ['電話', 'phone'],
    ['受付経路', 'route'],
    ['経路', 'route'],
    ['分野', 'fields'],
    ['課題分類', 'tags'],
    ['主訴', 'chiefComplaint'],
    ['内容', 'chiefComplaint'],
    ['担当', 'staff'],
    ['同意', 'consent'],
    ['終結日', 'closedOn'],
  ])('recognises %s', (heading, key) => {
    const found = findHeaderRow(
      sheet([{ rowNumber: 1, cells: [heading, key === 'name' ? '受付日' : '氏名'] }]),
      consultationColumns,
    );
    expect(found?.columns.map((c) => c.key)).toContain(key);
  });

  it('lists required columns the headings lack, and finds nothing in a sheet without headings', () => {
    const partial = findHeaderRow(
      sheet([{ rowNumber: 3, cells: ['氏名', '性別', '住所'] }]),
      consultationColumns,
    );
    expect(partial?.missing.map((c) => c.label)).toEqual(['受付日']);
    expect(
      findHeaderRow(
        sheet([{ rowNumber: 1, cells: ['相談受付簿', '受付日'] }]),
        consultationColumns,
      ),
    ).toBeNull();
  });
});
