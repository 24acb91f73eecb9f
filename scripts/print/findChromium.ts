import fs from 'node:fs';
import { AppError } from '../../electron/contract/errors';

/** Where Debian and other Linux systems install Chromium or Chrome, tried in order. */
export const chromiumCandidates = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
] as const;

/**
 * The Chromium to render PDFs with: CHROME_PATH when set (and then only that one), else the first
 * system install found. A clear Japanese AppError when there is none; no browser is downloaded.
 */
export function findChromium(env: NodeJS.ProcessEnv): string {
  const configured = env.CHROME_PATH;
  if (configured !== undefined && configured !== '') {
    if (isFile(configured)) return configured;
    throw new AppError(
      'NOT_FOUND',
      `環境変数 CHROME_PATH に指定された Chromium が見つかりません: ${configured}\nPDF を作るには Chromium のパスを正しく指定してください。`,
    );
  }
  const found = chromiumCandidates.find(isFile);
  if (found !== undefined) return found;
  throw new AppError(
    'NOT_FOUND',
    'PDF の作成に必要な Chromium が見つかりません。Chromium をインストールするか（例: apt-get install chromium）、環境変数 CHROME_PATH にそのパスを指定してください。',
  );
}

function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}
