import { createRequire } from 'node:module';
import path from 'node:path';
import vm from 'node:vm';
import { build } from 'esbuild';
import { mainBundleOptions, repoRoot } from './bundleOptions';
import {
  createFakeElectron,
  type FakeElectron,
  type FakeElectronOptions,
} from './fakeElectron.testing';

export type LoadMainBundleOptions = FakeElectronOptions & {
  /** More environment for the bundle's startup (e.g. where the standard data folder is). */
  env?: Readonly<Record<string, string>>;
};

/**
 * Builds the real main bundle in memory (the options build.ts uses) and runs it as CommonJS,
 * as Electron would, with `electron` replaced by the fake and every other module real. Resolves
 * once the app is 'ready' and the window is open.
 */
export async function loadMainBundle(
  appRoot: string,
  dataDir: string,
  options: LoadMainBundleOptions = {},
): Promise<FakeElectron> {
  const result = await build({ ...mainBundleOptions(), write: false });
  const code = result.outputFiles[0]?.text ?? '';
  // Resolve externals (better-sqlite3) from where the bundle would live.
  const filename = path.join(repoRoot, 'out/main/index.cjs');
  const realRequire = createRequire(filename);
  const fake = createFakeElectron(appRoot, options);
  const require = (id: string): unknown => (id === 'electron' ? fake.electron : realRequire(id));
  const module = { exports: {} };
  const wrapper = vm.runInThisContext(
    `(function (exports, require, module, __filename, __dirname) {${code}\n})`,
    { filename },
  ) as (...args: unknown[]) => void;
  // The data folder is resolved while the bundle loads; the environment is put back after.
  const env = { ...options.env, KASANE_DATA_DIR: dataDir };
  const saved = Object.keys(env).map((name) => [name, process.env[name]] as const);
  Object.assign(process.env, env);
  try {
    wrapper(module.exports, require, module, filename, path.dirname(filename));
  } finally {
    for (const [name, value] of saved) {
      if (value === undefined) Reflect.deleteProperty(process.env, name);
      else process.env[name] = value;
    }
  }
  fake.markReady();
  await new Promise((resolve) => setImmediate(resolve));
  return fake;
}
