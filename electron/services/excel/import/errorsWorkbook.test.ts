import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setUpCaseWork, type CaseWorkFixture } from '../../cases/caseWork.testing';
import { PassThrough } from 'node:stream';
import { writeErrorsWorkbook } from './errorsWorkbook';
import { importConsultations } from './importConsultations';
import {
  cleanLines,
  firstLedgerRow,
  ledgerHeadings,
  ledgerWorkbook,
} from './ledgerFixtures.testing';
import { loadExcelJs } from '../workbook/loadExcelJs';
import { excelDate } from './workbookBytes.testing';

let f: CaseWorkFixture;
beforeAll(() => {
  f = setUpCaseWork();
});
afterAll(() => f.cleanup());

describe('the errors workbook', () => {
  it('holds each refused row as it was, with every reason and its original row number', async () => {
    const bytes = await ledgerWorkbook([
      cleanLines[0]!,
      {
        receivedOn: excelDate('2025-04-02'),
        name: null,
        sex: 'おとこ',
        complaint: '一行目\n二行目',
      },
      cleanLines[1]!,
      { receivedOn: 'R1.4.30', name: '誤り 二郎', tags: '宇宙' },
    ]);
    const file = { fileName: 'ledger.xlsx', bytes };
    const run = await importConsultations(f.db, f.admin, f.clock, file, {
      mode: 'import',
      skipInvalid: true,
    });
    expect(run.report.counts).toMatchObject({ imported: 2, invalid: 2 });

    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on('data', (chunk: Buffer) => chunks.push(chunk));
    const rows = await writeErrorsWorkbook(out, {
      db: f.db,
      actor: f.admin,
      clock: f.clock,
      kind: 'consultations',
      file,
    });
    expect(rows).toBe(2);
    const ExcelJS = await loadExcelJs();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(Buffer.concat(chunks)).buffer);
    const sheet = workbook.getWorksheet('取り込めなかった行');
    expect(sheet).toBeDefined();
    const values = (row: number) =>
      Array.from({ length: 19 }, (_, i) => sheet!.getRow(row).getCell(i + 1).value ?? null);
    expect(values(1)).toEqual([...ledgerHeadings, '理由', '元の行']);
    const second = values(2);
    expect(second[0]).toBe(2);
    expect(second[1]).toEqual(excelDate('2025-04-02'));
    expect(second[11]).toBe('一行目\n二行目');
    expect(second[17]).toBe(
      'C列（氏\u3000名）: 氏名がありません\nF列（性別）: 性別は 男・女・その他 のどれかにしてください（おとこ）',
    );
    expect(second[18]).toBe(firstLedgerRow + 1);
    const fourth = values(3);
    expect(fourth[1]).toBe('R1.4.30');
    expect(fourth[17]).toBe(
      'B列（受 付 日）: 受付日: 令和は2019年5月1日からです（R1.4.30）\nK列（課題）: 課題の一覧にない言葉です: 宇宙（管理画面で課題の一覧に加えるか、一覧の言葉に直してください）',
    );
    expect(fourth[18]).toBe(firstLedgerRow + 3);
    expect(sheet!.rowCount).toBe(3);
  });
});
