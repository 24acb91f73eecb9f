import { contextBridge, ipcRenderer } from 'electron';
import { ipcCallChannel } from '../main/ipcChannel';
import { isAppUrl } from '../main/security';

// The whole bridge: one function, one channel. No ipcRenderer, no events, no Node reach the
// page; the main side checks the sender and validates every input anyway. The preload runs
// sandboxed, so build.ts bundles it to a single CommonJS file.
// Only the app's own pages get it: on a client PC the window shows the office server's pages,
// which talk to their server over HTTPS like a browser and must not reach this PC's main side.
// (The preload is type-checked without the DOM library, hence the structural read.)
const pageUrl = (globalThis as { location?: { href?: string } }).location?.href ?? '';
if (isAppUrl(pageUrl)) {
  contextBridge.exposeInMainWorld('kasane', {
    call: (name: string, input: unknown): Promise<unknown> =>
      ipcRenderer.invoke(ipcCallChannel, name, input),
  });
}
