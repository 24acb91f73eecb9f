import { AppError } from '../../../../contract/errors';
import { openCsvSource } from './csvSource';
import { brokenFile } from './importLimits';
import type { ImportSource } from './importSource';
import { openXlsxSource } from './xlsxSource';

const zipMagic = [0x50, 0x4b, 0x03, 0x04];
// Compound File Binary: old .xls, and any password-protected workbook.
const oleMagic = [0xd0, 0xcf, 0x11, 0xe0];
const textName = /\.(csv|tsv|txt)$/iu;

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((byte, i) => bytes[i] === byte);
}

/**
 * Opens the file an import was given by what it holds: an .xlsx (a zip), or a CSV / TSV by its
 * name. An old .xls or a password-protected workbook, and anything else, is a VALIDATION error
 * saying what to do.
 */
export async function openImportSource(file: {
  fileName: string;
  bytes: Uint8Array;
}): Promise<ImportSource> {
  const { bytes, fileName } = file;
  if (bytes.length === 0) throw brokenFile('ファイルが空です。');
  if (startsWith(bytes, oleMagic)) {
    throw brokenFile(
      '古い形式（.xls）か、パスワードで保護されたブックのようです。Excel で開き、パスワードを外して「Excel ブック（.xlsx）」形式で保存し直してください。',
    );
  }
  if (startsWith(bytes, zipMagic)) return openXlsxSource(bytes);
  if (textName.test(fileName)) return openCsvSource(bytes, fileName);
  if (/\.xlsx$/iu.test(fileName))
    throw brokenFile('ファイルが壊れているか、別の形式のファイルです。');
  throw new AppError(
    'VALIDATION',
    'このファイルは読み込めません。Excel ブック（.xlsx）、CSV（.csv）、タブ区切りのテキスト（.tsv・.txt）のどれかを選んでください。',
  );
}
