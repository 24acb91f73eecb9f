import type { Sex } from '../../../contract/caseCodes';
import { codeMatcher } from './codeMatcher';
import { parsedError, parsedOk, type Parsed } from './parsedValue';
import { cellText, type RawCell } from './rawSheet';

const sexOf = codeMatcher<Sex | 'unknown'>({
  male: ['男', '男性', 'M', 'male'],
  female: ['女', '女性', 'F', 'female'],
  other: ['その他'],
  unknown: ['不明', '-', '－', '―'],
});

/** 性別: 男, 女, 男性, 女性, その他; blank (or 不明) is unknown (null). */
export function parseSex(cell: RawCell | undefined): Parsed<Sex | null> {
  const written = cellText(cell);
  if (written === '') return parsedOk(null);
  const sex = sexOf(written);
  if (sex === undefined) {
    return parsedError(`性別は 男・女・その他 のどれかにしてください（${written}）`);
  }
  return parsedOk(sex === 'unknown' ? null : sex);
}
