import { PassThrough, type Writable } from 'node:stream';
import { withTransaction, type Db, type ReadDb } from '../../../../db/database';
import type { ExportedFile } from '../../../contract/schemas/export';
import type { ParsedInput } from '../../../contract/types';
import type { Actor } from '../../audit/actor';
import { appendAudit } from '../../audit/appendAudit';
import { todayInJapan } from '../../cases/japanDate';
import type { Clock } from '../../clock';
import { deliverXlsx, type BuiltExport, type Delivery } from '../workbook/deliverFile';
import type { FileSaver } from '../workbook/fileSaver';
import { getSettings } from '../../settings/settingsService';
import { caseListHeading } from './caseListHeading';
import { caseExportBatches } from './readCaseExportRows';
import { writeCaseListWorkbook } from './writeCaseListWorkbook';

export type CaseListExportInput = ParsedInput<'export.cases'>;

/** The file name offered: ケース一覧_20251103.xlsx (the day it is made, in Japan). */
export function caseListFileName(clock: Clock): string {
  return `ケース一覧_${todayInJapan(clock).replaceAll('-', '')}.xlsx`;
}

/**
 * Writes the cases the actor may see for the filters to `out` as xlsx, titled with the office
 * and today's date in Japan; returns the row count.
 */
export function writeCaseListExport(
  db: ReadDb,
  actor: Actor,
  clock: Clock,
  input: CaseListExportInput,
  out: Writable,
): Promise<number> {
  const heading = caseListHeading(db, getSettings(db).municipalityName, todayInJapan(clock), input);
  return writeCaseListWorkbook(
    out,
    caseExportBatches(db, actor, input.filters),
    { initials: input.initials },
    heading,
  );
}

/** The audit row of a case list export: its filters, initials or not, and rows; never a name. */
export function auditCaseListExport(
  db: Db,
  actor: Actor,
  clock: Clock,
  input: CaseListExportInput,
  rows: number,
  delivery: Delivery,
): void {
  withTransaction(db, (tx) =>
    appendAudit(tx, {
      at: clock.now(),
      actor,
      action: 'export.cases',
      detail: { format: 'xlsx', filters: input.filters, initials: input.initials, rows, delivery },
    }),
  );
}

/** The case list workbook in memory (for the save dialog or a browser download). */
export async function buildCaseListExport(
  db: Db,
  actor: Actor,
  clock: Clock,
  input: CaseListExportInput,
): Promise<BuiltExport> {
  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  sink.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    sink.on('end', resolve);
    sink.on('error', reject);
  });
  const rows = await writeCaseListExport(db, actor, clock, input, sink);
  await ended;
  return {
    bytes: Buffer.concat(chunks),
    rows,
    audit: (delivery) => auditCaseListExport(db, actor, clock, input, rows, delivery),
  };
}

/** export.cases: ケース一覧 saved through the desktop's dialog, or as a browser download. */
export function exportCaseList(
  db: Db,
  actor: Actor,
  clock: Clock,
  saver: FileSaver | null,
  input: CaseListExportInput,
): Promise<ExportedFile> {
  return deliverXlsx(saver, caseListFileName(clock), () =>
    buildCaseListExport(db, actor, clock, input),
  );
}
