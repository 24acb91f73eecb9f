import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BuildOptions } from 'esbuild';

/** The repository root (where package.json and `"main": "out/main/index.cjs"` are). */
export const repoRoot = path.resolve(fileURLToPath(new URL('../..', import.meta.url)));

/**
 * The repo is `"type": "module"` but Electron loads main and preload as CommonJS (.cjs). In a
 * CJS bundle esbuild leaves `import.meta` empty, and db/migrationsFolder.ts computes
 * `new URL('./migrations', import.meta.url)` at load time, which would throw. So every
 * `import.meta.url` becomes the bundle's own file URL: the module loads, and the app passes
 * the real migrations folder explicitly anyway.
 */
const importMetaUrlShim = {
  define: { 'import.meta.url': 'bundleFileUrl' },
  inject: [fileURLToPath(new URL('./bundleFileUrl.ts', import.meta.url))],
};

/** The main process: electron/main/index.ts → out/main/index.cjs, for Electron's Node. */
export function mainBundleOptions(root: string = repoRoot): BuildOptions {
  return {
    absWorkingDir: root,
    entryPoints: [path.join(root, 'electron/main/index.ts')],
    outfile: path.join(root, 'out/main/index.cjs'),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    // Electron 45 runs a newer Node than 22; node22 is a safe floor for the syntax.
    target: 'node22',
    // Electron's own module, and the native database driver (loaded from node_modules).
    external: ['electron', 'better-sqlite3'],
    ...importMetaUrlShim,
    logLevel: 'warning',
  };
}

/**
 * The preload: electron/preload/index.ts → out/preload/index.cjs. A sandboxed preload cannot
 * require files, so everything it uses must be in this one file; only `electron` stays out.
 */
export function preloadBundleOptions(root: string = repoRoot): BuildOptions {
  return {
    absWorkingDir: root,
    entryPoints: [path.join(root, 'electron/preload/index.ts')],
    outfile: path.join(root, 'out/preload/index.cjs'),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'chrome120',
    external: ['electron'],
    logLevel: 'warning',
  };
}
