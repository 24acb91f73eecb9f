import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { caseField, caseTag, consent, person } from '../../../../db/schema';
import { AppError } from '../../../contract/errors';
import { verifyAuditChain } from '../../audit/verifyAuditChain';
import { countCaseWorkRows, lastAuditId, type CaseWorkFixture } from '../../cases/caseWork.testing';
import { useImportFixture } from './consultationImport.testing';
import { importConsultations } from './importConsultations';
import { cleanLines, firstLedgerRow, type LedgerLine } from './ledgerFixtures.testing';

const { fixture, run, cases, auditRows, records } = useImportFixture();
let f: CaseWorkFixture;
beforeEach(() => {
  f = fixture();
});

const badLine: LedgerLine = { receivedOn: '2025/2/30', name: '誤り 花子', route: '来所' };

describe('importing a 相談受付簿', () => {
  it('creates one case per line, numbered by 年度 in 受付日 order, with people, fields, tags and consent', async () => {
    const { report } = await run([...cleanLines].reverse());
    expect(report.written).toBe(true);
    expect(report.counts).toEqual({
      rows: 4,
      ready: 4,
      duplicates: 0,
      invalid: 0,
      imported: 4,
      newPersons: 3,
      matchedPersons: 1,
    });
    expect(report.sample.map((row) => row.status)).toEqual(Array(4).fill('imported'));
    const rows = cases();
    expect(rows.map((c) => [c.caseNumber, c.receivedOn])).toEqual([
      ['R7-0001', '2025-04-01'],
      ['R7-0002', '2025-04-03'],
      ['R7-0003', '2025-04-10'],
      ['R7-0004', '2025-04-19'],
    ]);
    // 山田 太郎 (S45.3.2, a full-width space) and 山田 太郎 (1970-03-02): one person, two cases.
    const [yamada, sato, suzuki, yamadaAgain] = rows;
    expect(yamadaAgain?.personId).toBe(yamada?.personId);
    expect(yamadaAgain?.householdId).toBe(yamada?.householdId);
    expect(
      f.db
        .select()
        .from(person)
        .all()
        .map((p) => [p.name, p.nameKana, p.birthDate, p.phone]),
    ).toEqual([
      ['山田　太郎', 'ヤマダ タロウ', '1970-03-02', '0123-45-6789'],
      ['佐藤 花子', 'さとう はなこ', '1975-01-15', '0123456789'],
      ['鈴木 一', 'スズキ ハジメ', '1990-02-02', ''],
    ]);
    expect(yamada).toMatchObject({
      route: 'counter',
      stage: 'intake',
      mainStaffId: f.worker.staffId,
    });
    expect(sato).toMatchObject({ route: 'phone', receivedBy: f.worker.staffId });
    expect(suzuki).toMatchObject({ route: 'referral', stage: 'closed', closedOn: '2025-06-30' });
    expect(suzuki?.mainStaffId).toBeNull();
    const fieldsOf = (id: number | undefined) =>
      f.db
        .select()
        .from(caseField)
        .where(eq(caseField.caseId, id ?? 0))
        .all()
        .map((r) => r.field);
    expect(fieldsOf(yamada?.id)).toEqual(['elderly', 'poverty']);
    const tagsOf = (id: number | undefined) =>
      f.db
        .select()
        .from(caseTag)
        .where(eq(caseTag.caseId, id ?? 0))
        .all()
        .map((r) => r.tag);
    expect(tagsOf(yamada?.id)).toEqual(['8050問題', '生活困窮']);
    expect(tagsOf(suzuki?.id)).toEqual(['DV・虐待']);
    expect(
      f.db
        .select()
        .from(consent)
        .all()
        .map((c) => [c.caseId, c.kind, c.state, c.recordedOn]),
    ).toEqual([
      [yamada?.id, 'application', 'given', '2025-04-01'],
      [sato?.id, 'application', 'refused', '2025-04-03'],
    ]);
  });

  it('writes one audit row with counts and ids, never names', async () => {
    const before = lastAuditId(f.db);
    await run(cleanLines);
    const audits = auditRows(before).filter((row) => row.action.startsWith('import.'));
    expect(audits).toHaveLength(1);
    const detail = JSON.parse(audits[0]?.detail ?? '{}') as Record<string, unknown>;
    expect(detail).toMatchObject({
      outcome: 'imported',
      rows: 4,
      imported: 4,
      newPersons: 3,
      matchedPersons: 1,
      firstId: cases()[0]?.id,
      lastId: cases()[3]?.id,
    });
    expect(detail.fileSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(audits[0]?.detail).not.toMatch(/山田|佐藤|相談受付簿|介護/);
    expect(verifyAuditChain(f.db).problems).toEqual([]);
  });

  it('adds nothing when the same file is imported again', async () => {
    await run(cleanLines);
    const before = records();
    const { report } = await run(cleanLines);
    expect(report.counts).toMatchObject({ rows: 4, ready: 0, duplicates: 4, imported: 0 });
    expect(report.sample.map((row) => row.status)).toEqual(Array(4).fill('duplicate'));
    expect(records()).toEqual(before);
  });

  it('treats a line repeated in the same file as one consultation', async () => {
    const { report } = await run([
      cleanLines[0]!,
      { ...cleanLines[0]!, complaint: '母の介護と 自身の就労について' },
    ]);
    expect(report.counts).toMatchObject({ ready: 1, duplicates: 1, imported: 1 });
    expect(cases()).toHaveLength(1);
  });

  it('writes nothing at all when any line has an error, and says which and why', async () => {
    const before = records();
    const { report } = await run([...cleanLines, badLine]);
    expect(report.written).toBe(false);
    expect(report.counts).toMatchObject({ rows: 5, ready: 4, invalid: 1, imported: 0 });
    expect(report.problems).toEqual([
      {
        row: firstLedgerRow + 4,
        header: '受 付 日',
        letter: 'B',
        message: '受付日: 存在しない日付です（2025/2/30）',
        severity: 'error',
      },
    ]);
    expect(report.problemCounts).toEqual({ errors: 1, warnings: 0 });
    expect(report.sample.filter((row) => row.status === 'invalid').map((row) => row.row)).toEqual([
      firstLedgerRow + 4,
    ]);
    expect(records()).toEqual(before);
  });

  it('with skipInvalid imports the valid lines and leaves the invalid ones out', async () => {
    const { report } = await run([badLine, ...cleanLines], { skipInvalid: true });
    expect(report.written).toBe(true);
    expect(report.counts).toMatchObject({ rows: 5, ready: 4, invalid: 1, imported: 4 });
    expect(report.sample.map((row) => row.status)).toEqual([
      'invalid',
      'imported',
      'imported',
      'imported',
      'imported',
    ]);
    expect(cases()).toHaveLength(4);
  });

  it('previews exactly what an import would do, writing nothing but the audit row', async () => {
    const before = records();
    const auditBefore = lastAuditId(f.db);
    const preview = await run([...cleanLines, badLine], { mode: 'preview' });
    expect(preview.report.written).toBe(false);
    expect(preview.report.sample.map((row) => row.status)).toEqual([
      'ready',
      'ready',
      'ready',
      'ready',
      'invalid',
    ]);
    expect(records()).toEqual(before);
    expect(auditRows(auditBefore).map((row) => row.action)).toEqual(['import.preview']);
    const imported = await run([...cleanLines, badLine], { skipInvalid: true });
    expect(imported.report.counts).toEqual({ ...preview.report.counts, imported: 4 });
    // The rolled-back preview left the audit chain whole.
    expect(verifyAuditChain(f.db).problems).toEqual([]);
  });

  it('refuses 課題 not on the list, and imports without a 担当者 it does not know (a warning)', async () => {
    const { report } = await run([
      { receivedOn: '2025/5/1', name: '一', birth: 'S50.1.1', tags: '8050問題・宇宙' },
      {
        receivedOn: '2025/5/2',
        name: '二',
        birth: 'S50.1.2',
        tags: 'ダブルケア・介護',
        staff: '退職 太郎',
      },
    ]);
    expect(report.written).toBe(false);
    expect(report.problems.map((p) => [p.row, p.letter, p.severity, p.message])).toEqual([
      [
        firstLedgerRow,
        'K',
        'error',
        '課題の一覧にない言葉です: 宇宙（管理画面で課題の一覧に加えるか、一覧の言葉に直してください）',
      ],
      [
        firstLedgerRow + 1,
        'N',
        'warning',
        '職員「退職 太郎」が見つからないため、担当者なしで取り込みます',
      ],
    ]);
  });

  it('refuses a file that is not a readable workbook, changing nothing', async () => {
    const before = countCaseWorkRows(f.db);
    const error = await importConsultations(
      f.db,
      f.admin,
      f.clock,
      {
        fileName: '台帳.xls',
        bytes: new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      },
      { mode: 'import', skipInvalid: true },
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).message).toMatch(/Excel ブック（\.xlsx）として読み込めませんでした/);
    expect(countCaseWorkRows(f.db)).toEqual(before);
  });
});
