import fs from 'node:fs';
import path from 'node:path';
import { listPackage } from '@electron/asar';
import { getCurrentFuseWire } from '@electron/fuses';
import type { DistProblem } from './distProblem';
import { fuseMismatches } from './fuseSettings';
import { driverAddonPath, nativeModuleAbi } from './nativeModuleAbi';

/** One unpacked app electron-builder leaves next to the installers (win-unpacked, mac-arm64 …). */
export type PackagedApp = {
  dir: string;
  /** What @electron/fuses reads: the executable, or the .app bundle on macOS. */
  executable: string;
  /** The folder holding app.asar and app.asar.unpacked. */
  resources: string;
};

/** Files the packaged main process reads from app.asar; a missing one breaks the app at runtime. */
export const requiredArchiveFiles = [
  'package.json',
  'out/main/index.cjs',
  'out/preload/index.cjs',
  'out/renderer/index.html',
  'db/migrations/meta/_journal.json',
  'node_modules/@fontsource/noto-sans-jp/package.json',
  'node_modules/@fontsource/noto-sans-jp/unicode.json',
  'node_modules/@fontsource/noto-sans-jp/files/noto-sans-jp-0-400-normal.woff2',
  'node_modules/@fontsource/noto-sans-jp/files/noto-sans-jp-0-700-normal.woff2',
];

/** Folders that must not be in app.asar (development output that is not the app). */
export const forbiddenArchiveFolders = [
  'out/shots',
  'renderer',
  'scripts',
  'electron',
  '.kasane-dev',
];

/** Every unpacked app in electron-builder's output folder. */
export function findPackagedApps(outputDir: string): PackagedApp[] {
  if (!fs.existsSync(outputDir)) return [];
  const apps: PackagedApp[] = [];
  for (const name of fs.readdirSync(outputDir).sort()) {
    const dir = path.join(outputDir, name);
    if (/^win(-[a-z0-9]+)?-unpacked$/.test(name)) {
      apps.push({
        dir,
        executable: path.join(dir, 'Kasane.exe'),
        resources: path.join(dir, 'resources'),
      });
    } else if (/^linux(-[a-z0-9]+)?-unpacked$/.test(name)) {
      apps.push({
        dir,
        executable: path.join(dir, 'kasane'),
        resources: path.join(dir, 'resources'),
      });
    } else if (/^mac(-[a-z0-9]+)?$/.test(name)) {
      const bundle = path.join(dir, 'Kasane.app');
      apps.push({ dir, executable: bundle, resources: path.join(bundle, 'Contents', 'Resources') });
    }
  }
  return apps;
}

/**
 * Checks what electron-builder produced, before anyone ships it: the database driver built for
 * Electron's ABI (not silently for Node's), every fuse as required, and app.asar holding what the
 * main process loads and nothing from development.
 */
export async function verifyPackagedApp(
  app: PackagedApp,
  expectedAbi: number,
): Promise<DistProblem[]> {
  const problems: DistProblem[] = [];
  const where = path.basename(app.dir);

  const addon = driverAddonPath(path.join(app.resources, 'app.asar.unpacked'));
  const abi = fs.existsSync(addon) ? nativeModuleAbi(addon) : undefined;
  if (!fs.existsSync(addon)) {
    problems.push({
      ja: `${where}: データベースのドライバーがパッケージにありません（${addon}）。`,
      en: `${where}: the database driver is missing from the package (${addon}).`,
    });
  } else if (abi !== expectedAbi) {
    problems.push({
      ja: `${where}: データベースのドライバーが Electron 用（ABI ${expectedAbi}）ではなく ABI ${abi ?? '不明'} でビルドされています。このパッケージではデータベースを開けません。`,
      en: `${where}: the database driver was built for ABI ${abi ?? 'unknown'}, not Electron's ${expectedAbi}; this package could not open the database.`,
    });
  }

  try {
    const wrong = fuseMismatches(await getCurrentFuseWire(app.executable));
    if (wrong.length > 0) {
      problems.push({
        ja: `${where}: Electron のヒューズが設定どおりではありません: ${wrong.join('; ')}`,
        en: `${where}: Electron fuses differ from the required settings: ${wrong.join('; ')}`,
      });
    }
  } catch (error) {
    problems.push({
      ja: `${where}: 実行ファイルのヒューズを読めません（${app.executable}）。`,
      en: `${where}: cannot read the fuses of ${app.executable}: ${error instanceof Error ? error.message : String(error)}`,
    });
  }

  problems.push(...archiveProblems(where, path.join(app.resources, 'app.asar')));
  return problems;
}

function archiveProblems(where: string, archive: string): DistProblem[] {
  if (!fs.existsSync(archive)) {
    return [{ ja: `${where}: app.asar がありません。`, en: `${where}: app.asar is missing.` }];
  }
  // listPackage gives absolute archive paths with the platform's separator.
  const files = new Set(
    listPackage(archive, { isPack: false }).map((entry) =>
      entry.replace(/\\/g, '/').replace(/^\//, ''),
    ),
  );
  const missing = requiredArchiveFiles.filter((file) => !files.has(file));
  const stray = forbiddenArchiveFolders.filter((folder) => files.has(folder));
  const problems: DistProblem[] = [];
  if (missing.length > 0) {
    problems.push({
      ja: `${where}: app.asar に必要なファイルがありません: ${missing.join(', ')}`,
      en: `${where}: app.asar lacks ${missing.join(', ')}`,
    });
  }
  if (stray.length > 0) {
    problems.push({
      ja: `${where}: app.asar に開発用のフォルダーが入っています: ${stray.join(', ')}`,
      en: `${where}: app.asar contains development folders: ${stray.join(', ')}`,
    });
  }
  return problems;
}
