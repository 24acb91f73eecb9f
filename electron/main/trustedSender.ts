import { isAppUrl } from './security';

// Pure (structural types, no `electron` import) so the rule can be tested without Electron.

/** The part of a frame the check reads (WebFrameMain satisfies it). */
export type FrameLike = { readonly url: string };

/** The part of a web contents the check reads (WebContents satisfies it). */
export type ContentsLike = { readonly mainFrame: FrameLike };

/** The part of an IPC event the check reads (IpcMainInvokeEvent satisfies it). */
export type IpcEventLike = { readonly sender: unknown; readonly senderFrame: FrameLike | null };

/**
 * Whether an IPC call comes from our own window's top frame showing an app page: the sender is
 * the main window's web contents (not another window, not DevTools), the frame still exists,
 * it is that contents' main frame (not an iframe) and it shows a `kasane://app/` URL.
 */
export function isTrustedIpcSender(event: IpcEventLike, window: ContentsLike | undefined): boolean {
  if (window === undefined || event.sender !== window) return false;
  const frame = event.senderFrame;
  return frame !== null && frame === window.mainFrame && isAppUrl(frame.url);
}
