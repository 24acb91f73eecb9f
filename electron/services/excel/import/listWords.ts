import { fields, routes, type Field, type Route } from '../../../contract/caseCodes';
import { wordList, type WordList } from './splitByList';

/** Every word of a record of code → words, as [word, code] pairs (the label first). */
export function codeWords<C extends string>(
  words: Readonly<Record<C, readonly string[]>>,
): Array<readonly [string, C]> {
  return (Object.keys(words) as C[]).flatMap((code) => words[code].map((w) => [w, code] as const));
}

/** 相談経路 as offices write it: 来所, TEL, 紹介 … besides the labels. */
export const routeWords = codeWords<Route>({
  counter: [routes.labels.counter, '来所', '来庁', '窓口相談'],
  phone: [routes.labels.phone, 'TEL', '電話相談'],
  visit: [routes.labels.visit, '家庭訪問'],
  outreach: [routes.labels.outreach],
  referral: [routes.labels.referral, '関係機関', '紹介', '関係機関から', 'つなぎ'],
  email: [routes.labels.email, 'Eメール', 'e-mail', 'email', 'mail'],
  other: [routes.labels.other],
});

/** 相談分野 as offices write it: 介護, 子育て, 困窮 … besides the labels. */
export const fieldWords = codeWords<Field>({
  elderly: [fields.labels.elderly, '介護', '高齢者'],
  disability: [fields.labels.disability, '障がい', '障碍'],
  child: [fields.labels.child, '子育て', '児童', '子供', 'こども'],
  poverty: [fields.labels.poverty, '困窮'],
  other: [fields.labels.other],
});

/** The lists a 相談受付簿's several-value columns are read against (plus any words mapped to them). */
export type ConsultationWordLists = { route: WordList<Route>; field: WordList<Field> };

export const defaultConsultationWords: ConsultationWordLists = {
  route: wordList(routeWords),
  field: wordList(fieldWords),
};
