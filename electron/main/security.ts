import type { WebPreferences } from 'electron';

// Pure on purpose: vitest imports this file, and `electron` throws when loaded outside Electron.

/** The privileged scheme the renderer is served from (registered as standard and secure). */
export const appScheme = 'kasane';

/** The one host of that scheme; any other host is not ours. */
export const appHost = 'app';

/** The renderer's origin. A standard scheme gets a real origin, so `'self'` in the CSP means it. */
export const appOrigin = `${appScheme}://${appHost}`;

/** The page the window loads. */
export const appEntryUrl = `${appOrigin}/index.html`;

/**
 * The hardened settings of every window (the preload path is added by window.ts). The renderer
 * gets no Node, runs in Chromium's sandbox, and sees the preload only through contextBridge.
 */
export const hardenedWebPreferences = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  // The spellchecker may download dictionaries from Google; Kasane talks to no one.
  spellcheck: false,
  experimentalFeatures: false,
  enableWebSQL: false,
  plugins: false,
  navigateOnDragDrop: false,
  // A hostile page cannot trap staff in an endless chain of alert() boxes.
  safeDialogs: true,
} as const satisfies WebPreferences;

/**
 * Whether a URL is a page or file of the app itself: the `kasane:` scheme, host `app`, with no
 * user, password or port. Used by the navigation guards and by the IPC sender check.
 */
export function isAppUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === `${appScheme}:` &&
    parsed.hostname === appHost &&
    parsed.port === '' &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

/** Schemes the app's own pages legitimately load besides app URLs (inline images, DevTools). */
const localSchemes = new Set(['data:', 'blob:', 'devtools:']);

/**
 * Whether the session may fetch a URL at all. A second wall behind the CSP: nothing remote
 * (http, https, ws, ftp …) and no file:// reads, whatever a page or a bug asks for.
 */
export function isAllowedRequestUrl(url: string): boolean {
  if (isAppUrl(url)) return true;
  try {
    return localSchemes.has(new URL(url).protocol);
  } catch {
    return false;
  }
}

/**
 * Whether a URL belongs to the office server this PC connects to (`https://host:port`, as the
 * saved choice spells it); blob: URLs its page makes (a downloaded workbook) count as its own.
 */
export function isServerUrl(url: string, serverOrigin: string | null): boolean {
  if (serverOrigin === null) return false;
  try {
    const parsed = new URL(url);
    const inner = parsed.protocol === 'blob:' ? new URL(parsed.pathname) : parsed;
    return (
      inner.protocol === 'https:' &&
      inner.origin === serverOrigin &&
      inner.username === '' &&
      inner.password === ''
    );
  } catch {
    return false;
  }
}
