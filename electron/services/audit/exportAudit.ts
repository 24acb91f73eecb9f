import { PassThrough, type Writable } from 'node:stream';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Style } from 'exceljs';
import { withTransaction, type Db, type ReadDb } from '../../../db/database';
import { queryAuditRows, type AuditQuery } from '../../../db/repositories/auditQueryRepository';
import type { AuditFilters } from '../../contract/schemas/audit';
import type { ExportedFile } from '../../contract/schemas/export';
import { todayInJapan } from '../cases/japanDate';
import type { Clock } from '../clock';
import { deliverXlsx, type BuiltExport, type Delivery } from '../excel/workbook/deliverFile';
import type { FileSaver } from '../excel/workbook/fileSaver';
import { loadExcelJs } from '../excel/workbook/loadExcelJs';
import { a4PageSetup, frozenRowsThrough, pageNumberFooter } from '../excel/workbook/printSetup';
import type { Actor } from './actor';
import { appendAudit } from './appendAudit';
import { filtersForAudit, resolveAuditFilters } from './auditQuery';
import { describeAuditRows } from './describeAuditRows';

// The 監査ログ screen's columns, in its words (the stored codes stay in the database).
const columns = [
  { header: '行ID', width: 9 },
  { header: '日時', width: 20 },
  { header: '職員', width: 16 },
  { header: '操作', width: 24 },
  { header: '対象', width: 30 },
  { header: '内容', width: 70 },
];
const japanOffsetMs = 9 * 60 * 60 * 1000;
/** A row no staff member caused (a failed login, a recovery), as the screen names it. */
const systemActor = '（システム）';
const batchRows = 1000;
// 和暦 to the second, as the screen shows it (the format Excel and LibreOffice both render).
const timeStyle: Partial<Style> = { numFmt: '[$-411]ggge"年"m"月"d"日" hh:mm:ss' };
const plainStyle: Partial<Style> = {};

/** Writes the filtered audit rows (newest first) to `out` with the streaming writer. */
async function writeAuditWorkbook(db: ReadDb, query: AuditQuery, out: Writable): Promise<number> {
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true });
  workbook.creator = 'Kasane';
  const sheet = workbook.addWorksheet('監査ログ', {
    views: frozenRowsThrough(1),
    pageSetup: a4PageSetup('landscape', 1),
    headerFooter: pageNumberFooter,
  });
  sheet.columns = columns;
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.commit();
  let rows = 0;
  for (let before: number | undefined; ;) {
    const batch = queryAuditRows(db, query, before, batchRows);
    if (batch.length === 0) break;
    for (const view of describeAuditRows(db, batch)) {
      // exceljs writes a Date as its UTC fields: shift to Japan time so Excel shows 日本時間.
      const at = new Date(new Date(view.at).getTime() + japanOffsetMs);
      const row = sheet.addRow([
        view.id,
        at,
        view.actorName ?? systemActor,
        view.actionLabel,
        view.targetText,
        view.detailText,
      ]);
      row.eachCell((cell, column) => {
        cell.style = column === 2 ? timeStyle : plainStyle;
      });
      row.commit();
      rows += 1;
    }
    before = batch.at(-1)?.id;
    await nextTurn();
  }
  sheet.commit();
  await workbook.commit();
  return rows;
}

/** Writes the audit rows the filters select to `out` as xlsx; returns the row count. */
export function writeAuditExport(
  db: ReadDb,
  filters: AuditFilters,
  out: Writable,
): Promise<number> {
  return writeAuditWorkbook(db, resolveAuditFilters(db, filters), out);
}

/** The audit row of an audit export: its filters, rows and how it left. */
export function auditAuditExport(
  db: Db,
  actor: Actor,
  clock: Clock,
  filters: AuditFilters,
  rows: number,
  delivery: Delivery,
): void {
  withTransaction(db, (tx) =>
    appendAudit(tx, {
      at: clock.now(),
      actor,
      action: 'audit.export',
      detail: { format: 'xlsx', filters: filtersForAudit(filters), rows, delivery },
    }),
  );
}

async function buildAuditExport(
  db: Db,
  actor: Actor,
  clock: Clock,
  filters: AuditFilters,
): Promise<BuiltExport> {
  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  sink.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    sink.on('end', resolve);
    sink.on('error', reject);
  });
  const rows = await writeAuditExport(db, filters, sink);
  await ended;
  return {
    bytes: Buffer.concat(chunks),
    rows,
    audit: (delivery) => auditAuditExport(db, actor, clock, filters, rows, delivery),
  };
}

/** The file name offered: 監査ログ_20260401.xlsx (the day it is made, in Japan). */
export function auditFileName(clock: Clock): string {
  return `監査ログ_${todayInJapan(clock).replaceAll('-', '')}.xlsx`;
}

/** audit.export: the filtered audit log as 監査ログ_20260401.xlsx (dialog or download); audited. */
export function exportAudit(
  db: Db,
  actor: Actor,
  clock: Clock,
  saver: FileSaver | null,
  filters: AuditFilters,
): Promise<ExportedFile> {
  return deliverXlsx(saver, auditFileName(clock), () =>
    buildAuditExport(db, actor, clock, filters),
  );
}
