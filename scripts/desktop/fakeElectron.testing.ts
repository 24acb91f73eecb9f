import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';

// A recording stand-in for the parts of `electron` the main process uses. The Electron binary
// cannot run here; this lets a test load the real main bundle and drive its wiring. It mimics
// only what the bundle calls and records everything else a test wants to assert on.

type Listener = (...args: never[]) => unknown;

/** A cancellable Electron event as the guards receive it. */
export function fakeEvent(url = ''): {
  url: string;
  prevented: boolean;
  preventDefault: () => void;
} {
  const event = { url, prevented: false, preventDefault: () => (event.prevented = true) };
  return event;
}

export class FakeWebContents extends EventEmitter {
  mainFrame = { url: '' };
  reloads = 0;
  windowOpenHandler: (() => unknown) | undefined;
  reload(): void {
    this.reloads += 1;
  }
  setWindowOpenHandler(handler: () => unknown): void {
    this.windowOpenHandler = handler;
  }
}

export type FakeElectronOptions = {
  /** app.isPackaged: false (development, the default) or true (an installed app). */
  isPackaged?: boolean;
};

export function createFakeElectron(appRoot: string, options: FakeElectronOptions = {}) {
  const app = new EventEmitter();
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  const windows: FakeBrowserWindow[] = [];
  const calls: string[] = [];
  const record = (name: string) => () => void calls.push(name);
  const protocolHandlers = new Map<string, (request: Request) => Promise<Response>>();
  const privilegedSchemes: unknown[] = [];
  const ipcHandlers = new Map<string, Listener>();
  const menus: unknown[] = [];
  const session = {
    permissionRequest: undefined as Listener | undefined,
    permissionCheck: undefined as Listener | undefined,
    beforeRequest: undefined as Listener | undefined,
    events: new EventEmitter(),
  };

  class FakeBrowserWindow extends EventEmitter {
    webContents = new FakeWebContents();
    loadedUrl = '';
    focused = 0;
    constructor(readonly options: { webPreferences: Record<string, unknown> }) {
      super();
      windows.push(this);
      app.emit('web-contents-created', {}, this.webContents);
    }
    loadURL(url: string): Promise<void> {
      this.loadedUrl = url;
      this.webContents.mainFrame.url = url;
      return Promise.resolve();
    }
    isMinimized = () => false;
    restore = record('window.restore');
    show = record('window.show');
    focus(): void {
      this.focused += 1;
    }
  }

  const electron = {
    app: Object.assign(app, {
      isPackaged: options.isPackaged ?? false,
      enableSandbox: record('app.enableSandbox'),
      requestSingleInstanceLock: () => (calls.push('app.requestSingleInstanceLock'), true),
      whenReady: () => ready,
      getAppPath: () => appRoot,
      // userData (where the PC's connection choice is kept) inside the test's app folder, so it
      // goes with it; Electron creates the folder before the app runs.
      getPath: (name: 'userData') => {
        const dir = path.join(appRoot, name);
        fs.mkdirSync(dir, { recursive: true });
        return dir;
      },
      getVersion: () => '0.1.0',
      setAppUserModelId: record('app.setAppUserModelId'),
      quit: record('app.quit'),
      exit: record('app.exit'),
    }),
    BrowserWindow: FakeBrowserWindow,
    dialog: {
      showErrorBox: record('dialog.showErrorBox'),
      showMessageBox: () => Promise.resolve(),
    },
    Menu: {
      buildFromTemplate: (template: unknown) => template,
      setApplicationMenu: (menu: unknown) => void menus.push(menu),
    },
    ipcMain: {
      handle: (channel: string, listener: Listener) => void ipcHandlers.set(channel, listener),
      removeHandler: (channel: string) => void ipcHandlers.delete(channel),
    },
    powerMonitor: new EventEmitter(),
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => void privilegedSchemes.push(...schemes),
      handle: (scheme: string, handler: (request: Request) => Promise<Response>) =>
        void protocolHandlers.set(scheme, handler),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (h: Listener) => void (session.permissionRequest = h),
        setPermissionCheckHandler: (h: Listener) => void (session.permissionCheck = h),
        setDevicePermissionHandler: record('session.setDevicePermissionHandler'),
        on: (event: string, listener: Listener) =>
          session.events.on(event, listener as (...args: unknown[]) => void),
        webRequest: { onBeforeRequest: (h: Listener) => void (session.beforeRequest = h) },
      },
    },
  };
  return {
    electron,
    markReady,
    windows,
    calls,
    protocolHandlers,
    privilegedSchemes,
    ipcHandlers,
    menus,
    session,
  };
}

export type FakeElectron = ReturnType<typeof createFakeElectron>;
