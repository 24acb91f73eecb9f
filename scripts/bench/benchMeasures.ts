import type { FolderMeasure, Measure } from './benchContext';
import { caseDetailBench, noteSaveBench } from './measures/caseDetailBench';
import { caseListBench } from './measures/caseListBench';
import { caseListExportMeasure } from './measures/caseListExportMeasure';
import { importBench, reportBench } from './measures/excelBench';
import { planPdfBench } from './measures/planPdfBench';
import { rendererSizeBench } from './measures/rendererSizeBench';
import { searchBench } from './measures/searchBench';
import { unlockBench } from './measures/unlockBench';

/** Measurements of opening the folder, run before the bench's session opens it. */
export const folderMeasures: ReadonlyArray<{ name: string; measure: FolderMeasure }> = [
  { name: 'unlock', measure: unlockBench },
];

/** Every other measurement, in the order of the table (issue 10). */
export const benchMeasures: ReadonlyArray<{ name: string; measure: Measure }> = [
  { name: 'caseList', measure: caseListBench },
  { name: 'search', measure: searchBench },
  { name: 'caseDetail', measure: caseDetailBench },
  { name: 'noteSave', measure: noteSaveBench },
  { name: 'report', measure: reportBench },
  { name: 'caseListExport', measure: caseListExportMeasure },
  { name: 'import', measure: importBench },
  { name: 'planPdf', measure: planPdfBench },
  { name: 'renderer', measure: rendererSizeBench },
];
