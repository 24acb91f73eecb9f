import Database from 'better-sqlite3';
import { applyKey } from '../../../db/open';
import { AppError } from '../../contract/errors';
import { tableCounts, type TableCounts } from './tableCounts';

/**
 * Opens a copy of the database read-only with the data key and proves it whole: the full
 * integrity_check (every page decrypts and every index matches), and the same rows per table as
 * the database it was made from. Throws BACKUP_INVALID, in Japanese, naming what differs.
 */
export function checkDatabaseCopy(file: string, key: Buffer, expected: TableCounts): void {
  let sqlite: Database.Database;
  try {
    sqlite = new Database(file, { readonly: true, fileMustExist: true });
  } catch {
    throw new AppError('BACKUP_INVALID', 'バックアップのデータベースを開けませんでした。');
  }
  try {
    try {
      applyKey(sqlite, key);
      sqlite.prepare('SELECT count(*) FROM sqlite_master').get();
    } catch {
      throw new AppError(
        'BACKUP_INVALID',
        'このバックアップは今の鍵では開けません（別のデータベースのバックアップか、壊れています）。',
      );
    }
    const integrity = sqlite.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') {
      throw new AppError(
        'BACKUP_INVALID',
        `バックアップのデータベースに異常があります（integrity_check: ${String(integrity)}）。`,
      );
    }
    const actual = tableCounts(sqlite);
    const differing = [...new Set([...Object.keys(expected), ...Object.keys(actual)])]
      .filter((table) => expected[table] !== actual[table])
      .map((table) => `${table}: ${expected[table] ?? 'なし'} → ${actual[table] ?? 'なし'}`);
    if (differing.length > 0) {
      throw new AppError(
        'BACKUP_INVALID',
        `バックアップの行数が元と一致しません（${differing.slice(0, 5).join('、')}）。`,
      );
    }
  } finally {
    sqlite.close();
  }
}
