import type { WebContents } from 'electron';
import { isAppUrl } from './security';

/**
 * Keeps a web contents on the app's own pages: navigations and redirects elsewhere are
 * cancelled (on a client PC the office server's pages are its own too), new windows are denied, and <webview> cannot be attached. Applied to every web
 * contents the app creates (app 'web-contents-created'), so a later window cannot forget it.
 */
export function guardNavigation(
  contents: WebContents,
  isOwnPage: (url: string) => boolean = isAppUrl,
): void {
  contents.on('will-navigate', (event) => {
    if (!isOwnPage(event.url)) event.preventDefault();
  });
  // Also covers subframes, which 'will-navigate' does not.
  contents.on('will-frame-navigate', (event) => {
    if (!isOwnPage(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isOwnPage(event.url)) event.preventDefault();
  });
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-attach-webview', (event) => event.preventDefault());
}
