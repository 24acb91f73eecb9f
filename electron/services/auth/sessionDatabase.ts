import fs from 'node:fs';
import { withTransaction } from '../../../db/database';
import { openDatabase, type OpenedDatabase } from '../../../db/open';
import { findStaffById } from '../../../db/repositories/staffRepository';
import { AppError } from '../../contract/errors';
import type { SessionUser } from '../../contract/schemas/session';
import type { DataPaths } from '../app/dataPaths';
import { fileError } from '../app/fileErrors';
import { acquireFolderLock, type FolderLock } from '../app/folderLock';
import { appendAudit, type AuditAction } from '../audit/appendAudit';
import { clearPendingEvents, flushPendingEvents } from '../audit/pendingAudit';
import { settleInterruptedRestore } from '../backup/restoreJournal';
import type { Clock } from '../clock';
import type { AuditDetail } from '../../contract/audit/auditDetailKeys';

/** An open session's database, its user, and the folder lock held while it is open. */
export type OpenSession = { user: SessionUser; opened: OpenedDatabase; lock: FolderLock };

/**
 * Takes the data folder for this process (kasane.lock) and settles a restore a crash left
 * half-done, so what opens next is either the old database or the restored one, never a mix.
 */
export function takeFolder(paths: DataPaths, channel: string): FolderLock {
  let lock: FolderLock;
  try {
    lock = acquireFolderLock(paths.lock, channel);
  } catch (error) {
    // A folder where even kasane.lock cannot be created is read-only (or not ours).
    throw fileError(error, 'データフォルダ', paths.dir);
  }
  try {
    settleInterruptedRestore(paths);
    return lock;
  } catch (error) {
    lock.release();
    throw fileError(error, 'データフォルダ', paths.dir);
  }
}

/**
 * Opens the database with the unwrapped data key as `account`, under the folder lock already
 * taken: checks the folder can be written (a read-only one is a clear message, not a failed
 * write later), that the account exists and is active, moves waiting failed logins into the
 * audit chain and audits the login or unlock. On any failure the file is closed and the lock
 * released.
 */
export function openSessionDatabase(args: {
  paths: DataPaths;
  clock: Clock;
  channel: string;
  migrationsFolder: string | undefined;
  account: { staffId: number; login: string };
  dataKey: Buffer;
  action: 'auth.login' | 'auth.unlock';
  previous: SessionUser | undefined;
  lock: FolderLock;
}): OpenSession {
  const { paths, clock, account, previous, lock } = args;
  let opened: OpenedDatabase | undefined;
  try {
    requireWritableFolder(paths);
    opened = openDatabase({
      path: paths.database,
      key: args.dataKey,
      migrationsFolder: args.migrationsFolder,
    });
    const row = findStaffById(opened.db, account.staffId);
    if (!row || row.login !== account.login || !row.active) {
      throw new AppError(
        'ACCOUNT_DISABLED',
        'このアカウントは使用できません。管理者に連絡してください。',
      );
    }
    const user: SessionUser = {
      staffId: row.id,
      login: row.login,
      displayName: row.displayName,
      role: row.role,
    };
    const now = clock.now();
    withTransaction(opened.db, (tx) => {
      flushPendingEvents(tx, paths.pendingAudit);
      if (previous && previous.staffId !== user.staffId) {
        appendAudit(tx, {
          at: now,
          actor: previous,
          action: 'auth.logout',
          detail: { reason: 'switchUser' },
        });
      }
      appendAudit(tx, {
        at: now,
        actor: user,
        action: args.action,
        detail: { channel: args.channel },
      });
    });
    clearPendingEvents(paths.pendingAudit);
    return { user, opened, lock };
  } catch (error) {
    opened?.close();
    lock.release();
    throw error instanceof AppError ? error : fileError(error, 'データフォルダ', paths.dir);
  }
}

/** Audits the lock or logout, closes the file and (unless a restore still needs it) the lock. */
export function closeSessionDatabase(
  session: OpenSession,
  clock: Clock,
  action: AuditAction,
  options: { keepLock?: boolean; detail?: AuditDetail } = {},
): void {
  try {
    withTransaction(session.opened.db, (tx) => {
      appendAudit(tx, { at: clock.now(), actor: session.user, action, detail: options.detail });
    });
  } finally {
    session.opened.close();
    if (!options.keepLock) session.lock.release();
  }
}

/**
 * SQLite needs to create its -wal and -shm files beside the database: a read-only folder (or
 * file) would otherwise fail later with a bare "readonly database".
 */
function requireWritableFolder(paths: DataPaths): void {
  try {
    fs.accessSync(paths.dir, fs.constants.W_OK);
    // A missing file is DB_MISSING, reported by openDatabase.
    if (fs.existsSync(paths.database)) fs.accessSync(paths.database, fs.constants.W_OK);
  } catch {
    throw new AppError(
      'READ_ONLY',
      `データフォルダに書き込めません（${paths.dir}）。読み取り専用になっていないか、書き込みの権限があるかを確かめてください。データには手を加えていません。`,
    );
  }
}
