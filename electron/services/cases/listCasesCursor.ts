import { AppError } from '../../contract/errors';
import { sortSpecs, type CaseListSort } from './listCasesSort';

/**
 * The case list's paging cursor: the last row's sort key, with the sort it belongs to, as
 * base64url JSON. Opaque to the renderer; it only ever hands back what it was given.
 */
export function encodeCursor(sort: CaseListSort, key: Array<string | number>): string {
  return Buffer.from(JSON.stringify({ s: sort, k: key }), 'utf8').toString('base64url');
}

/**
 * The sort key a cursor carries. Anything but a cursor this module wrote for the same sort is
 * refused: it came from outside, and its values go into the page query (bound, never spliced).
 */
export function decodeCursor(sort: CaseListSort, cursor: string): Array<string | number> {
  if (!/^[A-Za-z0-9_-]+$/.test(cursor)) throw badCursor();
  let payload: unknown;
  try {
    payload = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw badCursor();
  }
  if (typeof payload !== 'object' || payload === null || !('s' in payload) || !('k' in payload)) {
    throw badCursor();
  }
  if (payload.s !== sort) throw badCursor();
  const key = sortSpecs[sort].key.safeParse(payload.k);
  // Re-encoding must give the same text: no extra fields, no lenient base64 variants.
  if (!key.success || encodeCursor(sort, key.data) !== cursor) throw badCursor();
  return key.data;
}

function badCursor(): AppError {
  const message = '一覧の続きを読み込めませんでした。一覧を最初から表示し直してください。';
  return new AppError('VALIDATION', message, [{ path: 'cursor', message }]);
}
