import fs from 'node:fs';
import { withTransaction, type Db } from '../../../db/database';
import { openDatabase, type OpenedDatabase } from '../../../db/open';
import { findStaffById } from '../../../db/repositories/staffRepository';
import { AppError } from '../../contract/errors';
import type { Role } from '../../contract/roles';
import type { SessionUser } from '../../contract/schemas/session';
import type { DataPaths } from '../app/dataPaths';
import { fileError } from '../app/fileErrors';
import { acquireFolderLock, type FolderLock } from '../app/folderLock';
import { appendAudit, type AuditAction } from '../audit/appendAudit';
import { clearPendingEvents, flushPendingEvents } from '../audit/pendingAudit';
import { settleInterruptedRestore } from '../backup/restoreJournal';
import type { Clock } from '../clock';
import type { AuditDetail } from '../../contract/audit/auditDetailKeys';

/**
 * The database opened with its data key, and the folder lock held while it is open: what a
 * session registry holds while anyone may work (a single PC: while someone is logged in; the
 * server: from the first 管理者 login until it stops).
 */
export type Unsealed = { opened: OpenedDatabase; dataKey: Buffer; lock: FolderLock };

export const notReadyMessage = 'サーバーの準備ができていません。管理者がログインしてください。';

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
 * Opens the database with the unwrapped data key, under the folder lock already taken: checks
 * the folder can be written (a read-only one is a clear message, not a failed write later).
 */
export function openUnsealed(
  paths: DataPaths,
  dataKey: Buffer,
  migrationsFolder: string | undefined,
): OpenedDatabase {
  requireWritableFolder(paths);
  try {
    return openDatabase({ path: paths.database, key: dataKey, migrationsFolder });
  } catch (error) {
    throw error instanceof AppError ? error : fileError(error, 'データフォルダ', paths.dir);
  }
}

/**
 * Lets `account` in on the open database: the account must exist and be active (and, when the
 * login unseals the server, hold one of `roles`); waiting failed logins move into the audit
 * chain and the login or unlock is audited. A different user replacing a locked one is audited
 * as that one's logout.
 */
export function admitAccount(
  db: Db,
  args: {
    paths: DataPaths;
    clock: Clock;
    channel: string;
    /** The client's address on the server (which PC a login came from); null on one PC. */
    address?: string | null;
    account: { staffId: number; login: string };
    action: 'auth.login' | 'auth.unlock';
    previous: SessionUser | undefined;
    roles: readonly Role[];
  },
): SessionUser {
  const { paths, clock, account, previous } = args;
  const row = findStaffById(db, account.staffId);
  if (!row || row.login !== account.login || !row.active) {
    throw new AppError(
      'ACCOUNT_DISABLED',
      'このアカウントは使用できません。管理者に連絡してください。',
    );
  }
  if (!args.roles.includes(row.role)) throw new AppError('NOT_READY', notReadyMessage);
  const user: SessionUser = {
    staffId: row.id,
    login: row.login,
    displayName: row.displayName,
    role: row.role,
  };
  const now = clock.now();
  try {
    withTransaction(db, (tx) => {
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
        detail: args.address
          ? { channel: args.channel, address: args.address }
          : { channel: args.channel },
      });
    });
    clearPendingEvents(paths.pendingAudit);
  } catch (error) {
    throw error instanceof AppError ? error : fileError(error, 'データフォルダ', paths.dir);
  }
  return user;
}

/** Audits how a session stopped working (lock, logout) as its user. */
export function auditSessionEnd(
  db: Db,
  clock: Clock,
  user: SessionUser,
  action: AuditAction,
  detail?: AuditDetail,
): void {
  withTransaction(db, (tx) => {
    appendAudit(tx, { at: clock.now(), actor: user, action, detail });
  });
}

/** Closes the file and wipes the key; the lock too unless a restore still needs it. */
export function seal(unsealed: Unsealed, options: { keepLock?: boolean } = {}): void {
  try {
    unsealed.opened.close();
  } finally {
    unsealed.dataKey.fill(0);
    if (!options.keepLock) unsealed.lock.release();
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
