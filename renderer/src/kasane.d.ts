import type { CallName, Envelope } from '../../electron/contract';

/** What the Electron preload exposes (contextBridge): one function, nothing else. */
export type KasaneBridge = {
  call: (name: CallName, input: unknown) => Promise<Envelope<unknown>>;
};

declare global {
  // Absent in a normal browser (the web harness); the api client then uses HTTP.
  var kasane: KasaneBridge | undefined;
}
