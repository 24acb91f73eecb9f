import type { Writable } from 'node:stream';
import type { Db } from '../../../../db/database';
import type { ImportKind, ImportProblem } from '../../../contract/schemas/import';
import type { ImportMapping } from '../../../contract/schemas/importWords';
import type { Actor } from '../../audit/actor';
import { todayInJapan } from '../../cases/japanDate';
import type { Clock } from '../../clock';
import { loadExcelJs } from '../workbook/loadExcelJs';
import { withImportSpec } from './importSpecs';
import { problemLog } from './problemLog';
import { problemPlace } from './problemText';
import type { RawRow } from './rawSheet';
import { readImportSheet, type ReadOptions } from './readImportSheet';
import type { ImportFile } from './runImport';
import { openImportSource } from './source/openImportSource';

export type ErrorsWorkbookParts = {
  db: Db;
  actor: Actor;
  clock: Clock;
  kind: ImportKind;
  file: ImportFile;
  /** The mappings the preview was made with: a mapped word is not an error. */
  mappings?: readonly ImportMapping[];
};

type Refused = (row: RawRow, errors: ImportProblem[], headings: readonly string[]) => void;

/** Reads the file as a stream, telling `refused` each row with an error (a preview's checks); returns their count. */
export async function eachRefusedRow(
  parts: ErrorsWorkbookParts,
  refused: Refused,
): Promise<number> {
  const source = await openImportSource(parts.file);
  try {
    return await withImportSpec(parts.kind, async (spec) => {
      const options: ReadOptions<string> = {
        sampleRows: 0,
        keepValid: false,
        onInvalid: (row, errors, header) => refused(row, errors, header.headings),
      };
      const { parse } = spec.prepare({
        db: parts.db,
        actor: parts.actor,
        mappings: parts.mappings ?? [],
      });
      // Only the refused rows matter here: the problem log keeps nothing.
      const read = await readImportSheet(
        source,
        spec.columns,
        parse,
        todayInJapan(parts.clock),
        problemLog(0),
        options,
      );
      return read.invalid;
    });
  } finally {
    source.close();
  }
}

function reasonText(errors: readonly ImportProblem[]): string {
  return errors
    .map((problem) => {
      const place = problemPlace(problem);
      return place === '' ? problem.message : `${place}: ${problem.message}`;
    })
    .join('\n');
}

/**
 * Writes the rows an import would refuse to `out` as a workbook to fix and import again: the
 * file's own headings and cells (dates stay dates), then 理由 (every error of the row, one per
 * line) and 元の行 (its row number in the original file). The file is read twice as a stream —
 * once for the widest refused row, once to write — so memory does not grow with the rows.
 * Returns how many rows it holds (0: nothing written).
 */
export async function writeErrorsWorkbook(
  out: Writable,
  parts: ErrorsWorkbookParts,
): Promise<number> {
  let width = 0;
  const count = await eachRefusedRow(parts, (row, _errors, headings) => {
    width = Math.max(width, headings.length, row.cells.length);
  });
  if (count === 0) return 0;
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  workbook.creator = 'Kasane';
  const sheet = workbook.addWorksheet('取り込めなかった行', {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.columns = Array.from({ length: width + 2 }, (_, i) => ({ width: i === width ? 60 : 14 }));
  let headed = false;
  await eachRefusedRow(parts, (row, errors, headings) => {
    if (!headed) {
      const heading = sheet.addRow([
        ...Array.from({ length: width }, (_, i) => headings[i] || null),
        '理由',
        '元の行',
      ]);
      heading.font = { bold: true };
      heading.commit();
      headed = true;
    }
    const cells = Array.from({ length: width }, (_, i) => row.cells[i] ?? null);
    const added = sheet.addRow([...cells, reasonText(errors), row.rowNumber]);
    cells.forEach((cell, i) => {
      // The reader made an Excel date a UTC-midnight Date; written back it is the same day.
      if (cell instanceof Date) added.getCell(i + 1).numFmt = 'yyyy/m/d';
    });
    added.getCell(width + 1).alignment = { wrapText: true, vertical: 'top' };
    added.commit();
  });
  sheet.commit();
  await workbook.commit();
  return count;
}
