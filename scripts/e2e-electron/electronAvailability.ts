import { findElectronBinary } from '../desktop/findElectronBinary';
import { driverAddonPath, electronAbi, nativeModuleAbi } from '../desktop/nativeModuleAbi';

export type ElectronAvailability = { ok: true; binary: string } | { ok: false; reason: string };

/**
 * Whether the desktop E2E can run here: an Electron binary (found as `npm start` finds it) and
 * the database driver built for Electron's ABI. Otherwise the reason, in Japanese and English,
 * with what to run on a machine that has network access.
 */
export function electronAvailability(root: string, env: NodeJS.ProcessEnv): ElectronAvailability {
  const binary = findElectronBinary(root, env);
  if (!binary.found) {
    return {
      ok: false,
      reason:
        `Electron の実行ファイルがないため、デスクトップ版の E2E を省略します（探した場所: ${binary.looked}）。` +
        'ネットワークに接続できるマシンでは npx install-electron で取得できます。\n' +
        `Skipped: no Electron binary (looked for ${binary.looked}); on a networked machine run npx install-electron.`,
    };
  }
  const wanted = electronAbi(root);
  const built = nativeModuleAbi(driverAddonPath(root));
  if (wanted !== undefined && built !== wanted) {
    return {
      ok: false,
      reason:
        `データベースのドライバーが Electron 用（ABI ${wanted}）ではなく ABI ${built ?? '不明'} です。` +
        'npx electron-builder install-app-deps を実行してください（テストと CLI に戻すには npm rebuild better-sqlite3）。\n' +
        `Skipped: the database driver is built for ABI ${built ?? 'unknown'}, not Electron's ${wanted}; ` +
        'run npx electron-builder install-app-deps (npm rebuild better-sqlite3 switches back).',
    };
  }
  return { ok: true, binary: binary.path };
}
