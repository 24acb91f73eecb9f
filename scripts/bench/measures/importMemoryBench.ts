import fs from 'node:fs';
import path from 'node:path';
import { createTempDir } from '../../../db/testing/createTestDb';
import type { Measure } from '../benchContext';
import type { BenchLine } from '../benchResult';
import { hostileImportFiles, type HostileImportFile } from '../hostileImportFiles';
import { importPeakBudgetMb, measureImportMemory } from '../importMemory';

const cases: ReadonlyArray<{ file: HostileImportFile; mode: 'preview' | 'errors'; label: string }> =
  [
    { file: 'zipBomb', mode: 'preview', label: '1 GB に展開されるシート（圧縮爆弾）' },
    { file: 'lyingZipBomb', mode: 'preview', label: '大きさを偽った 1 GB のシート' },
    { file: 'longSharedCell', mode: 'preview', label: '2億6,843万文字のセル' },
    { file: 'paddedLedger', mode: 'preview', label: '160 MB のシート（書式だけの空行）' },
    { file: 'badRows', mode: 'preview', label: 'エラーのある 200,000行（確認）' },
    { file: 'badRows', mode: 'errors', label: 'エラーのある 200,000行（取り込めない行の Excel）' },
  ];

/**
 * import memory: the peak resident memory of one import (a preview, or the errors workbook) of
 * each hostile file, each in a process of its own; the promise is 512 MB for any input.
 */
export const importMemoryBench: Measure = ({ log }) => {
  const folder = createTempDir('kasane-bench-import-memory-');
  try {
    const written = new Map<HostileImportFile, string>();
    return cases.map(({ file, mode, label }): BenchLine => {
      log(`取り込みのメモリ: ${label}`);
      let filePath = written.get(file);
      if (filePath === undefined) {
        filePath = path.join(folder, `${file}.xlsx`);
        fs.writeFileSync(filePath, hostileImportFiles[file]());
        written.set(file, filePath);
      }
      const result = measureImportMemory(filePath, { mode });
      const outcome =
        result.refusal !== null
          ? '読み込まずに説明'
          : mode === 'errors'
            ? `${result.errorRows.toLocaleString('ja-JP')}行を書き出し`
            : `${(result.counts?.rows ?? 0).toLocaleString('ja-JP')}行を確認`;
      return {
        id: `importMemory.${file}.${mode}`,
        label: `取り込みの最大メモリ: ${label}`,
        value: result.peakRssMb,
        unit: 'MB',
        budget: importPeakBudgetMb,
        note: `${outcome}、${result.seconds.toFixed(1)} s（開始時 ${result.startRssMb.toFixed(0)} MB）`,
      };
    });
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
};
