import type { Session } from 'electron';
import { isAllowedRequestUrl, isServerUrl } from './security';

/**
 * Locks down a browsing session: every permission (camera, notifications, geolocation, HID …)
 * is refused without asking, downloads are cancelled (exports are written by the main side
 * through its own save dialog), and no request may leave the app's own scheme — except, on a
 * client PC, to the office server it connects to (pinned by serverPinning.ts).
 */
export function hardenSession(
  session: Session,
  serverOrigin: () => string | null = () => null,
): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  // On a client PC a workbook the server's page downloads is saved where the user chooses
  // (Electron's save dialog); nothing else downloads.
  session.on('will-download', (event, item) => {
    if (!isServerUrl(item.getURL(), serverOrigin())) event.preventDefault();
  });
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequestUrl(details.url) || isServerUrl(details.url, serverOrigin());
    callback({ cancel: !allowed });
  });
}
