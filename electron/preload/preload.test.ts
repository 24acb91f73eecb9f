import vm from 'node:vm';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { preloadBundleOptions } from '../../scripts/desktop/bundleOptions';

/**
 * Builds the real preload bundle (same options as build.ts, in memory) and runs it against a
 * recording stand-in for `electron`, the way a sandboxed preload runs: one file, `require`
 * limited to `electron`.
 */
async function runPreload(href = 'kasane://app/index.html') {
  const result = await build({ ...preloadBundleOptions(), write: false });
  const code = result.outputFiles[0]?.text ?? '';
  const exposed: Array<{ key: string; api: unknown }> = [];
  const invoked: unknown[][] = [];
  const required: string[] = [];
  const electron = {
    contextBridge: {
      exposeInMainWorld: (key: string, api: unknown) => exposed.push({ key, api }),
    },
    ipcRenderer: new Proxy(
      { invoke: (...args: unknown[]) => (invoked.push(args), Promise.resolve('answer')) },
      {
        get: (target, property) => {
          if (property !== 'invoke')
            throw new Error(`preload used ipcRenderer.${String(property)}`);
          return target.invoke;
        },
      },
    ),
  };
  const require = (id: string) => {
    required.push(id);
    if (id !== 'electron') throw new Error(`a sandboxed preload cannot require ${id}`);
    return electron;
  };
  const module = { exports: {} };
  vm.runInNewContext(code, {
    require,
    module,
    exports: module.exports,
    location: { href },
    URL,
  });
  return { code, exposed, invoked, required };
}

describe('preload bundle', () => {
  it('is one file that requires nothing but electron', async () => {
    const { required } = await runPreload();
    expect(new Set(required)).toEqual(new Set(['electron']));
  });

  it('exposes exactly window.kasane = { call }', async () => {
    const { exposed } = await runPreload();
    expect(exposed.map((entry) => entry.key)).toEqual(['kasane']);
    expect(Object.keys(exposed[0]?.api as object)).toEqual(['call']);
  });

  it('forwards call(name, input) to the one invoke channel and returns its answer', async () => {
    const { exposed, invoked } = await runPreload();
    const api = exposed[0]?.api as { call: (name: string, input: unknown) => Promise<unknown> };
    await expect(api.call('app.status', { a: 1 })).resolves.toBe('answer');
    expect(invoked).toEqual([['kasane:call', 'app.status', { a: 1 }]]);
  });

  it('exposes nothing to the pages of the office server a client PC shows (they use HTTPS)', async () => {
    for (const href of ['https://192.168.10.5:8443/', 'https://kasane-sv:8443/#/cases']) {
      const { exposed } = await runPreload(href);
      expect(exposed).toEqual([]);
    }
  });
});
