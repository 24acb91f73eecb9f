import path from 'node:path';
import { AppError } from '../../contract/errors';
import { adminOnly } from '../../contract/roles';
import { readBackupSettings } from '../../services/backup/backupSettings';
import { backupStatus, configureBackups, listBackups } from '../../services/backup/backupStatus';
import { createBackup } from '../../services/backup/createBackup';
import type { DomainHandlers } from '../handlerTypes';

const noDialogs = () =>
  new AppError(
    'NOT_AVAILABLE',
    'この画面ではフォルダやファイルを選べません。デスクトップ版の Kasane で操作してください。',
  );

export const backupHandlers: DomainHandlers<'backup'> = {
  'backup.status': ({ db, session, clock, backupDialogs }) =>
    backupStatus(db, session.paths, clock, backupDialogs !== null),
  'backup.create': ({ session }) => {
    const result = session.withDataKey(adminOnly, (holder) =>
      createBackup(holder, { kind: 'folder' }, { auto: false }),
    );
    const { file: _file, ...summary } = result;
    return summary;
  },
  'backup.configure': ({ db, actor, clock, session, backupDialogs }, input) => {
    configureBackups(db, actor, clock, { keep: input.keep });
    return backupStatus(db, session.paths, clock, backupDialogs !== null);
  },
  'backup.chooseFolder': async ({ db, clock, session, backupDialogs }) => {
    if (!backupDialogs) throw noDialogs();
    const chosen = await backupDialogs.chooseFolder(readBackupSettings(db, session.paths).folder);
    // The session may have locked while the dialog was open: ask for the database again.
    const current = session.requireUnlocked(adminOnly);
    if (chosen !== null) configureBackups(current.db, current.actor, clock, { folder: chosen });
    return backupStatus(current.db, session.paths, clock, true);
  },
  'backup.list': ({ db, session }) => listBackups(db, session.paths),
  'backup.restore': async ({ db, session, backupDialogs }, input) => {
    const folder = readBackupSettings(db, session.paths).folder;
    let file: string;
    if (input.source === 'folder') {
      file = path.join(folder, input.fileName);
    } else {
      if (!backupDialogs) throw noDialogs();
      const chosen = await backupDialogs.chooseBackupFile(folder);
      if (chosen === null) return { status: 'cancelled' };
      file = chosen;
    }
    return { status: 'restored', ...session.restore(file) };
  },
};
