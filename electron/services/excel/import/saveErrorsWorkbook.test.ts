import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../contract/errors';
import {
  auditTrail,
  lastAuditId,
  setUpCaseWork,
  type CaseWorkFixture,
} from '../../cases/caseWork.testing';
import type { FileSaver } from '../workbook/fileSaver';
import { loadExcelJs } from '../workbook/loadExcelJs';
import { cleanLines, ledgerWorkbook } from './ledgerFixtures.testing';
import { errorsFileName, saveErrorsWorkbook } from './saveErrorsWorkbook';

let f: CaseWorkFixture;
let withError: Uint8Array;
beforeAll(async () => {
  f = setUpCaseWork();
  withError = await ledgerWorkbook([
    cleanLines[0]!,
    { receivedOn: '2025/2/30', name: '誤り 花子' },
  ]);
});
afterAll(() => f.cleanup());

const file = (bytes: Uint8Array) => ({ fileName: '相談受付簿.xlsx', bytes });

function savingTo(chosen: string | null) {
  const written: Array<{ path: string; bytes: Uint8Array }> = [];
  const saver: FileSaver = {
    choosePath: () => Promise.resolve(chosen),
    write: (path, bytes) => {
      written.push({ path, bytes });
      return Promise.resolve();
    },
  };
  return { saver, written };
}

describe('saving the rows an import would refuse', () => {
  it('names the file after the ledger', () => {
    expect(errorsFileName('相談受付簿.xlsx')).toBe('相談受付簿_取り込めなかった行.xlsx');
    expect(errorsFileName('台帳.CSV')).toBe('台帳_取り込めなかった行.xlsx');
  });

  it('hands the browser the workbook, audited as a download', async () => {
    const before = lastAuditId(f.db);
    const result = await saveErrorsWorkbook(
      f.db,
      f.admin,
      f.clock,
      null,
      'consultations',
      file(withError),
    );
    expect(result).toMatchObject({
      status: 'download',
      fileName: '相談受付簿_取り込めなかった行.xlsx',
      rows: 1,
    });
    if (result.status !== 'download') return;
    const ExcelJS = await loadExcelJs();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(Buffer.from(result.contentBase64, 'base64')).buffer);
    expect(workbook.worksheets[0]?.getRow(2).getCell(3).value).toBe('誤り 花子');
    // Only handing out the file is audited: the rows were found without writing anything.
    expect(auditTrail(f.db, before)).toEqual(['import.errors import:consultations']);
  });

  it('in the desktop app writes where the user chose, and nothing when the dialog is cancelled', async () => {
    const saved = savingTo('/tmp/x/errors.xlsx');
    expect(
      await saveErrorsWorkbook(
        f.db,
        f.admin,
        f.clock,
        saved.saver,
        'consultations',
        file(withError),
      ),
    ).toEqual({ status: 'saved', fileName: 'errors.xlsx', rows: 1 });
    expect(saved.written.map((w) => w.path)).toEqual(['/tmp/x/errors.xlsx']);

    const before = lastAuditId(f.db);
    const cancelled = savingTo(null);
    expect(
      await saveErrorsWorkbook(
        f.db,
        f.admin,
        f.clock,
        cancelled.saver,
        'consultations',
        file(withError),
      ),
    ).toEqual({ status: 'cancelled' });
    expect(cancelled.written).toEqual([]);
    expect(auditTrail(f.db, before)).toEqual([]);
  });

  it('says so when there is nothing to save', async () => {
    const error = await saveErrorsWorkbook(
      f.db,
      f.admin,
      f.clock,
      null,
      'consultations',
      file(await ledgerWorkbook(cleanLines)),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).message).toBe('このファイルにはエラーのある行がありません。');
  });
});
