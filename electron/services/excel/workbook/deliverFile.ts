import path from 'node:path';
import { AppError } from '../../../contract/errors';
import { fileError } from '../../app/fileErrors';
import type { ExportedFile } from '../../../contract/schemas/export';
import { xlsxFileKind, type FileSaver } from './fileSaver';

/** A built export: its bytes, how many rows it holds, and the audit to write once it is out. */
export type BuiltExport = { bytes: Buffer; rows: number; audit: (delivery: Delivery) => void };

/** How the file left: the desktop's save dialog, a browser download, or the CLI's --out. */
export type Delivery = 'dialog' | 'download' | 'file';

/**
 * Hands an xlsx to the user. With a FileSaver (desktop) the user picks the file first — a cancel
 * builds and audits nothing — then it is built, written and audited. Without one (web harness)
 * it is built, audited and returned as base64 for the browser to download.
 */
export async function deliverXlsx(
  saver: FileSaver | null,
  suggestedFileName: string,
  build: () => Promise<BuiltExport>,
): Promise<ExportedFile> {
  if (saver) {
    const chosen = await saver.choosePath(suggestedFileName, xlsxFileKind);
    if (chosen === null) return { status: 'cancelled' };
    const built = await build();
    try {
      await saver.write(chosen, built.bytes);
    } catch (error) {
      throw fileNotSaved(error, chosen);
    }
    built.audit('dialog');
    return { status: 'saved', fileName: path.basename(chosen), rows: built.rows };
  }
  const built = await build();
  built.audit('download');
  return {
    status: 'download',
    fileName: suggestedFileName,
    rows: built.rows,
    contentBase64: built.bytes.toString('base64'),
  };
}

/**
 * Why a workbook could not be written, in Japanese (nothing was audited). On Windows a file open
 * in Excel is locked (EBUSY, EPERM), the usual reason a save over last month's file fails.
 */
export function fileNotSaved(error: unknown, file: string): AppError {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'EBUSY' || code === 'EPERM' || code === 'EACCES') {
    return new AppError(
      'READ_ONLY',
      `Excel ファイルを保存できませんでした（${file}）。同じ名前のファイルを Excel で開いていれば閉じてから、または別の名前で保存してください。`,
    );
  }
  return fileError(error, 'Excel ファイルの保存先', path.dirname(file));
}
