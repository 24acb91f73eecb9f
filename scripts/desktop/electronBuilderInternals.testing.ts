import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { FuseVersion, type FuseConfig } from '@electron/fuses';
import { PlatformPackager, type Configuration } from 'app-builder-lib';
import { FileMatcher } from 'app-builder-lib/out/fileMatcher';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { isRecord } from './electronBuilderConfig';

// electron-builder's own code for the parts of packaging that need no download: loading and
// validating the config against its schema, choosing files, and mapping `electronFuses` to
// @electron/fuses. Tests ask it rather than re-implementing its rules. Some of these are
// internal to app-builder-lib; each is checked at runtime so an upgrade fails loudly here.
// PlatformPackager comes through the package index: its modules import each other in a cycle.

const require = createRequire(import.meta.url);
// Stands in for builder-util's DebugLogger (electron-builder's internal package, pinned by it):
// the validator and the file matcher only read `isEnabled`.
const quietLogger = {
  isEnabled: false,
  data: new Map<string, unknown>(),
  add: () => undefined,
  save: () => Promise.resolve(),
};

/** electron-builder.yml as electron-builder loads it, validated against its JSON schema. */
export async function loadValidatedConfig(root: string): Promise<Configuration> {
  const config = await getConfig(root, null, null);
  // eslint-disable-next-line @typescript-eslint/no-unsafe-class-instance-assignment -- see quietLogger
  await validateConfiguration(config, quietLogger);
  return config;
}

/** Validates a config object against electron-builder's schema (throws what it would throw). */
export async function validateConfig(config: Configuration): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-unsafe-class-instance-assignment -- see quietLogger
  await validateConfiguration(config, quietLogger);
}

/**
 * Whether electron-builder would copy a file of the app itself (a path relative to the repo)
 * into app.asar, given the loaded config (whose `files` electron-builder has normalised).
 */
export function appFileFilter(root: string, config: Configuration): (relative: string) => boolean {
  const patterns = fileSets(config).flatMap((set) => set.filter);
  const filter = new FileMatcher(root, '/app', (pattern) => pattern, patterns).createFilter();
  const stat = fs.statSync(path.join(root, 'package.json'));
  return (relative) => filter(path.join(root, relative), stat);
}

/**
 * Whether electron-builder would copy a file of a production dependency (a path such as
 * `node_modules/pkg/file`) into app.asar: only the `!` patterns of `files` apply to those.
 */
export function nodeModuleFileFilter(
  root: string,
  config: Configuration,
): (relative: string) => boolean {
  const make: unknown = Reflect.get(
    require('app-builder-lib/out/fileMatcher.js') as object,
    'getNodeModuleFileMatcher',
  );
  if (typeof make !== 'function')
    throw new Error('app-builder-lib: getNodeModuleFileMatcher moved');
  const packager = { config: { files: config.files }, debugLogger: quietLogger };
  const matcher: unknown = Reflect.apply(make, undefined, [
    root,
    '/app',
    (p: string) => p,
    {},
    packager,
  ]);
  if (!(matcher instanceof FileMatcher)) throw new Error('app-builder-lib: no FileMatcher');
  const filter = matcher.createFilter();
  return (relative) => {
    const stat = Object.assign(fs.statSync(path.join(root, 'package.json')), {
      moduleFullFilePath: relative,
    });
    return filter(path.join(root, relative), stat);
  };
}

/** The root file sets of a loaded config: electron-builder turns a list of patterns into one. */
function fileSets(config: Configuration): Array<{ filter: string[] }> {
  const files: unknown = config.files;
  if (!Array.isArray(files)) throw new Error('files: expected a list');
  return files.map((set: unknown) => {
    if (!isRecord(set) || set.from !== undefined || !Array.isArray(set.filter)) {
      throw new Error('files: expected file sets without `from`');
    }
    return { filter: set.filter.map(String) };
  });
}

/** The @electron/fuses config electron-builder makes from `electronFuses`. */
export async function fuseConfigFromElectronBuilder(electronFuses: unknown): Promise<FuseConfig> {
  const generate: unknown = Reflect.get(PlatformPackager.prototype, 'generateFuseConfig');
  if (typeof generate !== 'function') throw new Error('app-builder-lib: generateFuseConfig moved');
  const config: unknown = await Reflect.apply(generate, undefined, [electronFuses]);
  if (!isRecord(config) || config.version !== FuseVersion.V1) {
    throw new Error('app-builder-lib: unexpected fuse config');
  }
  return { ...config, version: FuseVersion.V1 };
}
