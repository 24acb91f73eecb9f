import type { FolderMeasure, Measure } from './benchContext';
import { caseDetailBench, noteSaveBench } from './measures/caseDetailBench';
import { caseListBench } from './measures/caseListBench';
import { caseListExportMeasure } from './measures/caseListExportMeasure';
import { importBench, reportBench } from './measures/excelBench';
import { importMemoryBench } from './measures/importMemoryBench';
import { planPdfBench } from './measures/planPdfBench';
import { rendererSizeBench } from './measures/rendererSizeBench';
import { searchBench } from './measures/searchBench';
import { unlockBench } from './measures/unlockBench';

/**
 * Measurements given the folder itself (opening it, or a process of their own), run before the
 * bench's session opens it.
 */
export const folderMeasures: ReadonlyArray<{ name: string; measure: FolderMeasure }> = [
  { name: 'unlock', measure: unlockBench },
  { name: 'caseListExport', measure: caseListExportMeasure },
];

/** Every other measurement, on the database the bench's session holds. */
export const benchMeasures: ReadonlyArray<{ name: string; measure: Measure }> = [
  { name: 'caseList', measure: caseListBench },
  { name: 'search', measure: searchBench },
  { name: 'caseDetail', measure: caseDetailBench },
  { name: 'noteSave', measure: noteSaveBench },
  { name: 'report', measure: reportBench },
  { name: 'import', measure: importBench },
  { name: 'importMemory', measure: importMemoryBench },
  { name: 'planPdf', measure: planPdfBench },
  { name: 'renderer', measure: rendererSizeBench },
];

/** The table's order (issue 10), whichever way a line was measured. */
export const tableOrder: readonly string[] = [
  'unlock',
  'caseList',
  'search',
  'caseDetail',
  'noteSave',
  'report',
  'caseListExport',
  'import',
  'importMemory',
  'planPdf',
  'renderer',
];
