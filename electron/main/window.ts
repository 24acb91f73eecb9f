import path from 'node:path';
import { BrowserWindow, dialog } from 'electron';
import { appEntryUrl, hardenedWebPreferences } from './security';

/** The fixed window title (pages do not rename the window). */
export const windowTitle = 'Kasane（かさね）';

export type MainWindowOptions = {
  /** The app's root (app.getAppPath()): the repo in development, app.asar when packaged. */
  appRoot: string;
  /** DevTools only in development; a packaged build cannot open them at all. */
  devTools: boolean;
};

/**
 * Creates the one main window on the hardened preferences with the bundled preload, and loads
 * the renderer from the app protocol. It is shown once the first paint is ready (no white flash).
 */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    title: windowTitle,
    width: 1280,
    height: 860,
    minWidth: 1024,
    minHeight: 680,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      ...hardenedWebPreferences,
      devTools: options.devTools,
      preload: path.join(options.appRoot, 'out', 'preload', 'index.cjs'),
    },
  });
  window.on('page-title-updated', (event) => event.preventDefault());
  window.once('ready-to-show', () => window.show());
  // The renderer's beforeunload holds the window while a form has unsaved text (leaveGuard.ts);
  // Electron would then refuse to close without a word, so ask here.
  window.webContents.on('will-prevent-unload', (event) => {
    const choice = dialog.showMessageBoxSync(window, {
      type: 'question',
      title: windowTitle,
      message: '保存していない入力があります',
      detail: '閉じると、書きかけの内容（下書き）は消えます。',
      buttons: ['閉じない', '閉じる'],
      defaultId: 0,
      cancelId: 0,
    });
    if (choice === 1) event.preventDefault();
  });
  void window.loadURL(appEntryUrl).catch((error: unknown) => {
    console.error('Kasane: the renderer did not load', error);
  });
  return window;
}

/** Brings an existing window to the front (second launch, dock click). */
export function focusWindow(window: BrowserWindow): void {
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}
