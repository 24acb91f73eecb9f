import { AppError } from '../electron/contract/errors';

/** What better-sqlite3 throws: an Error with SQLite's extended result code. */
function sqliteCode(error: unknown): string | null {
  if (!(error instanceof Error) || !('code' in error)) return null;
  const code = error.code;
  return typeof code === 'string' && code.startsWith('SQLITE_') ? code : null;
}

const damagedMessage =
  'データベースのファイルが壊れている可能性があります。作業を中断して管理者に連絡してください（検査と、必要ならバックアップからの復元を行います）。';

/**
 * A SQLite failure of the file itself, as a Japanese AppError; null for anything else. Damage
 * shows up when a damaged page is first read (the full check runs only at `verify`, in backups
 * and after an unclean shutdown), so every caller that reports errors maps it here.
 */
export function databaseFault(error: unknown): AppError | null {
  const code = sqliteCode(error);
  if (code === null) return null;
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') {
    return new AppError('DB_UNREADABLE', damagedMessage);
  }
  return null;
}
