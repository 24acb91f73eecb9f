import { describe, expect, it } from 'vitest';
import { maxImportFileBytes } from '../../../../electron/contract/schemas/import';
import { fileToBase64, importFileProblem } from './importFile';

describe('the file the wizard sends', () => {
  it.each([
    [{ name: '相談受付簿.xlsx', size: 1000 }, null],
    [{ name: 'LEDGER.XLSX', size: maxImportFileBytes }, null],
    [{ name: '台帳.csv', size: 1000 }, null],
    [{ name: '台帳.TSV', size: 1000 }, null],
    [{ name: '住基.txt', size: 1000 }, null],
    [
      { name: '台帳.xls', size: 1000 },
      '古い形式（.xls）のブックは読み込めません。Excel で開き、「Excel ブック（.xlsx）」形式で保存し直してください。',
    ],
    [
      { name: '台帳.pdf', size: 1000 },
      'Excel ブック（.xlsx）、CSV（.csv）、タブ区切り（.tsv・.txt）のファイルを選んでください。',
    ],
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
