import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTransaction } from '../../../../db/database';
import type { TestDb } from '../../../../db/testing/createTestDb';
import { writeSettings } from '../../settings/settingsService';
import { findLibreOffice, libreOfficeMissing, sheetsAsCsv } from '../workbook/libreOffice.testing';
import { buildMonthlyReport, type MonthlyReport } from './monthlyReport';
import { definitionOf, reportItems } from './reportCodes';
import { expectedCounts, setUpReportData } from './reportFixture.testing';
import { writeReportWorkbook } from './reportWorkbook';
import { summaryLayout } from './summaryLayout';

let fx: TestDb;
let report: MonthlyReport;
let file: string;
let book: ExcelJS.Workbook;

beforeAll(async () => {
  fx = setUpReportData();
  withTransaction(fx.db, (tx) =>
    writeSettings(tx, { municipalityName: 'みどり町' }, new Date(), null),
  );
  // 11月4日 10:15 in Japan (01:15 UTC): October is over.
  report = buildMonthlyReport(fx.db, '2025-10', new Date('2025-11-04T01:15:00.000Z'));
  file = path.join(fx.dir, 'report.xlsx');
  fs.writeFileSync(file, await writeReportWorkbook(report));
  book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
});
afterAll(() => fx.cleanup());

/** The 集計 rows by their label in column A. */
function summaryRow(label: string): ExcelJS.Row {
  const sheet = book.getWorksheet('集計')!;
  for (let r = 1; r <= sheet.rowCount; r += 1) {
    if (sheet.getRow(r).getCell(1).value === label) return sheet.getRow(r);
  }
  throw new Error(`no row ${label}`);
}

describe('the report workbook, read back with exceljs', () => {
  it('has the 集計 sheet for people, then the データ sheet', () => {
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual(['集計', 'データ']);
  });

  it('titles the 集計 sheet in 和暦 with the municipality and both periods', () => {
    const sheet = book.getWorksheet('集計')!;
    expect(sheet.getCell('A1').value).toBe('令和7年10月分 重層的支援体制整備事業 実績報告');
    expect(sheet.getCell('A2').value).toBe(
      '自治体名：みどり町　　作成日時：令和7年11月4日 10:15（日本時間）　　項目コード表：第2版',
    );
    expect(sheet.getCell('A3').value).toBe(
      '当月：令和7年10月1日～令和7年10月31日　　年度累計：令和7年4月1日～令和7年10月31日',
    );
    expect(sheet.getRow(4).values).toEqual([undefined, '項目', '当月', '年度累計', '備考']);
  });

  it('is set up for A4 landscape, one page wide, header frozen and repeated', () => {
    const sheet = book.getWorksheet('集計')!;
    expect(sheet.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '4:4',
    });
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 4 });
    expect(sheet.columns.map((column) => column.width)).toEqual([44, 12, 12, 80]);
  });

  it('writes each counted line with both columns and every section heading', () => {
    const sheet = book.getWorksheet('集計')!;
    // Lines follow the header row in layout order (labels repeat: その他 is a route and a field).
    summaryLayout.forEach((line, i) => {
      const row = sheet.getRow(5 + i);
      expect(row.getCell(1).value).toBe(line.label);
      if (line.kind === 'item') {
        expect([row.getCell(2).value, row.getCell(3).value], line.code).toEqual([
          expectedCounts.month[line.code],
          expectedCounts.fiscalYear[line.code],
        ]);
      }
      if (line.kind === 'section') expect(row.getCell(1).font.bold).toBe(true);
    });
    expect(sheet.rowCount).toBe(4 + summaryLayout.length);
  });

  it('totals with real SUM formulas over the rows above, with their values cached', () => {
    const newTotal = summaryRow('新規相談件数 計');
    const first = summaryRow('窓口').number;
    expect(newTotal.getCell(2).value).toEqual({
      formula: `SUM(B${first}:B${first + 6})`,
      result: 3,
    });
    expect(newTotal.getCell(3).value).toEqual({
      formula: `SUM(C${first}:C${first + 6})`,
      result: 11,
    });
    const both = summaryRow('相談件数 計（新規＋継続、延べ）').getCell(2).value;
    expect(both).toEqual({
      formula: `SUM(B${newTotal.number},B${summaryRow('継続相談件数（延べ）').number})`,
      result: 10,
    });
    expect(summaryRow('会議 開催回数 計').getCell(3).value).toMatchObject({ result: 7 });
  });

  it('states the definition of each counted line as its 備考, wrapped in a row tall enough', () => {
    const continuing = summaryRow('継続相談件数（延べ）');
    expect(continuing.getCell(4).value).toBe(definitionOf('consultations.continuing.cases'));
    expect(continuing.getCell(4).alignment).toMatchObject({ wrapText: true });
    expect(continuing.height).toBeGreaterThanOrEqual(30);
    expect(summaryRow('中断件数').getCell(4).value).toContain('中断日が期間内');
  });

  it('has one データ row per code, in order, every code even when zero, each saying whose it is', () => {
    const sheet = book.getWorksheet('データ')!;
    expect(sheet.getRow(1).values).toEqual([undefined, ...dataHeader]);
    expect(sheet.rowCount).toBe(reportItems.length + 1);
    reportItems.forEach((item, i) => {
      expect(sheet.getRow(i + 2).values).toEqual([
        undefined,
        item.code,
        item.label,
        expectedCounts.month[item.code],
        expectedCounts.fiscalYear[item.code],
        item.definition,
        'みどり町',
        '2025-10',
        2025,
        '2025-11-04T10:15:00+09:00',
        2,
        '月の終了後に集計',
      ]);
    });
    expect(sheet.getCell('A4').value).toBe('consultations.new.route.窓口');
    expect(sheet.getCell('A8').value).toBe('consultations.new.route.関係機関');
  });
});

