import { routes, type Route } from '../../../contract/caseCodes';
import { codeMatcher } from './codeMatcher';
import { parsedError, parsedOk, type Parsed } from './parsedValue';
import { cellText, type RawCell } from './rawSheet';

const routeOf = codeMatcher<Route>({
  counter: [routes.labels.counter, '来所', '来庁', '窓口相談'],
  phone: [routes.labels.phone, 'TEL', '電話相談'],
  visit: [routes.labels.visit, '家庭訪問'],
  outreach: [routes.labels.outreach],
  referral: [routes.labels.referral, '関係機関', '紹介', '関係機関から', 'つなぎ'],
  email: [routes.labels.email, 'Eメール', 'e-mail', 'email', 'mail'],
  other: [routes.labels.other],
});

/** 相談経路: 窓口 (来所), 電話 (TEL), 訪問, アウトリーチ, 関係機関からのつなぎ (関係機関, 紹介), メール, その他. Blank is その他. */
export function parseRoute(cell: RawCell | undefined): Parsed<Route> {
  const written = cellText(cell);
  if (written === '') return parsedOk('other');
  const route = routeOf(written);
  return route === undefined
    ? parsedError(
        `相談経路は ${Object.values(routes.labels).join('・')} のどれかにしてください（${written}）`,
      )
    : parsedOk(route);
}
