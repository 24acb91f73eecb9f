import { fields, type Field } from '../../../contract/caseCodes';
import { parsedError, parsedOk, type Parsed } from './parsedValue';
import type { SplitWords } from './splitByList';

export const fieldListText = Object.values(fields.labels).join('・');

/**
 * 相談分野 from its cell split against the list: one or several separated by ・ 、 , / or spaces: 高齢 (介護), 障害, 子ども (子育て, 児童),
 * 生活困窮 (困窮), その他. Each counted once; blank is その他 (a case has at least one field).
 * Only the words matching nothing are named.
 */
export function parseFields(split: SplitWords<Field>): Parsed<Field[]> {
  const { values, unknown } = split;
  if (unknown.length > 0) {
    return parsedError(
      `相談分野に使えない値があります: ${unknown.join('、')}（${fieldListText} から書いてください）`,
    );
  }
  return parsedOk(values.length === 0 ? ['other'] : values);
}