describe('a report of a month not yet over', () => {
  it.each([
    [
      '2025-10-20T00:00:00.000Z',
      '（集計途中：令和7年10月20日時点、月末まで終わっていません）',
      '集計途中（月の途中）',
    ],
    // 10月1日 00:30 in Japan is already October: unfinished, not future.
    [
      '2025-09-30T15:30:00.000Z',
      '（集計途中：令和7年10月1日時点、月末まで終わっていません）',
      '集計途中（月の途中）',
    ],
    [
      '2025-09-30T14:30:00.000Z',
      '（集計途中：令和7年9月30日時点、まだ始まっていない月です）',
      '集計途中（月の開始前）',
    ],
  ])('made at %s says so in its title and on every データ row', async (at, titleNote, state) => {
    const early = buildMonthlyReport(fx.db, '2025-10', new Date(at));
    const partialBook = new ExcelJS.Workbook();
    const bytes = await writeReportWorkbook(early);
    await partialBook.xlsx.load(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
    );
    expect(partialBook.getWorksheet('集計')!.getCell('A1').value).toBe(
      `令和7年10月分 重層的支援体制整備事業 実績報告${titleNote}`,
    );
    const data = partialBook.getWorksheet('データ')!;
    for (let r = 2; r <= data.rowCount; r += 1)
      expect(data.getRow(r).getCell(11).value).toBe(state);
  });
});

const dataHeader = [
  '項目コード',
  '項目',
  '当月',
  '年度累計',
  '定義',
  '自治体名',
  '対象月',
  '年度',
  '作成日時',
  'コード表版',
  '集計状態',
];

const libreOffice = findLibreOffice();

describe.skipIf(libreOffice === null)(
  libreOffice === null ? `LibreOffice (${libreOfficeMissing})` : 'the report in LibreOffice',
  () => {
    let sheets: Map<string, string[][]>;
    beforeAll(() => {
      sheets = sheetsAsCsv(libreOffice!, file);
    }, 120_000);

    it('opens, and its データ sheet reads code by code as counted', () => {
      const rows = sheets.get('データ')!;
      expect(rows[0]).toEqual(dataHeader);
      expect(rows.slice(1)).toEqual(
        reportItems.map((item) => [
          item.code,
          item.label,
          String(expectedCounts.month[item.code]),
          String(expectedCounts.fiscalYear[item.code]),
          item.definition,
          'みどり町',
          '2025-10',
          '2025',
          '2025-11-04T10:15:00+09:00',
          '2',
          '月の終了後に集計',
        ]),
      );
    });

    it('computes the 集計 totals itself (formulas recalculated on load) to the counted values', () => {
      const rows = sheets.get('集計')!;
      const byLabel = new Map(rows.map((row) => [row[0], row.slice(1, 3)]));
      expect(rows[0]?.[0]).toBe('令和7年10月分 重層的支援体制整備事業 実績報告');
      expect(byLabel.get('新規相談件数 計')).toEqual(['3', '11']);
      expect(byLabel.get('延べ件数')).toEqual(['4', '12']);
      expect(byLabel.get('相談件数 計（新規＋継続、延べ）')).toEqual(['10', '43']);
      expect(byLabel.get('支援プラン 計')).toEqual(['2', '4']);
      expect(byLabel.get('会議 開催回数 計')).toEqual(['5', '7']);
      // The outreach total adds the results up; the data sheet's count of every contact agrees.
      expect(byLabel.get('接触回数 計（延べ、不在・拒否を含む）')).toEqual(['5', '7']);
      expect(byLabel.get('参加者数（延べ）')).toEqual(['20', '43']);
    });
  },
);
