import type { Measure } from '../benchContext';
import { benchCaseListExport } from '../caseListExportBench';

/**
 * case list export: every case (status all) to an xlsx file through the streaming writer, as
 * the CLI writes it; time and the process's peak resident memory while exporting.
 */
export const caseListExportMeasure: Measure = async ({ db, actor }) => {
  const result = await benchCaseListExport(db, actor, 'file');
  const rows = result.rows.toLocaleString('ja-JP');
  return [
    {
      id: 'caseListExport',
      label: `ケース一覧のExcel出力（${rows}行）`,
      value: result.seconds * 1000,
      unit: 'ms',
      budget: 5000,
      note: `読み取りのみ ${result.readSeconds.toFixed(2)} s、書き出しのみ ${result.writeSeconds.toFixed(2)} s`,
    },
    {
      id: 'caseListExportMemory',
      label: 'ケース一覧のExcel出力：最大メモリ（プロセス全体）',
      value: result.peakRssMb,
      unit: 'MB',
      budget: 500,
      note: `出力前 ${result.startRssMb.toFixed(0)} MB`,
    },
  ];
};
