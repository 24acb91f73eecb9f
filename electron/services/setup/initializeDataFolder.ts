import crypto from 'node:crypto';
import fs from 'node:fs';
import { withTransaction } from '../../../db/database';
import { openDatabase } from '../../../db/open';
import { insertStaff } from '../../../db/repositories/staffRepository';
import { AppError } from '../../contract/errors';
import type { SessionUser } from '../../contract/schemas/session';
import { dataPaths } from '../app/dataPaths';
import { appendAudit } from '../audit/appendAudit';
import type { Clock } from '../clock';
import { writeKeySlotFile } from '../auth/keySlotFile';
import { makePasswordSlot, makeRecoverySlot, newKeySlotFile } from '../auth/keySlots';
import { requireStrongPassword } from '../auth/passwordPolicy';
import { newRecoveryKey } from '../auth/recoveryKey';
import { writeSettings } from '../settings/settingsService';
import { markRecoveryKeyShown } from '../auth/recoveryKeyState';

export type InitializeInput = {
  login: string;
  displayName: string;
  password: string;
  municipalityName: string;
  /**
   * The 回復キー is shown on a screen that asks to confirm it (the app); false where it is only
   * printed to a terminal (the CLI), which ホーム then reports as never confirmed.
   */
  recoveryKeyShown?: boolean;
};

export type InitializeResult = { user: SessionUser; recoveryKey: string; dataKey: Buffer };

/**
 * Whether a data folder has been set up (its key-slot file exists, or a restore that was
 * interrupted is still to be undone: its files are only renamed aside, never gone).
 */
export function isInitialized(dataDir: string): boolean {
  const paths = dataPaths(dataDir);
  return fs.existsSync(paths.keySlots) || fs.existsSync(paths.restoreJournal);
}

/**
 * Sets up a new data folder: a random data key, the encrypted database with the first 管理者,
 * and the key-slot file holding that account's slot and the recovery slot. The database is
 * built under a temporary name and renamed into place last, so an interrupted setup leaves
 * nothing that looks set up.
 */
export function initializeDataFolder(
  dataDir: string,
  input: InitializeInput,
  clock: Clock,
  migrationsFolder?: string,
): InitializeResult {
  const paths = dataPaths(dataDir);
  if (isInitialized(dataDir) || fs.existsSync(paths.database)) {
    throw new AppError(
      'ALREADY_INITIALIZED',
      `このデータフォルダはすでに設定済みです: ${paths.dir}`,
    );
  }
  requireStrongPassword(input.password, {
    login: input.login,
    displayName: input.displayName,
    municipalityName: input.municipalityName,
  });
  fs.mkdirSync(paths.dir, { recursive: true, mode: 0o700 });

  const dataKey = crypto.randomBytes(32);
  const recoveryKey = newRecoveryKey();
  const tempDatabase = `${paths.database}.init-${crypto.randomUUID()}`;
  const opened = openDatabase({ path: tempDatabase, key: dataKey, create: true, migrationsFolder });
  let user: SessionUser;
  try {
    user = withTransaction(opened.db, (tx) => {
      const at = clock.now();
      const admin = insertStaff(tx, {
        login: input.login,
        displayName: input.displayName,
        role: 'admin',
        at: at.toISOString(),
        by: null,
      });
      writeSettings(tx, { municipalityName: input.municipalityName }, at, admin.id);
      // Setup is finished only when the 回復キー shown next is confirmed as stored.
      if (input.recoveryKeyShown !== false) markRecoveryKeyShown(tx, at, admin.id);
      appendAudit(tx, {
        at,
        actor: { staffId: admin.id, login: admin.login, displayName: admin.displayName },
        action: 'setup.init',
        target: { type: 'staff', id: admin.id },
      });
      return {
        staffId: admin.id,
        login: admin.login,
        displayName: admin.displayName,
        role: admin.role,
      };
    });
  } finally {
    opened.close();
  }

  const file = newKeySlotFile();
  file.slots.push(
    makePasswordSlot(
      file,
      dataKey,
      { staffId: user.staffId, login: user.login },
      input.password,
      clock,
    ),
  );
  file.slots.push(makeRecoverySlot(file, dataKey, recoveryKey, clock));
  fs.renameSync(tempDatabase, paths.database);
  writeKeySlotFile(paths.keySlots, file);
  return { user, recoveryKey, dataKey };
}
