import { describe, expect, it } from 'vitest';
import { maxImportFileBytes } from '../../../../electron/contract/schemas/import';
import { fileToBase64, importFileProblem } from './importFile';

describe('the file the wizard sends', () => {
  it.each([
    [{ name: '相談受付簿.xlsx', size: 1000 }, null],
    [{ name: 'LEDGER.XLSX', size: maxImportFileBytes }, null],
    [{ name: '台帳.xls', size: 1000 }, 'Excel ブック（.xlsx）を選んでください。'],
    [{ name: '台帳.csv', size: 1000 }, 'Excel ブック（.xlsx）を選んでください。'],
    [
      { name: '大きい.xlsx', size: maxImportFileBytes + 1 },
      'ファイルが大きすぎます（10 MB まで）。',
    ],
  ])('%j → %j', (file, problem) => {
    expect(importFileProblem(file)).toBe(problem);
  });

  it('is sent as the same bytes in base64, however large', async () => {
    const bytes = new Uint8Array(100_000).map((_, i) => (i * 31) % 256);
    const base64 = await fileToBase64(new Blob([bytes]));
    expect(Buffer.from(base64, 'base64').equals(Buffer.from(bytes))).toBe(true);
  });
});
