import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTransaction } from '../../../../db/database';
import { caseAgency, person } from '../../../../db/schema';
import { buildAgency } from '../../../../db/testing/reportBuilders';
import { caseListInput } from '../../../contract/schemas/caseWork';
import { exportCasesInput } from '../../../contract/schemas/export';
import type { CallInput } from '../../../contract/types';
import type { Actor } from '../../audit/actor';
import { listCases } from '../../cases/listCases';
import { setUpCaseList } from '../../cases/listCasesFixture.testing';
import { manualClock } from '../../clock.testing';
import { writeSettings } from '../../settings/settingsService';
import { warekiDateFormat } from '../workbook/excelDates';
import { findLibreOffice, libreOfficeMissing, sheetsAsCsv } from '../workbook/libreOffice.testing';
import type { FileSaver } from '../workbook/fileSaver';
import { buildCaseListExport, exportCaseList } from './exportCaseList';
import { caseExportBatches } from './readCaseExportRows';

let fx: ReturnType<typeof setUpCaseList>;
const clock = manualClock('2026-06-10T01:00:00.000Z');

beforeAll(() => {
  fx = setUpCaseList();
  withTransaction(fx.db, (tx) => {
    writeSettings(tx, { municipalityName: 'みどり町' }, new Date(), null);
    const a = fx.cases.A!;
    tx.update(person)
      .set({ name: '山田 太郎', nameKana: 'やまだ たろう' })
      .where(eq(person.id, a.personId))
      .run();
    const stamp = { createdAt: '2026-04-01T00:00:00.000Z', updatedAt: '2026-04-01T00:00:00.000Z' };
    for (const name of ['みどり町地域包括支援センター', 'こども家庭センター']) {
      const agencyId = buildAgency(tx, name);
      tx.insert(caseAgency)
        .values({ caseId: a.caseId, agencyId, ...stamp })
        .run();
    }
  });
});
afterAll(() => fx.cleanup());

type Filters = CallInput<'export.cases'>['filters'];

async function exportRows(actor: Actor, filters: Filters, initials = false) {
  const input = exportCasesInput.parse({ filters, initials });
  const built = await buildCaseListExport(fx.db, actor, clock, input);
  const book = new ExcelJS.Workbook();
  // exceljs types its input as its own ArrayBuffer-like Buffer: hand it exactly the bytes.
  const { buffer, byteOffset, byteLength } = built.bytes;
  await book.xlsx.load(buffer.slice(byteOffset, byteOffset + byteLength) as ArrayBuffer);
  const sheet = book.getWorksheet('ケース一覧')!;
  // The table: the header row and the cases, below the title and the conditions.
  const rows: ExcelJS.Row[] = [];
  sheet.eachRow((row) => {
    if (row.number >= 3) rows.push(row);
  });
  return { built, sheet, rows };
}

const cellValues = (row: ExcelJS.Row) => (row.values as unknown[]).slice(1);

/** The case numbers the list screen pages through for these filters, in order. */
function listedNumbers(actor: Actor, filters: Filters): string[] {
  const numbers: string[] = [];
  let cursor: string | null = null;
  do {
    const page = listCases(fx.db, actor, caseListInput.parse({ ...filters, limit: 2, cursor }));
    numbers.push(...page.rows.map((row) => row.caseNumber));
    cursor = page.nextCursor;
  } while (cursor !== null);
  return numbers;
}

