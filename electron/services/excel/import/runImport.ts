import crypto from 'node:crypto';
import { withTransaction, type Db, type WriteTx } from '../../../../db/database';
import { stampFor } from '../../../../db/repositories/stamp';
import type { ImportRowStatus } from '../../../contract/schemas/import';
import type { Actor } from '../../audit/actor';
import { appendAudit } from '../../audit/appendAudit';
import { todayInJapan } from '../../cases/japanDate';
import type { Clock } from '../../clock';
import type { ImportSpec, WriterTally } from './importSpec';
import { importReport, type ImportRun } from './importReport';
import { parseImportSheet, type ParsedRow, type ParsedSheet } from './parseImportSheet';
import { readWorkbook } from './readWorkbook';
import { rowReader } from './rowReader';

/** The workbook as received: its name (for messages) and its bytes. */
export type ImportFile = { fileName: string; bytes: Uint8Array };

/** preview: say what would happen and write nothing; import: write (all-or-nothing unless skipInvalid). */
export type ImportOptions = { mode: 'preview' | 'import'; skipInvalid: boolean };

/** What the transaction found, row by row. */
export type WriteResult = { statuses: Map<number, ImportRowStatus>; tally: WriterTally };

// Thrown to roll the transaction back after a preview or a refused import has been worked out.
class Rollback extends Error {
  constructor(readonly result: WriteResult) {
    super('rollback');
  }
}

function writeRows<K extends string, D>(
  tx: WriteTx,
  actor: Actor,
  at: Date,
  spec: ImportSpec<K, D>,
  sheet: ParsedSheet<K, D>,
): WriteResult {
  const valid = sheet.rows.filter((row): row is ParsedRow<D> & { draft: D } => row.draft !== null);
  const writer = spec.openWriter(
    { tx, actor, at, stamp: stampFor(at, actor.staffId) },
    valid.map((row) => row.draft),
  );
  const statuses = new Map<number, ImportRowStatus>();
  const order = spec.writeOrder;
  const inOrder = order ? [...valid].sort((a, b) => order(a.draft, b.draft)) : valid;
  const readerOf = (row: ParsedRow<D>) =>
    rowReader({ rowNumber: row.rowNumber, cells: row.cells }, sheet.header.columns);
  for (const row of sheet.rows) {
    if (row.draft !== null) continue;
    const reader = readerOf(row);
    writer.check(row.partial, reader);
    row.problems.push(...reader.problems);
    statuses.set(row.rowNumber, 'invalid');
  }
  for (const row of inOrder) {
    const reader = readerOf(row);
    statuses.set(row.rowNumber, writer.write(row.draft, reader));
    row.problems.push(...reader.problems);
  }
  return { statuses, tally: writer.tally() };
}

function countOf(result: WriteResult, status: ImportRowStatus): number {
  return [...result.statuses.values()].filter((s) => s === status).length;
}

/** One audit row per preview or import: what kind, which file (its hash), the counts and ids. */
function audit(
  tx: WriteTx,
  actor: Actor,
  at: Date,
  kind: string,
  file: ImportFile,
  options: ImportOptions,
  result: WriteResult,
  outcome: 'preview' | 'imported' | 'refused',
): void {
  appendAudit(tx, {
    at,
    actor,
    action: options.mode === 'preview' ? 'import.preview' : 'import.run',
    target: { type: 'import', id: kind },
    detail: {
      outcome,
      skipInvalid: options.skipInvalid,
      fileSha256: crypto.createHash('sha256').update(file.bytes).digest('hex'),
      rows: result.statuses.size,
      ready: countOf(result, 'ready'),
      duplicates: countOf(result, 'duplicate'),
      invalid: countOf(result, 'invalid'),
      imported: outcome === 'imported' ? countOf(result, 'ready') : 0,
      ...result.tally,
    },
  });
}

/**
 * Reads the workbook, parses every row, and works out the whole import inside ONE write
 * transaction — matching, duplicates and numbering see the rows written before them. A preview,
 * or an import with an invalid row and no skipInvalid, is then rolled back, so what the preview
 * says is exactly what the import does. Either way one audit row records it. A file that is not
 * a readable workbook with recognisable headings throws a VALIDATION error and changes nothing.
 */
export async function runImport<K extends string, D>(
  db: Db,
  actor: Actor,
  clock: Clock,
  spec: ImportSpec<K, D>,
  file: ImportFile,
  options: ImportOptions,
): Promise<ImportRun> {
  const sheets = await readWorkbook(file.bytes);
  const sheet = parseImportSheet(sheets, spec, todayInJapan(clock));
  const at = clock.now();
  let result: WriteResult;
  let written = false;
  try {
    result = withTransaction(db, (tx) => {
      const found = writeRows(tx, actor, at, spec, sheet);
      const refused = countOf(found, 'invalid') > 0 && !options.skipInvalid;
      if (options.mode === 'preview' || refused) throw new Rollback(found);
      audit(tx, actor, at, spec.kind, file, options, found, 'imported');
      return found;
    });
    written = true;
  } catch (error) {
    if (!(error instanceof Rollback)) throw error;
    result = error.result;
    const outcome = options.mode === 'preview' ? 'preview' : 'refused';
    withTransaction(db, (tx) => {
      audit(tx, actor, at, spec.kind, file, options, error.result, outcome);
    });
  }
  return importReport(spec.kind, file.fileName, sheet, result, written);
}
