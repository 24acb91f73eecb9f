import { routes, type Route } from '../../../contract/caseCodes';
import type { RawCell } from './rawSheet';
import { splitByList, type WordList } from './splitByList';

/** A 相談経路 cell read: the route, words not on the list, and other routes the cell also names. */
export type RouteReading = { route: Route; unknown: string[]; mapped: string[]; others: Route[] };

export const routeListText = Object.values(routes.labels).join('・');

/**
 * 相談経路: 窓口 (来所), 電話 (TEL), 訪問, アウトリーチ, 関係機関からのつなぎ (関係機関, 紹介), メール,
 * その他. Blank is その他. A cell naming several (電話・来所) is read like any list; a case has one
 * route, the first written, and the others are reported so the caller can say so.
 */
export function parseRoute(cell: RawCell | undefined, list: WordList<Route>): RouteReading {
  const { values, unknown, mapped } = splitByList(cell, list);
  const [route = 'other', ...others] = values;
  return { route, unknown, mapped, others };
}
