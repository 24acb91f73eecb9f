import { AppError } from '../../contract/errors';

/** The error codes of the file system and SQLite that mean "no room" or "not allowed". */
const fullCodes = new Set(['ENOSPC', 'EFBIG', 'EDQUOT', 'SQLITE_FULL']);
const deniedCodes = new Set(['EACCES', 'EPERM', 'EROFS', 'SQLITE_READONLY', 'SQLITE_CANTOPEN']);

function codeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/**
 * A file-system failure as a clear Japanese AppError: a full disk, a folder that cannot be
 * written, a missing one. `what` names the place (「バックアップの保存先」). Anything else
 * keeps its system message in brackets, for the IT person.
 */
export function fileError(error: unknown, what: string, place: string): AppError {
  if (error instanceof AppError) return error;
  const code = codeOf(error) ?? '';
  const base = code.replace(/_.*$/, '') === 'SQLITE' ? code : code;
  if (
    fullCodes.has(base) ||
    /SQLITE_FULL|disk is full|database or disk is full/i.test(String(error))
  ) {
    return new AppError(
      'DISK_FULL',
      `${what}（${place}）の空き容量が足りません。不要なファイルを削除するか、別の保存先を選んでください。`,
    );
  }
  if (deniedCodes.has(code)) {
    return new AppError(
      'READ_ONLY',
      `${what}（${place}）に書き込めません。読み取り専用になっていないか、書き込みの権限があるかを確かめてください。`,
    );
  }
  if (code === 'ENOENT' || code === 'ENOTDIR') {
    return new AppError('NOT_FOUND', `${what}（${place}）が見つかりません。`);
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new AppError('INTERNAL', `${what}（${place}）に書き込めませんでした（${detail}）。`);
}

/**
 * A failure of the disk under a call (the database could not be written): a clear Japanese
 * error saying nothing was saved, instead of the generic one. Null for anything else.
 */
export function storageFailure(error: unknown): AppError | null {
  const code = codeOf(error) ?? '';
  if (fullCodes.has(code) || code.startsWith('SQLITE_IOERR')) {
    return new AppError(
      'DISK_FULL',
      'データベースに書き込めませんでした。ディスクの空き容量が足りないか、ディスクに問題があります。この操作は保存されていません（それまでの記録はそのままです）。空き容量を確かめて、システムの担当者に連絡してください。',
    );
  }
  if (code.startsWith('SQLITE_READONLY') || code === 'EROFS') {
    return new AppError(
      'READ_ONLY',
      'データフォルダに書き込めません（読み取り専用になっています）。この操作は保存されていません。システムの担当者に連絡してください。',
    );
  }
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') {
    return new AppError(
      'DB_UNREADABLE',
      'データベースのファイルに異常が見つかりました。この操作は保存されていません。システムの担当者に連絡してください（バックアップからの復元が必要な場合があります）。',
    );
  }
  return null;
}
