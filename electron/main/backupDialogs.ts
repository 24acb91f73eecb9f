import { dialog, type BrowserWindow, type OpenDialogOptions } from 'electron';
import type { BackupDialogs } from '../services/backup/backupDialogs';

/** The desktop's dialogs for the backup folder and for a backup file to restore. */
export function createBackupDialogs(getParent: () => BrowserWindow | undefined): BackupDialogs {
  const open = async (options: OpenDialogOptions): Promise<string | null> => {
    const parent = getParent();
    const result = parent
      ? await dialog.showOpenDialog(parent, options)
      : await dialog.showOpenDialog(options);
    return result.canceled ? null : (result.filePaths[0] ?? null);
  };
  return {
    chooseFolder: (current) =>
      open({
        title: 'バックアップの保存先を選ぶ',
        defaultPath: current,
        properties: ['openDirectory', 'createDirectory'],
      }),
    chooseBackupFile: (folder) =>
      open({
        title: '復元するバックアップを選ぶ',
        defaultPath: folder,
        properties: ['openFile'],
        filters: [{ name: 'Kasane バックアップ', extensions: ['kasanebackup'] }],
      }),
  };
}
