import { describe, expect, it } from 'vitest';
import { defaultIssueTags } from '../../../contract/caseCodes';
import { splitByList, wordList } from './splitByList';

const tags = wordList(defaultIssueTags.map((label) => [label, label] as const));
const split = (text: string) => splitByList(text, tags);

describe('several values in one cell, split by the longest match against the list', () => {
  it.each([
    ['子育て・仕事・就労', ['子育て', '仕事・就労']],
    ['介護・DV・虐待', ['介護', 'DV・虐待']],
    ['仕事・就労・子育て', ['仕事・就労', '子育て']],
    ['DV・虐待・DV・虐待', ['DV・虐待']],
    ['介護、子育て', ['介護', '子育て']],
    ['介護，子育て', ['介護', '子育て']],
    ['介護,子育て', ['介護', '子育て']],
    ['介護／子育て', ['介護', '子育て']],
    ['介護/子育て', ['介護', '子育て']],
    ['介護 子育て　不登校', ['介護', '子育て', '不登校']],
    ['介護\n子育て\r\n不登校', ['介護', '子育て', '不登校']],
    ['ＤＶ・虐待･介護', ['DV・虐待', '介護']],
    [' 介護 ・ 子育て ', ['介護', '子育て']],
    ['', []],
  ])('%j → %j', (text, values) => {
    expect(split(text)).toEqual({ values, unknown: [], mapped: [] });
  });

  it('names only the part that matches nothing', () => {
    expect(split('子育て・ゴミ屋敷・DV・虐待')).toEqual({
      values: ['子育て', 'DV・虐待'],
      unknown: ['ゴミ屋敷'],
      mapped: [],
    });
    expect(split('8050問題・宇宙')).toEqual({
      values: ['8050問題'],
      unknown: ['宇宙'],
      mapped: [],
    });
  });

  it('keeps unmatched parts joined by ・ as one word, and names words apart otherwise', () => {
    expect(split('金銭・財産管理・介護')).toEqual({
      values: ['介護'],
      unknown: ['金銭・財産管理'],
      mapped: [],
    });
    expect(split('ゴミ屋敷、FAX・ゴミ屋敷')).toEqual({
      values: [],
      unknown: ['ゴミ屋敷', 'FAX・ゴミ屋敷'],
      mapped: [],
    });
    expect(split('仕事・就労・宇宙・介護・火星')).toEqual({
      values: ['仕事・就労', '介護'],
      unknown: ['宇宙', '火星'],
      mapped: [],
    });
  });

  it('reads a word mapped for the import as its value, and says it was mapped', () => {
    const mapped = wordList(
      defaultIssueTags.map((label) => [label, label] as const),
      [
        ['ゴミ屋敷', 'セルフネグレクト'],
        ['介護', 'ダブルケア'],
      ],
    );
    expect(splitByList('子育て・ゴミ屋敷・DV・虐待・介護', mapped)).toEqual({
      values: ['子育て', 'セルフネグレクト', 'DV・虐待', '介護'],
      unknown: [],
      mapped: ['ゴミ屋敷'],
    });
    expect(splitByList('ゴミ屋敷', mapped)).toEqual({
      values: ['セルフネグレクト'],
      unknown: [],
      mapped: ['ゴミ屋敷'],
    });
  });

  it('finds the reading that matches everything, where taking the longest first would not', () => {
    const list = wordList([
      ['A', 'a'],
      ['A・B', 'ab'],
      ['B・C・D', 'bcd'],
    ] as const);
    expect(splitByList('A・B・C・D', list)).toEqual({
      values: ['a', 'bcd'],
      unknown: [],
      mapped: [],
    });
    expect(splitByList('A・B', list)).toEqual({ values: ['ab'], unknown: [], mapped: [] });
  });

  it('reads a hostile cell of thousands of parts in one pass', () => {
    const text = Array.from({ length: 20_000 }, (_, i) => (i % 2 === 0 ? 'DV' : '虐待')).join('・');
    expect(split(text)).toEqual({ values: ['DV・虐待'], unknown: [], mapped: [] });
    expect(split('・'.repeat(30_000))).toEqual({ values: [], unknown: [], mapped: [] });
  });
});
