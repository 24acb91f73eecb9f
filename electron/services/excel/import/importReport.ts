import type {
  ImportKind,
  ImportProblem,
  ImportReport,
  ImportRowStatus,
} from '../../../contract/schemas/import';
import type { ParsedSheet } from './parseImportSheet';
import type { RawCell } from './rawSheet';
import type { WriteResult } from './runImport';

/** How many rows the preview table shows. */
export const sampleRowCount = 50;

/** A refused row as it was in the file, with its reasons: what the errors workbook holds. */
export type InvalidRow = { rowNumber: number; cells: RawCell[]; reasons: ImportProblem[] };

/** The report, plus what only the Node side needs: the refused rows and the file's headings. */
export type ImportRun = { report: ImportReport; invalidRows: InvalidRow[]; headings: string[] };

/** Puts together the report of a preview or an import from the parsed sheet and the write result. */
export function importReport<K extends string, D>(
  kind: ImportKind,
  fileName: string,
  sheet: ParsedSheet<K, D>,
  result: WriteResult,
  written: boolean,
): ImportRun {
  const statusOf = (rowNumber: number): ImportRowStatus => {
    const status = result.statuses.get(rowNumber) ?? 'invalid';
    return written && status === 'ready' ? 'imported' : status;
  };
  const count = (status: ImportRowStatus) =>
    sheet.rows.filter((row) => result.statuses.get(row.rowNumber) === status).length;
  const ready = count('ready');
  const invalidRows = sheet.rows
    .filter((row) => statusOf(row.rowNumber) === 'invalid')
    .map((row) => ({
      rowNumber: row.rowNumber,
      cells: row.cells,
      reasons: row.problems.filter((problem) => problem.severity === 'error'),
    }));
  const report: ImportReport = {
    kind,
    fileName,
    sheetName: sheet.sheetName,
    headerRow: sheet.header.rowNumber,
    columns: sheet.header.columns.map(({ key, label, header, letter, type }) => ({
      key,
      label,
      header,
      letter,
      type,
    })),
    ignoredColumns: sheet.header.ignored,
    counts: {
      rows: sheet.rows.length,
      ready,
      duplicates: count('duplicate'),
      invalid: invalidRows.length,
      imported: written ? ready : 0,
      newPersons: result.tally.newPersons,
      matchedPersons: result.tally.matchedPersons,
    },
    sample: sheet.rows.slice(0, sampleRowCount).map((row) => ({
      row: row.rowNumber,
      status: statusOf(row.rowNumber),
      values: row.display,
    })),
    problems: sheet.rows.flatMap((row) => row.problems),
    written,
  };
  return { report, invalidRows, headings: sheet.header.headings };
}
