import path from 'node:path';
import { AppError } from '../../../contract/errors';
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
    } catch {
      throw fileNotSaved();
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

/** A write that failed (full disk, no permission, the file open in Excel): nothing was audited. */
export function fileNotSaved(): AppError {
  return new AppError(
    'NOT_AVAILABLE',
    'ファイルを保存できませんでした。同じ名前のファイルを Excel で開いていないか、保存先の空き容量と書き込みの権限を確かめて、もう一度お試しください。',
  );
}
