import { builtinModules } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { mainBundleOptions, repoRoot } from './bundleOptions';

// electron-builder copies every production dependency (package.json `dependencies`, with their
// own) into app.asar. The main process, preload and renderer are bundles, so only what a bundle
// loads from node_modules at run time belongs there; React, Mantine, exceljs and the rest were
// 183 MB (261 packages) of an installer that never read them.

const packageJson = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
};

/** Packages the main bundle requires at run time (not Node's own modules, not electron). */
async function packagesMainLoads(): Promise<string[]> {
  const result = await build({ ...mainBundleOptions(), write: false, metafile: true });
  const builtins = new Set(builtinModules);
  const loaded = Object.values(result.metafile.outputs)
    .flatMap((output) => output.imports)
    .filter((imported) => imported.external)
    .map((imported) => imported.path.replace(/^node:/u, ''))
    .filter((name) => !builtins.has(name.split('/')[0] ?? name) && name !== 'electron');
  return [...new Set(loaded)].sort();
}

describe('what the installer carries from node_modules', () => {
  it('is the driver the main bundle loads and the font files the print forms read', async () => {
    expect(await packagesMainLoads()).toEqual(['better-sqlite3']);
    // electron/services/print/printFonts.ts reads Noto Sans JP's woff2 files from the package.
    expect(Object.keys(packageJson.dependencies).sort()).toEqual([
      '@fontsource/noto-sans-jp',
      'better-sqlite3',
    ]);
  });
});
