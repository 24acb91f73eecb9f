import type { ImportKind, ImportReport, ImportRowStatus } from '../../../contract/schemas/import';
import type { ImportWord } from '../../../contract/schemas/importWords';
import type { ProblemLog } from './problemLog';
import type { ReadSheet } from './readImportSheet';
import type { WriteResult } from './runImport';
import type { ImportSource } from './source/importSource';

/** How many rows the preview table shows. */
export const sampleRowCount = 50;

/** The report of a preview or an import (the Node side may want more later; the UI gets `report`). */
export type ImportRun = { report: ImportReport };

/** Puts together the report of a preview or an import from the sheet read and the write result. */
export function importReport<K extends string, D>(parts: {
  kind: ImportKind;
  fileName: string;
  source: Pick<ImportSource, 'format' | 'encoding'>;
  sheet: ReadSheet<K, D>;
  log: ProblemLog;
  result: WriteResult;
  written: boolean;
  words: { words: ImportWord[]; more: number };
}): ImportRun {
  const { sheet, result, written } = parts;
  const statusOf = (row: ReadSheet<K, D>['sample'][number]): ImportRowStatus => {
    if (row.invalid) return 'invalid';
    const status = result.sampleStatuses.get(row.rowNumber) ?? 'invalid';
    return written && status === 'ready' ? 'imported' : status;
  };
  const report: ImportReport = {
    kind: parts.kind,
    fileName: parts.fileName,
    format: parts.source.format,
    encoding: parts.source.encoding,
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
      rows: sheet.rows,
      ready: result.ready,
      duplicates: result.duplicates,
      invalid: sheet.invalid,
      imported: written ? result.ready : 0,
      newPersons: result.tally.newPersons,
      matchedPersons: result.tally.matchedPersons,
    },
    sample: sheet.sample.map((row) => ({
      row: row.rowNumber,
      status: statusOf(row),
      values: row.display,
    })),
    problems: parts.log.kept(),
    problemCounts: parts.log.counts(),
    words: parts.words.words,
    moreWords: parts.words.more,
    written,
  };
  return { report };
}
