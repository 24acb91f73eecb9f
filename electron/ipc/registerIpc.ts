import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { ipcCallChannel } from '../main/ipcChannel';
import { isTrustedIpcSender } from '../main/trustedSender';
import type { SessionManager } from '../services/auth/sessionManager';
import type { Clock } from '../services/clock';
import type { ConnectionSetup } from '../services/app/connectionSetup';
import type { BackupDialogs } from '../services/backup/backupDialogs';
import type { FileSaver } from '../services/excel/workbook/fileSaver';
import type { PdfSaver } from '../services/print/pdfSaver';
import { createDispatcher } from './dispatch';
import type { Handlers } from './handlerTypes';

export type RegisterIpcOptions = {
  /** The current main window; calls from any other web contents are refused. */
  getMainWindow: () => BrowserWindow | undefined;
  session: SessionManager;
  clock: Clock;
  handlers: Handlers;
  logError: (error: unknown, name: string) => void;
  /** PDFとして保存 (save dialog + printToPDF). */
  pdfSaver: PdfSaver;
  /** Excel out (save dialog + write). */
  fileSaver: FileSaver;
  /** The backup folder and restore file dialogs. */
  backupDialogs: BackupDialogs;
  /** The first-run choice of this PC or the office server. */
  connectionSetup: ConnectionSetup;
};

/**
 * The only place that touches `ipcMain`: one invoke channel, answered by the one dispatcher.
 * The sender check runs first, on the main side, for every call. Returns an unregister function.
 */
export function registerIpc(options: RegisterIpcOptions): () => void {
  const dispatch = createDispatcher<IpcMainInvokeEvent>({
    isTrustedSender: (event) => isTrustedIpcSender(event, options.getMainWindow()?.webContents),
    sessionOf: () => options.session,
    clock: options.clock,
    handlers: options.handlers,
    logError: options.logError,
    pdfSaver: options.pdfSaver,
    fileSaver: options.fileSaver,
    backupDialogs: options.backupDialogs,
    connectionSetup: options.connectionSetup,
  });
  ipcMain.handle(ipcCallChannel, (event, name: unknown, input: unknown) =>
    dispatch(event, name, input),
  );
  return () => ipcMain.removeHandler(ipcCallChannel);
}