describe('case list export', () => {
  it('writes ケース番号 first, then the columns in order, one row per case', async () => {
    const { rows, sheet } = await exportRows(fx.staff.admin, { status: 'all' });
    expect(cellValues(rows[0]!)).toEqual([
      'ケース番号',
      '段階',
      '氏名',
      'ふりがな',
      '相談分野',
      '課題',
      '相談経路',
      '受付日',
      '終結日',
      '主担当',
      '多機関協働',
      '関係機関',
    ]);
    expect(rows).toHaveLength(1 + 8);
    const a = rows.find((row) => row.getCell(1).value === fx.cases.A!.caseNumber)!;
    expect(cellValues(a)).toEqual([
      fx.cases.A!.caseNumber,
      '受付',
      '山田 太郎',
      'やまだ たろう',
      '高齢',
      '8050問題',
      '窓口',
      new Date(Date.UTC(2026, 3, 5)),
      undefined,
      'w1',
      '☐',
      'こども家庭センター、みどり町地域包括支援センター',
    ]);
    expect(a.getCell(8).numFmt).toBe(warekiDateFormat);
    const b = rows.find((row) => row.getCell(1).value === fx.cases.B!.caseNumber)!;
    expect(b.getCell(5).value).toBe('子ども・生活困窮');
    const d = rows.find((row) => row.getCell(1).value === fx.cases.D!.caseNumber)!;
    expect([d.getCell(2).value, d.getCell(9).value]).toEqual([
      '終結',
      new Date(Date.UTC(2026, 2, 15)),
    ]);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    expect(sheet.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '3:3',
    });
  });

  it('titles the sheet with the office and the 和暦 date, and says which cases it holds', async () => {
    const filters: Filters = {
      status: 'all',
      field: 'elderly',
      tag: '8050問題',
      staffId: fx.staff.w1.staffId,
      coordination: true,
      receivedFrom: '2026-04-01',
      receivedTo: '2026-05-31',
    };
    const { sheet, rows } = await exportRows(fx.staff.admin, filters, true);
    expect(sheet.getCell('A1').value).toBe('ケース一覧\u3000みどり町\u3000令和8年6月10日現在');
    expect(sheet.getCell('A2').value).toBe(
      '抽出条件\u3000状態：すべて\u3000／\u3000相談分野：高齢\u3000／\u3000課題：8050問題\u3000／\u3000担当：w1\u3000／\u3000多機関協働のみ\u3000／\u3000受付日：令和8年4月1日〜令和8年5月31日\u3000／\u3000並び順：受付日の新しい順\u3000／\u3000氏名はイニシャル',
    );
    expect(sheet.autoFilter).toBe('A3:L3');
    // 課題 and 関係機関 wrap inside their columns; 多機関協働 is ☑ / ☐ centred.
    const coordinated = await exportRows(fx.staff.admin, { status: 'all', coordination: true });
    const header = coordinated.rows[0]!;
    const column = (name: string) => (header.values as unknown[]).indexOf(name);
    const first = coordinated.rows[1]!;
    expect(rows).toHaveLength(1);
    expect(first.getCell(column('課題')).alignment).toMatchObject({ wrapText: true });
    expect(first.getCell(column('関係機関')).alignment).toMatchObject({ wrapText: true });
    expect(first.getCell(column('多機関協働')).value).toBe('☑');
  });

  it('never exports a restricted case, or its household, to staff who may not see it', async () => {
    const numbers = (rows: ExcelJS.Row[]) => rows.slice(1).map((row) => row.getCell(1).value);
    const asW2 = await exportRows(fx.staff.w2, { status: 'all' });
    expect(numbers(asW2.rows)).not.toContain(fx.cases.R!.caseNumber);
    expect(numbers(asW2.rows)).not.toContain(fx.cases.S!.caseNumber);
    expect(asW2.built.rows).toBe(6);
    const asW1 = await exportRows(fx.staff.w1, { status: 'all' });
    expect(numbers(asW1.rows)).toContain(fx.cases.R!.caseNumber);
    expect(asW1.built.rows).toBe(8);
  });

  it.each<[string, Filters]>([
    ['open, newest first', { status: 'open' }],
    ['closed', { status: 'closed' }],
    ['a field, oldest first', { status: 'all', field: 'poverty', sort: 'receivedAsc' }],
    ['a tag, by stage', { status: 'all', tag: '8050問題', sort: 'stage' }],
    ['a staff member, by number', { status: 'all', staffId: 3, sort: 'caseNumber' }],
    ['多機関協働', { coordination: true }],
    ['a period', { status: 'all', receivedFrom: '2026-04-01', receivedTo: '2026-05-31' }],
    ['no stage left', { status: 'closed', stages: ['intake'] }],
  ])('exports what the list shows for %s, in its order, across batches', (_name, filters) => {
    const input = exportCasesInput.parse({ filters });
    for (const actor of [fx.staff.admin, fx.staff.w2]) {
      const exported = [...caseExportBatches(fx.db, actor, input.filters, 2)].flat();
      expect(exported.map((row) => row.caseNumber)).toEqual(listedNumbers(actor, filters));
    }
  });

  it('masks names to initials from the ふりがな and leaves the ふりがな column empty', async () => {
    const { rows } = await exportRows(fx.staff.admin, { status: 'all' }, true);
    const a = rows.find((row) => row.getCell(1).value === fx.cases.A!.caseNumber)!;
    expect([a.getCell(3).value, a.getCell(4).value]).toEqual(['Y.T.', null]);
    const names = rows.slice(1).map((row) => row.getCell(3).text);
    expect(names.every((name) => !name.includes('本人'))).toBe(true);
  });

  it('is audited with its filters and row count, never a name', async () => {
    const input = exportCasesInput.parse({ filters: { status: 'all', field: 'elderly' } });
    const result = await exportCaseList(fx.db, fx.staff.admin, clock, null, input);
    expect(result).toMatchObject({
      status: 'download',
      fileName: 'ケース一覧_20260610.xlsx',
      rows: 1,
    });
    const audit = fx.sqlite
      .prepare(`SELECT action, detail FROM audit_log ORDER BY id DESC LIMIT 1`)
      .get() as { action: string; detail: string };
    expect(audit.action).toBe('export.cases');
    expect(JSON.parse(audit.detail)).toEqual({
      format: 'xlsx',
      filters: { status: 'all', field: 'elderly', sort: 'receivedDesc' },
      initials: false,
      rows: 1,
      delivery: 'download',
    });
    expect(audit.detail).not.toContain('山田');
  });

  it('saves through the desktop dialog, and a cancel builds and audits nothing', async () => {
    const count = () => fx.sqlite.prepare(`SELECT count(*) FROM audit_log`).pluck().get() as number;
    const file = path.join(fx.dir, '一覧.xlsx');
    const offered: string[] = [];
    const saver = (chosen: string | null): FileSaver => ({
      choosePath: (name) => {
        offered.push(name);
        return Promise.resolve(chosen);
      },
      write: (target, bytes) => fs.promises.writeFile(target, bytes),
    });
    const input = exportCasesInput.parse({});
    const before = count();
    expect(await exportCaseList(fx.db, fx.staff.admin, clock, saver(null), input)).toEqual({
      status: 'cancelled',
    });
    expect(count()).toBe(before);
    const saved = await exportCaseList(fx.db, fx.staff.admin, clock, saver(file), input);
    expect(saved).toEqual({ status: 'saved', fileName: '一覧.xlsx', rows: 7 });
    expect(offered).toEqual(['ケース一覧_20260610.xlsx', 'ケース一覧_20260610.xlsx']);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    expect(book.getWorksheet('ケース一覧')?.rowCount).toBe(2 + 8);
    expect(count()).toBe(before + 1);
  });
});

const libreOffice = findLibreOffice();

describe.skipIf(libreOffice === null)(
  libreOffice === null ? `LibreOffice (${libreOfficeMissing})` : 'the case list in LibreOffice',
  () => {
    it('shows 受付日 and 終結日 as 和暦 dates, Japanese intact', async () => {
      const { built } = await exportRows(fx.staff.admin, { status: 'all', sort: 'caseNumber' });
      const file = path.join(fx.dir, 'cases-lo.xlsx');
      fs.writeFileSync(file, built.bytes);
      const rows = sheetsAsCsv(libreOffice!, file).get('ケース一覧')!;
      expect(rows[0]?.[0]).toBe('ケース一覧　みどり町　令和8年6月10日現在');
      expect(rows[2]?.[0]).toBe('ケース番号');
      const d = rows.find((row) => row[0] === fx.cases.D!.caseNumber)!;
      expect([d[1], d[7], d[8]]).toEqual(['終結', '令和8年3月15日', '令和8年3月15日']);
      const a = rows.find((row) => row[0] === fx.cases.A!.caseNumber)!;
      expect([a[2], a[7], a[8], a[10]]).toEqual(['山田 太郎', '令和8年4月5日', '', '☐']);
    }, 120_000);
  },
);
