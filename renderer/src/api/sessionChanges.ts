type Listener = () => void;

const listeners = new Set<Listener>();

/** Subscribes to "a call found the session locked or gone"; returns the unsubscribe function. */
export function onSessionChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** Tells the app to ask app.status again and show the screen that matches. */
export function notifySessionChange(): void {
  for (const listener of listeners) listener();
}
