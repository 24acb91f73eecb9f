import { spawn } from 'node:child_process';
import { buildDesktop } from './buildDesktop';
import { repoRoot } from './bundleOptions';
import { findElectronBinary } from './findElectronBinary';

// `npm start [-- --data DIR]`: builds and runs the desktop app in development.
// The binary is looked for first, so a machine without it learns that before a build.

const missingBinaryMessage = (looked: string) => `
Electron の実行ファイルがこのマシンにはインストールされていません（ここからはダウンロードできません）。
  探した場所: ${looked}
  同じアプリをブラウザで動かすには: npm run web
  ネットワークに接続できるマシンでは npx install-electron で取得できます。

The Electron binary is not installed on this machine (it cannot be downloaded here).
  Looked for: ${looked}
  To run the same app in a browser: npm run web
  On a machine with network access, npx install-electron fetches it.
`;

const nativeDriverNote = `
注意: データベースのドライバー（better-sqlite3）は Electron 用にビルドされている必要があります。
  npx electron-builder install-app-deps   （ネットワークが必要）
  テストや CLI（Node）に戻すには: npm rebuild better-sqlite3
Note: the database driver must be built for Electron's ABI: npx electron-builder install-app-deps
  (needs network access); npm rebuild better-sqlite3 switches it back for tests and the CLI.
  Without it the window opens but login and setup cannot open the database.
`;

async function main(): Promise<number> {
  const binary = findElectronBinary(repoRoot, process.env);
  if (!binary.found) {
    process.stderr.write(missingBinaryMessage(binary.looked));
    return 1;
  }
  try {
    await buildDesktop({ renderer: true, log: (line) => process.stderr.write(line + '\n') });
  } catch (error) {
    process.stderr.write(
      `ビルドに失敗しました: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    return 1;
  }
  process.stderr.write(nativeDriverNote);

  // ELECTRON_RUN_AS_NODE would turn the binary into plain Node and ignore the app.
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  const child = spawn(binary.path, [repoRoot, ...process.argv.slice(2)], {
    stdio: 'inherit',
    env,
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => child.kill(signal));
  }
  return await new Promise<number>((resolve) => {
    child.on('error', (error) => {
      process.stderr.write(`Electron を起動できませんでした: ${error.message}\n`);
      resolve(1);
    });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

process.exit(await main());
