import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../electron/contract/errors';
import {
  importKinds,
  maxImportFileBytes,
  type ImportKind,
} from '../../electron/contract/schemas/import';
import { UsageError } from './usageError';

/** One `import` command line, checked before anything is opened. */
export type ImportRequest = {
  kind: ImportKind;
  filePath: string;
  dryRun: boolean;
  skipInvalid: boolean;
  /** Where to write the refused rows, if asked. */
  errorsPath: string | null;
  /** A JSON file of words to read as list values (see importMappingFile.ts), if given. */
  mappingPath: string | null;
};

const kindsText = importKinds.join('、');
const usage = (message: string) => new UsageError(message, { command: 'import' });

/**
 * Reads `<consultations|agencies|resources> FILE [--dry-run] [--skip-invalid] [--errors OUT.xlsx]
 * [--mapping MAP.json]`: anything missing or extra is a usage error (exit 2) before anything is
 * opened.
 */
export function readImportRequest(
  args: readonly string[],
  options: Readonly<Partial<Record<'dry-run' | 'skip-invalid' | 'errors' | 'mapping', string>>>,
): ImportRequest {
  const [kind, file, ...extra] = args;
  if (kind === undefined) throw usage(`取り込む一覧の種類（${kindsText}）を指定してください。`);
  if (!(importKinds as readonly string[]).includes(kind)) {
    throw usage(`不明な一覧です: ${kind}（${kindsText} のどれかを指定してください）`);
  }
  if (file === undefined || file.trim() === '') {
    throw usage('取り込むファイル（.xlsx、.csv、.tsv）を指定してください。');
  }
  if (extra.length > 0) throw usage(`余分な引数があります: ${extra.join(' ')}`);
  if (options.errors === '') throw usage('--errors の値が空です。');
  if (options.mapping === '') throw usage('--mapping の値が空です。');
  return {
    kind: kind as ImportKind,
    filePath: path.resolve(file),
    dryRun: options['dry-run'] === 'true',
    skipInvalid: options['skip-invalid'] === 'true',
    errorsPath: options.errors === undefined ? null : path.resolve(options.errors),
    mappingPath: options.mapping === undefined ? null : path.resolve(options.mapping),
  };
}

/**
 * The file's bytes; a missing file, a folder or a file over the import's 10 MB (the app's limit
 * too) is a clear Japanese error (exit 1) before anything is read.
 */
export function readImportFile(filePath: string): Uint8Array {
  if (!fs.existsSync(filePath)) {
    throw new AppError('NOT_FOUND', `ファイルが見つかりません: ${filePath}`);
  }
  const stat = fs.statSync(filePath);
  if (stat.isDirectory()) {
    throw new AppError('VALIDATION', `フォルダではなくファイルを指定してください: ${filePath}`);
  }
  if (stat.size > maxImportFileBytes) {
    throw new AppError(
      'VALIDATION',
      `ファイルが大きすぎます（${maxImportFileBytes / 1024 / 1024} MB まで）: ${filePath}`,
    );
  }
  return new Uint8Array(fs.readFileSync(filePath));
}

/** Refuses a --mapping file that is missing (before logging in). */
export function requireMappingFile(mappingPath: string | null): void {
  if (mappingPath === null) return;
  if (!fs.existsSync(mappingPath) || fs.statSync(mappingPath).isDirectory()) {
    throw new AppError('NOT_FOUND', `読み替えのファイルが見つかりません: ${mappingPath}`);
  }
}

/** Refuses an --errors destination whose folder does not exist, or that is a folder. */
export function requireErrorsDestination(errorsPath: string | null): void {
  if (errorsPath === null) return;
  const dir = path.dirname(errorsPath);
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
    throw new AppError('NOT_FOUND', `エラー一覧の保存先のフォルダがありません: ${dir}`);
  }
  if (fs.existsSync(errorsPath) && fs.statSync(errorsPath).isDirectory()) {
    throw new AppError(
      'CONFLICT',
      `エラー一覧の保存先がフォルダです。ファイル名を指定してください: ${errorsPath}`,
    );
  }
}
