import { PassThrough } from 'node:stream';
import { withTransaction, type Db } from '../../../../db/database';
import { AppError } from '../../../contract/errors';
import type { ExportedFile } from '../../../contract/schemas/export';
import type { ImportKind } from '../../../contract/schemas/import';
import type { ImportMapping } from '../../../contract/schemas/importWords';
import type { Actor } from '../../audit/actor';
import { appendAudit } from '../../audit/appendAudit';
import type { Clock } from '../../clock';
import { deliverXlsx } from '../workbook/deliverFile';
import type { FileSaver } from '../workbook/fileSaver';
import { eachRefusedRow, writeErrorsWorkbook } from './errorsWorkbook';
import type { ImportFile } from './runImport';

/** 相談受付簿.xlsx (or .csv, .tsv, .txt) → 相談受付簿_取り込めなかった行.xlsx */
export function errorsFileName(fileName: string): string {
  return `${fileName.replace(/\.(xlsx|csv|tsv|txt)$/iu, '')}_取り込めなかった行.xlsx`;
}

/** The errors workbook in memory (it is compressed, and holds only the refused rows). */
async function errorsWorkbookBytes(parts: Parameters<typeof writeErrorsWorkbook>[1]) {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  const rows = await writeErrorsWorkbook(out, parts);
  return { bytes: Buffer.concat(chunks), rows };
}

/**
 * The rows of a file an import would refuse, as a workbook to fix (the original cells plus 理由),
 * saved through the desktop's save dialog or handed to the browser. The rows are found exactly
 * as a preview finds them; handing out the file is audited.
 */
export async function saveErrorsWorkbook(
  db: Db,
  actor: Actor,
  clock: Clock,
  saver: FileSaver | null,
  kind: ImportKind,
  file: ImportFile,
  mappings: readonly ImportMapping[] = [],
): Promise<ExportedFile> {
  const parts = { db, actor, clock, kind, file, mappings };
  if ((await eachRefusedRow(parts, () => undefined)) === 0) {
    throw new AppError('CONFLICT', 'このファイルにはエラーのある行がありません。');
  }
  return deliverXlsx(saver, errorsFileName(file.fileName), async () => {
    const built = await errorsWorkbookBytes(parts);
    return {
      ...built,
      audit: (delivery) => {
        withTransaction(db, (tx) => {
          appendAudit(tx, {
            at: clock.now(),
            actor,
            action: 'import.errors',
            target: { type: 'import', id: kind },
            detail: { rows: built.rows, delivery },
          });
        });
      },
    };
  });
}
