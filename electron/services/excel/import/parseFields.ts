import { fields, type Field } from '../../../contract/caseCodes';
import { codeMatcher } from './codeMatcher';
import { parsedError, parsedOk, type Parsed } from './parsedValue';
import type { RawCell } from './rawSheet';
import { splitList } from './splitList';

const fieldOf = codeMatcher<Field>({
  elderly: [fields.labels.elderly, '介護', '高齢者'],
  disability: [fields.labels.disability, '障がい', '障碍'],
  child: [fields.labels.child, '子育て', '児童', '子供', 'こども'],
  poverty: [fields.labels.poverty, '困窮'],
  other: [fields.labels.other],
});

/**
 * 相談分野, one or several separated by ・ 、 , / or spaces: 高齢 (介護), 障害, 子ども (子育て, 児童),
 * 生活困窮 (困窮), その他. Each counted once; blank is その他 (a case has at least one field).
 */
export function parseFields(cell: RawCell | undefined): Parsed<Field[]> {
  const items = splitList(cell);
  if (items.length === 0) return parsedOk(['other']);
  const unknown = items.filter((item) => fieldOf(item) === undefined);
  if (unknown.length > 0) {
    return parsedError(
      `相談分野に使えない値があります: ${unknown.join('、')}（${Object.values(fields.labels).join('・')} から書いてください）`,
    );
  }
  return parsedOk([...new Set(items.map((item) => fieldOf(item) as Field))]);
}
