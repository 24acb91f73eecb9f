import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { withTransaction, type WriteTx } from '../../../db/database';
import { openDatabase } from '../../../db/open';
import { findStaffByLogin } from '../../../db/repositories/staffRepository';
import { AppError } from '../../contract/errors';
import type { DataPaths } from '../app/dataPaths';
import { fileError } from '../app/fileErrors';
import { appendAudit, type AuditEntry } from '../audit/appendAudit';
import { readKeySlotFile, writeKeySlotFile } from '../auth/keySlotFile';
import { openPasswordSlot, openRecoverySlot } from '../auth/keySlots';
import type { Clock } from '../clock';
import { extractDatabase, readBackupHeader, type BackupHeader } from './backupFile';
import type { KeyHolder } from '../auth/keyHolder';
import {
  readBackupSettings,
  recordVerifiedBackup,
  writeBackupFolder,
  writeBackupKeep,
  type BackupSettings,
  type VerifiedBackup,
} from './backupSettings';
import { checkDatabaseCopy } from './checkDatabaseCopy';
import { swapFiles } from './swapFiles';
import type { SwapFs } from './restoreJournal';

/** What opens the backup: the session's own data key (管理 screen), or what opened its key slots then. */
export type RestoreKey =
  | { kind: 'dataKey'; dataKey: Buffer }
  | { kind: 'password'; login: string; password: string }
  | { kind: 'recoveryKey'; recoveryKey: string };

export type RestoreRequest = {
  paths: DataPaths;
  clock: Clock;
  backupFile: string;
  key: RestoreKey;
  /** Who restores (the session's 管理者); from the CLI, the backup's own account or none. */
  actor: AuditEntry['actor'];
  channel: string;
  migrationsFolder?: string;
  /** The current database's backup settings (the 管理 screen), kept across the restore. */
  carryOver?: BackupSettings;
};

/** A backup checked and ready in the data folder, waiting for the swap. */
export type PreparedRestore = {
  header: BackupHeader;
  incomingDatabase: string;
  /** The backup's key slots, when the current ones cannot serve (another database, damaged). */
  incomingKeySlots: string | null;
};

export type RestoreResult = {
  backupCreatedAt: string;
  /** The files kept aside (renamed with a timestamp) in the data folder. */
  setAside: string[];
  keySlots: 'kept' | 'fromBackup';
};

/**
 * Checks a backup before anything is touched: the file is whole (size, SHA-256), its database
 * opens with the key, passes integrity_check and holds the rows its header says. Then it is
 * migrated to this version and the restore is audited inside it, in the data folder under a
 * temporary name. The current key slots are kept when they belong to the same database (today's
 * passwords, and disabled accounts stay disabled); otherwise the backup's are used.
 */
export function prepareRestore(request: RestoreRequest): PreparedRestore {
  const { paths, clock } = request;
  const { header } = readBackupHeader(request.backupFile);
  const dataKey = keyFor(request.key, header);
  const incomingDatabase = path.join(paths.dir, `.kasane.db.restore-${crypto.randomUUID()}`);
  let incomingKeySlots: string | null = null;
  try {
    fs.mkdirSync(paths.dir, { recursive: true, mode: 0o700 });
    try {
      extractDatabase(request.backupFile, incomingDatabase);
    } catch (error) {
      throw fileError(error, 'データフォルダ', paths.dir);
    }
    checkDatabaseCopy(incomingDatabase, dataKey, header.tables);
    const opened = openDatabase({
      path: incomingDatabase,
      key: dataKey,
      migrationsFolder: request.migrationsFolder,
    });
    try {
      const actor = request.actor ?? backupAccount(request.key, opened.db);
      withTransaction(opened.db, (tx) => {
        carryBackupSettings(tx, request, header);
        appendAudit(tx, {
          at: clock.now(),
          actor,
          action: 'backup.restore',
          detail: {
            backupCreatedAt: header.createdAt,
            fileName: path.basename(request.backupFile),
            channel: request.channel,
          },
        });
      });
    } finally {
      opened.close();
    }
    if (!currentSlotsServe(paths, header)) {
      incomingKeySlots = path.join(paths.dir, `.kasane.keys.restore-${crypto.randomUUID()}.json`);
      writeKeySlotFile(incomingKeySlots, header.keySlots);
    }
    return { header, incomingDatabase, incomingKeySlots };
  } catch (error) {
    discardPrepared({ header, incomingDatabase, incomingKeySlots });
    throw error;
  } finally {
    dataKey.fill(0);
  }
}

/** prepareRestore for the 管理 screen: the session's own data key, actor and backup settings. */
export function prepareSessionRestore(
  holder: KeyHolder,
  backupFile: string,
  options: { channel: string; migrationsFolder: string | undefined },
): PreparedRestore {
  return prepareRestore({
    paths: holder.paths,
    clock: holder.clock,
    backupFile,
    key: { kind: 'dataKey', dataKey: holder.dataKey },
    actor: holder.actor,
    channel: options.channel,
    migrationsFolder: options.migrationsFolder,
    carryOver: readBackupSettings(holder.db, holder.paths),
  });
}

