import { fields, type Field } from '../../../contract/caseCodes';
import { parsedError, parsedOk, type Parsed } from './parsedValue';
import type { RawCell } from './rawSheet';
import { splitByList, type WordList } from './splitByList';

export const fieldListText = Object.values(fields.labels).join('・');

/**
 * 相談分野, one or several separated by ・ 、 , / or spaces: 高齢 (介護), 障害, 子ども (子育て, 児童),
 * 生活困窮 (困窮), その他. Each counted once; blank is その他 (a case has at least one field).
 * Only the words matching nothing are named.
 */
export function parseFields(cell: RawCell | undefined, list: WordList<Field>): Parsed<Field[]> {
  const { values, unknown } = splitByList(cell, list);
  if (unknown.length > 0) {
    return parsedError(
      `相談分野に使えない値があります: ${unknown.join('、')}（${fieldListText} から書いてください）`,
    );
  }
  return parsedOk(values.length === 0 ? ['other'] : values);
}
