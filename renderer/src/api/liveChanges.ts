import {
  liveChangeBatchSchema,
  type LiveChange,
} from '../../../electron/contract/schemas/liveChange';
import { notifySessionChange } from './sessionChanges';

type Listener = (changes: readonly LiveChange[]) => void;

const listeners = new Set<Listener>();

/** Subscribes to other staff members' saved changes; returns the unsubscribe function. */
export function onLiveChanges(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** Hands changes to every open screen (the stream below, and tests). */
export function deliverLiveChanges(changes: readonly LiveChange[]): void {
  for (const listener of listeners) listener(changes);
}

/**
 * Opens the office server's change stream for this tab (Server-Sent Events, the session's
 * cookie); returns its close. The desktop app on its own PC has no one else's changes, and the
 * web harness answers 404, which ends the stream for good. When the session ends or locks the
 * server says so and the app re-reads app.status (the login screen then says why).
 */
export function connectLiveChanges(): () => void {
  if (window.kasane !== undefined || typeof EventSource === 'undefined') return () => undefined;
  const source = new EventSource('/api/events');
  source.addEventListener('change', (event: MessageEvent<string>) => {
    let data: unknown;
    try {
      data = JSON.parse(event.data);
    } catch {
      return;
    }
    const parsed = liveChangeBatchSchema.safeParse(data);
    if (parsed.success) deliverLiveChanges(parsed.data.changes);
  });
  const sessionChanged = () => {
    source.close();
    notifySessionChange();
  };
  source.addEventListener('ended', sessionChanged);
  source.addEventListener('locked', sessionChanged);
  return () => source.close();
}
