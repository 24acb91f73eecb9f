import { hasUnsavedText } from '../components/drafts/draftStore';

/**
 * Leaving a screen while a form on it holds unsaved text asks first. Screens change by the hash
 * (links, the menu, navigate()); a hashchange cannot be cancelled, so the guard puts the old
 * address back at once — before the page's own hash listener reads it, as it is installed
 * first — and offers the new one to the dialog (LeaveGuardDialog). Closing or reloading the
 * window asks through the browser's own beforeunload prompt (the desktop app shows its dialog).
 */

let pending: string | null = null;
// The one address allowed through without asking (the user said yes), and whether the page is
// being left on purpose (logout reloads it).
let passTo: string | null = null;
let unloading = false;
const listeners = new Set<() => void>();

function notify(): void {
  for (const listener of listeners) listener();
}

function hashOf(url: string): string {
  const at = url.indexOf('#');
  return at < 0 ? '' : url.slice(at);
}

/** Called once at start, before React subscribes to hashchange. */
export function installLeaveGuard(): void {
  window.addEventListener('hashchange', (event) => {
    const wanted = hashOf(event.newURL);
    if (passTo !== null && wanted === passTo) {
      passTo = null;
      return;
    }
    if (unloading || !hasUnsavedText()) return;
    window.history.replaceState(window.history.state, '', event.oldURL);
    pending = wanted;
    notify();
  });
  window.addEventListener('beforeunload', (event) => {
    if (unloading || !hasUnsavedText()) return;
    // preventDefault alone asks in Chromium and raises Electron's will-prevent-unload.
    event.preventDefault();
  });
}

/** The address the user tried to go to, while the dialog asks. */
export function pendingLeave(): string | null {
  return pending;
}

export function onPendingLeave(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Goes where the user wanted after all (the drafts stay). */
export function confirmLeave(): void {
  const to = pending;
  pending = null;
  notify();
  if (to === null) return;
  passTo = to;
  window.location.hash = to;
}

/** Stays on the form. */
export function cancelLeave(): void {
  pending = null;
  notify();
}

/** The page is about to be reloaded on purpose (logout, another user): drafts go, nothing asks. */
export function leavingPage(): void {
  unloading = true;
}
