import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTempDir } from '../../db/testing/createTestDb';
import { hostileImportFiles, type HostileImportFile } from './hostileImportFiles';
import { importPeakBudgetMb, measureImportMemory } from './importMemory';

// Issue 20, 2: hostile files are refused or read with the import's memory bounded, measured in a
// process of its own (its peak resident memory, whatever the test process holds).
let folder: string;
beforeAll(() => {
  folder = createTempDir('kasane-import-memory-');
});
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

function written(name: HostileImportFile): string {
  const file = path.join(folder, `${name}.xlsx`);
  fs.writeFileSync(file, hostileImportFiles[name]());
  expect(fs.statSync(file).size).toBeLessThan(10 * 1024 * 1024);
  return file;
}

describe('importing a hostile file keeps memory bounded (child process)', () => {
  it.each([
    ['zipBomb', /シート「相談受付簿」を展開すると 1024 MB（192 MBまで）/],
    ['lyingZipBomb', /ファイルに記録された大きさを超えます/],
    ['longSharedCell', /共有文字列（sharedStrings\.xml）を展開すると 256 MB/],
    ['longInlineCell', /Excel が書かない長さ（1,048,576 文字を超える）の文字の並び/],
  ] as const)(
    '%s is refused with a message about the file',
    (name, message) => {
      const result = measureImportMemory(written(name));
      expect(result.refusal).toMatch(message);
      expect(result.refusal).not.toMatch(/主訴/);
      expect(result.peakRssMb).toBeLessThanOrEqual(importPeakBudgetMb);
    },
    120_000,
  );

  it('reads a 160 MB sheet of formatted empty rows whole', () => {
    const result = measureImportMemory(written('paddedLedger'));
    expect(result.refusal).toBeNull();
    expect(result.counts).toMatchObject({ rows: 1, ready: 1, invalid: 0 });
    expect(result.peakRssMb).toBeLessThanOrEqual(importPeakBudgetMb);
  }, 180_000);

  // The errors workbook of the same 200,000 rows (3.5 minutes here) is measured by the bench.
  it('counts 200,000 bad rows and keeps the first 1,000 problems', () => {
    const file = written('badRows');
    const preview = measureImportMemory(file);
    expect(preview.counts).toMatchObject({ rows: 200_000, invalid: 200_000, ready: 0 });
    expect(preview.problemCounts).toEqual({ errors: 200_000, warnings: 0 });
    expect(preview.keptProblems).toBe(1000);
    expect(preview.peakRssMb).toBeLessThanOrEqual(importPeakBudgetMb);
  }, 300_000);
});
