import path from 'node:path';
import { app, dialog, session as browserSession, type BrowserWindow } from 'electron';
import { handlers } from '../ipc/handlerTable';
import { registerIpc } from '../ipc/registerIpc';
import { createBackupDialogs } from './backupDialogs';
import { startBackupTimer } from './backupTimer';
import { createFileSaver } from './fileSaver';
import { createPdfSaver } from './pdfSaver';
import { SessionManager } from '../services/auth/sessionManager';
import { systemClock } from '../services/clock';
import { registerAppScheme, serveAppProtocol } from './appProtocol';
import { resolveDataDir } from './dataDirOption';
import { installAppMenu, showAboutDialog } from './menu';
import { guardNavigation } from './navigationGuards';
import { hardenSession } from './sessionHardening';
import { forgetConnectionChoice } from './officeClient/connectionChoice';
import { createConnectionSetup } from './officeClient/connectionSetupService';
import { wantsReconnect } from './officeClient/reconnectOption';
import { appEntryUrl, isAppUrl, isServerUrl } from './security';
import { pinServerCertificate } from './serverPinning';
import { runSessionChange, watchSessionLocks } from './sessionLocks';
import { createMainWindow, focusWindow } from './window';

// The main process: one instance, one window, one session. Everything that can run without
// Electron lives in services/ and in the pure modules next to this file.

// Both must happen before 'ready': the scheme's privileges, and sandboxing every renderer.
registerAppScheme();
app.enableSandbox();

if (app.requestSingleInstanceLock()) {
  startApp().catch((error: unknown) => {
    console.error('Kasane: startup failed', error);
    dialog.showErrorBox(
      'Kasane（かさね）を起動できませんでした',
      error instanceof Error ? error.message : String(error),
    );
    app.exit(1);
  });
} else {
  // Another Kasane is running (it gets 'second-instance' and comes to the front): two
  // processes must never hold the same database and key.
  app.quit();
}

async function startApp(): Promise<void> {
  const appRoot = app.getAppPath();
  const clock = systemClock;
  const session = new SessionManager({
    dataDir: resolveDataDir({ argv: process.argv, env: process.env, isPackaged: app.isPackaged }),
    clock,
    channel: 'desktop',
    // Passed explicitly: in the bundle and in app.asar the source-tree default does not exist.
    migrationsFolder: path.join(appRoot, 'db', 'migrations'),
  });
  let mainWindow: BrowserWindow | undefined;
  // The renderer keeps no state across a reload: it asks app.status and shows the right screen.
  const reload = () => mainWindow?.webContents.reload();

  // This PC's choice (its own database, or the office server with a pinned certificate); the
  // renderer asks connection.state first and drives the first-run screen.
  const userDataDir = app.getPath('userData');
  if (wantsReconnect(process.argv)) forgetConnectionChoice(userDataDir);
  let serverOrigin: string | null = null;
  const connectionSetup = createConnectionSetup({
    userDataDir,
    openServer: (choice, address) => {
      serverOrigin = choice.origin;
      pinServerCertificate(browserSession.defaultSession, address, choice.fingerprint, (actual) => {
        // A certificate other than the pinned one mid-session: back to the app's own page,
        // which explains it. Nothing was sent to that server.
        connectionSetup.reportRefused(actual);
        serverOrigin = null;
        void mainWindow?.loadURL(appEntryUrl);
      });
      void mainWindow?.loadURL(`${choice.origin}/`);
    },
  });
  const isOwnPage = (url: string) => isAppUrl(url) || isServerUrl(url, serverOrigin);

  app.on('web-contents-created', (_event, contents) => guardNavigation(contents, isOwnPage));
  app.on('second-instance', () => {
    if (mainWindow) focusWindow(mainWindow);
  });
  // Closing the window ends the app on every platform: the database must not stay open unseen.
  app.on('window-all-closed', () => app.quit());

  const unregisterIpc = registerIpc({
    getMainWindow: () => mainWindow,
    session,
    clock,
    handlers,
    // Only the call name and the error: inputs may hold personal data.
    logError: (error, name) => console.error(`Kasane: call ${name} failed`, error),
    pdfSaver: createPdfSaver(() => mainWindow),
    fileSaver: createFileSaver(() => mainWindow),
    backupDialogs: createBackupDialogs(() => mainWindow),
    connectionSetup,
  });

  await app.whenReady();
  if (process.platform === 'win32') app.setAppUserModelId('jp.kasane.app');
  hardenSession(browserSession.defaultSession, () => serverOrigin);
  serveAppProtocol(path.join(appRoot, 'out', 'renderer'));
  installAppMenu({
    lock: () => {
      runSessionChange(() => session.lock());
      reload();
    },
    logout: () => {
      runSessionChange(() => session.logout());
      reload();
    },
    about: () => {
      void showAboutDialog(mainWindow);
    },
  });
  const stopWatching = watchSessionLocks(session, reload);
  const stopBackups = startBackupTimer(session);
  app.on('will-quit', () => {
    stopWatching();
    stopBackups();
    unregisterIpc();
    // Audits the logout, closes the database and wipes the key.
    runSessionChange(() => session.shutdown());
  });

  mainWindow = createMainWindow({ appRoot, devTools: !app.isPackaged });
  mainWindow.on('closed', () => {
    mainWindow = undefined;
  });
  mainWindow.webContents.on('render-process-gone', (_event, details) => {
    console.error(`Kasane: the renderer stopped (${details.reason})`);
  });
}
