import { contextBridge, ipcRenderer } from 'electron';
import { ipcCallChannel } from '../main/ipcChannel';

// The whole bridge: one function, one channel. No ipcRenderer, no events, no Node reach the
// page; the main side checks the sender and validates every input anyway. The preload runs
// sandboxed, so build.ts bundles it to a single CommonJS file.
contextBridge.exposeInMainWorld('kasane', {
  call: (name: string, input: unknown): Promise<unknown> =>
    ipcRenderer.invoke(ipcCallChannel, name, input),
});
