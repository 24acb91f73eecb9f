import { withTransaction, type Db } from '../../../../db/database';
import { AppError } from '../../../contract/errors';
import type { ExportedFile } from '../../../contract/schemas/export';
import type { ImportKind } from '../../../contract/schemas/import';
import type { Actor } from '../../audit/actor';
import { appendAudit } from '../../audit/appendAudit';
import type { Clock } from '../../clock';
import { deliverXlsx } from '../workbook/deliverFile';
import type { FileSaver } from '../workbook/fileSaver';
import { errorsWorkbook } from './errorsWorkbook';
import { importWorkbook } from './importWorkbook';
import type { ImportFile } from './runImport';

/** 相談受付簿.xlsx → 相談受付簿_取り込めなかった行.xlsx */
export function errorsFileName(fileName: string): string {
  return `${fileName.replace(/\.xlsx$/iu, '')}_取り込めなかった行.xlsx`;
}

/**
 * The rows of a workbook an import would refuse, as a workbook to fix (the original cells plus
 * 理由), saved through the desktop's save dialog or handed to the browser. The rows are worked
 * out exactly as a preview does (and audited as one); handing out the file is audited too.
 */
export async function saveErrorsWorkbook(
  db: Db,
  actor: Actor,
  clock: Clock,
  saver: FileSaver | null,
  kind: ImportKind,
  file: ImportFile,
): Promise<ExportedFile> {
  const run = await importWorkbook(db, actor, clock, kind, file, {
    mode: 'preview',
    skipInvalid: false,
  });
  if (run.invalidRows.length === 0) {
    throw new AppError('CONFLICT', 'このファイルにはエラーのある行がありません。');
  }
  return deliverXlsx(saver, errorsFileName(file.fileName), async () => ({
    bytes: Buffer.from(await errorsWorkbook(run)),
    rows: run.invalidRows.length,
    audit: (delivery) => {
      withTransaction(db, (tx) => {
        appendAudit(tx, {
          at: clock.now(),
          actor,
          action: 'import.errors',
          target: { type: 'import', id: kind },
          detail: { rows: run.invalidRows.length, delivery },
        });
      });
    },
  }));
}