/**
 * Puts a prepared restore in place, with the database closed and the folder lock held: the
 * current files are renamed aside with a timestamp and the checked ones renamed in, following a
 * journal so that a failure (or a crash) half-way is undone to exactly the state before.
 */
export function swapInRestore(
  paths: DataPaths,
  prepared: PreparedRestore,
  swapFs?: SwapFs,
): RestoreResult {
  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\..*$/, 'Z');
  const aside = (file: string) => `${file}.before-restore-${stamp}`;
  const files = [
    { original: `${paths.database}-wal`, incoming: null },
    { original: `${paths.database}-shm`, incoming: null },
    { original: paths.database, incoming: prepared.incomingDatabase },
    { original: paths.keySlots, incoming: prepared.incomingKeySlots },
  ];
  // The -wal and -shm of the database being replaced go aside with it; the key file only when
  // the backup's replaces it (otherwise it stays in use, and a copy is kept aside).
  const moves = files
    .filter((f) =>
      f.original === paths.keySlots
        ? f.incoming !== null
        : f.incoming !== null || fs.existsSync(f.original),
    )
    .map((f) => ({ ...f, aside: aside(f.original), hadOriginal: fs.existsSync(f.original) }));
  try {
    // Kept as they were even when they stay in use: the record of what was replaced.
    if (!prepared.incomingKeySlots) fs.copyFileSync(paths.keySlots, aside(paths.keySlots));
    swapFiles(paths, moves, swapFs);
  } catch (error) {
    discardPrepared(prepared);
    throw error;
  }
  return {
    backupCreatedAt: prepared.header.createdAt,
    setAside: [
      ...moves.filter((m) => m.hadOriginal).map((m) => m.aside),
      ...(prepared.incomingKeySlots ? [] : [aside(paths.keySlots)]),
    ].map((file) => path.basename(file)),
    keySlots: prepared.incomingKeySlots ? 'fromBackup' : 'kept',
  };
}

/** Removes the temporary files of a restore that will not happen. */
export function discardPrepared(prepared: PreparedRestore): void {
  for (const file of [prepared.incomingDatabase, prepared.incomingKeySlots]) {
    if (file) for (const suffix of ['', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true });
  }
}

function keyFor(key: RestoreKey, header: BackupHeader): Buffer {
  if (key.kind === 'dataKey') return Buffer.from(key.dataKey);
  const dataKey =
    key.kind === 'password'
      ? (openPasswordSlot(header.keySlots, key.login, key.password)?.dataKey ?? null)
      : openRecoverySlot(header.keySlots, key.recoveryKey);
  if (!dataKey) {
    throw new AppError(
      'WRONG_PASSWORD',
      key.kind === 'password'
        ? 'ログイン名またはパスワードが違います（バックアップを作った時点のパスワードを入力してください）。'
        : '回復キーが違います。',
    );
  }
  return dataKey;
}

/** From the CLI with a password: the account as the backup knows it, which must be a 管理者. */
function backupAccount(key: RestoreKey, db: Parameters<typeof findStaffByLogin>[0]) {
  if (key.kind !== 'password') return null;
  const row = findStaffByLogin(db, key.login);
  if (!row || row.role !== 'admin' || !row.active) {
    throw new AppError('FORBIDDEN', '復元は管理者のアカウントで行ってください。');
  }
  return { staffId: row.id, login: row.login, displayName: row.displayName };
}

/**
 * The restored database would otherwise forget the backups made after it (and say none was ever
 * verified): the folder, the number kept and the newest verified backup carry over; at least
 * the backup being restored counts as verified, since it just was.
 */
function carryBackupSettings(tx: WriteTx, request: RestoreRequest, header: BackupHeader): void {
  const stamp = { at: request.clock.now(), by: request.actor?.staffId ?? null };
  const restored: VerifiedBackup = {
    at: header.createdAt,
    fileName: path.basename(request.backupFile),
    bytes: fs.statSync(request.backupFile).size,
  };
  const carried = request.carryOver;
  if (carried && !carried.isDefaultFolder) writeBackupFolder(tx, carried.folder, stamp);
  if (carried) writeBackupKeep(tx, carried.keep, stamp);
  const newest =
    carried?.lastVerified && carried.lastVerified.at > restored.at
      ? carried.lastVerified
      : restored;
  recordVerifiedBackup(tx, newest, stamp);
}

function currentSlotsServe(paths: DataPaths, header: BackupHeader): boolean {
  try {
    return readKeySlotFile(paths.keySlots).databaseId === header.databaseId;
  } catch {
    return false;
  }
}
