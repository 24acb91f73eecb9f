import fs from 'node:fs';
import path from 'node:path';

/** The database driver's compiled addon inside an app or repo folder holding node_modules. */
export function driverAddonPath(appDir: string): string {
  return path.join(
    appDir,
    'node_modules',
    'better-sqlite3',
    'build',
    'Release',
    'better_sqlite3.node',
  );
}

/**
 * The NODE_MODULE_VERSION a native addon was built for, read from the `node_register_module_v<N>`
 * symbol every non-N-API addon exports (ELF, PE and Mach-O alike), or undefined if it has none.
 * This is how a driver silently built for Node instead of Electron (TOOLCHAIN.md, trap 2) is
 * caught before it ships.
 */
export function nativeModuleAbi(file: string): number | undefined {
  const match = /node_register_module_v(\d+)/.exec(fs.readFileSync(file).toString('latin1'));
  return match?.[1] === undefined ? undefined : Number(match[1]);
}

/** The ABI of the Electron in node_modules (its package ships `abi_version`), if installed. */
export function electronAbi(root: string): number | undefined {
  const file = path.join(root, 'node_modules', 'electron', 'abi_version');
  if (!fs.existsSync(file)) return undefined;
  const abi = Number(fs.readFileSync(file, 'utf8').trim());
  return Number.isInteger(abi) && abi > 0 ? abi : undefined;
}
