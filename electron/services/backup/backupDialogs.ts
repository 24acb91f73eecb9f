/**
 * Choosing the backup folder and a backup file to restore is the operating system's part (its
 * dialogs): the desktop shell provides it, the web harness does not (there the 管理 screen
 * lists the backups in the folder instead). Services see only this port.
 */
export type BackupDialogs = {
  /** Asks for a folder, starting at `current`; null when the user cancels. */
  chooseFolder: (current: string) => Promise<string | null>;
  /** Asks for a .kasanebackup file, starting in `folder`; null when the user cancels. */
  chooseBackupFile: (folder: string) => Promise<string | null>;
};
