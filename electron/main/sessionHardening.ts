import type { Session } from 'electron';
import { isAllowedRequestUrl } from './security';

/**
 * Locks down a browsing session: every permission (camera, notifications, geolocation, HID …)
 * is refused without asking, downloads are cancelled (exports are written by the main side
 * through its own save dialog), and no request may leave the app's own scheme.
 */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.on('will-download', (event) => event.preventDefault());
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequestUrl(details.url) });
  });
}
