import fs from 'node:fs/promises';
import path from 'node:path';
import { build as esbuild } from 'esbuild';
import { mainBundleOptions, preloadBundleOptions, repoRoot } from './bundleOptions';

export type BuildDesktopOptions = {
  root?: string;
  /** Also build the renderer with Vite (renderer/vite.config.ts → out/renderer). */
  renderer: boolean;
  log: (line: string) => void;
};

/**
 * Builds what Electron loads: the main and preload bundles (esbuild), then the renderer (Vite).
 * The bundles come first and do not depend on the renderer, so they can be checked alone.
 */
export async function buildDesktop(options: BuildDesktopOptions): Promise<void> {
  const root = options.root ?? repoRoot;
  // Stale files from an earlier build must not be packaged or loaded.
  await fs.rm(path.join(root, 'out/main'), { recursive: true, force: true });
  await fs.rm(path.join(root, 'out/preload'), { recursive: true, force: true });
  options.log('main と preload をバンドルしています…');
  await Promise.all([esbuild(mainBundleOptions(root)), esbuild(preloadBundleOptions(root))]);
  options.log('  out/main/index.cjs, out/preload/index.cjs');
  if (!options.renderer) return;
  options.log('画面（renderer）をビルドしています…');
  // Loaded only here: Vite is large and the bundles above do not need it.
  const { build: viteBuild } = await import('vite');
  await viteBuild({ configFile: path.join(root, 'renderer/vite.config.ts'), logLevel: 'warn' });
  options.log('  out/renderer');
}
