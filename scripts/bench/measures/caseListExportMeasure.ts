import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { FolderMeasure } from '../benchContext';
import { benchAccount } from '../benchDataset';
import type { CaseListExportBenchResult } from '../caseListExportBench';

const script = fileURLToPath(new URL('../caseListExportBench.ts', import.meta.url));

/**
 * case list export: every case (status all) to an xlsx file through the streaming writer, as
 * the CLI writes it; time and peak resident memory while exporting.
 *
 * It runs in a process of its own, as `cli export` does: the memory budget is the export's, and
 * in the bench's process the earlier lines (search, report, …) had left 400 MB behind, which the
 * peak would count. A process of its own also needs the folder to itself (kasane.lock), so this
 * runs with the folder measures, before the bench's session opens it.
 */
export const caseListExportMeasure: FolderMeasure = (dataDir) => {
  // execArgv carries tsx's loader, so the child runs the TypeScript source as this process does.
  const child = spawnSync(
    process.execPath,
    [...process.execArgv, script, '--data', dataDir, '--json'],
    {
      encoding: 'utf8',
      env: {
        ...process.env,
        KASANE_USER: benchAccount.login,
        KASANE_PASSWORD: benchAccount.password,
      },
    },
  );
  if (child.status !== 0) {
    throw new Error(
      `出力の計測が終了コード ${String(child.status)} で止まりました: ${child.stderr}`,
    );
  }
  const result = JSON.parse(child.stdout) as CaseListExportBenchResult;
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
      label: 'ケース一覧のExcel出力：最大メモリ（出力だけのプロセス）',
      value: result.peakRssMb,
      unit: 'MB',
      budget: 500,
      note: `出力前 ${result.startRssMb.toFixed(0)} MB（データを開いた後）`,
    },
  ];
};
