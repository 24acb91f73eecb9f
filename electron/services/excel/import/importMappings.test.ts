import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { withTransaction } from '../../../../db/database';
import { insertStaff } from '../../../../db/repositories/staffRepository';
import { caseTag, supportCase } from '../../../../db/schema';
import { saveCodeList } from '../../directory/codeListService';
import { defaultIssueTags } from '../../../contract/caseCodes';
import { lastAuditId } from '../../cases/caseWork.testing';
import { useImportFixture } from './consultationImport.testing';
import { firstLedgerRow, type LedgerLine } from './ledgerFixtures.testing';

const { fixture, run, cases, auditRows } = useImportFixture();

/** 石川 真理子 joins the office: the only 石川, so a ledger's 「石川」 is her. */
function addIshikawa(): number {
  const { db } = fixture();
  return withTransaction(db, (tx) =>
    insertStaff(tx, {
      login: 'ishikawa',
      displayName: '石川 真理子',
      role: 'worker',
      at: '2026-04-01T00:00:00Z',
      by: 1,
    }),
  ).id;
}

const line = (n: number, more: Partial<LedgerLine>): LedgerLine => ({
  receivedOn: `2025/5/${n}`,
  name: `取込 ${n}郎`,
  birth: `S50.1.${n}`,
  ...more,
});

describe('staff names (issue 20, 4)', () => {
  it('finds staff by full name, by 姓 when only one has it, and never guesses a shared 姓', async () => {
    const ishikawa = addIshikawa();
    const { worker } = fixture();
    const { report } = await run(
      [
        line(1, { staff: '石川 真理子' }),
        line(2, { staff: '石川' }),
        line(3, { staff: '石川' }),
        line(4, { staff: '相談' }),
        line(5, { staff: '相談　一郎' }),
      ],
      { mode: 'import' },
    );
    expect(report.written).toBe(true);
    expect(cases().map((c) => c.mainStaffId)).toEqual([
      ishikawa,
      ishikawa,
      ishikawa,
      null,
      worker.staffId,
    ]);
    expect(report.problems.map((p) => [p.row, p.message])).toEqual([
      [firstLedgerRow + 3, '「相談」という職員が複数いるため、担当者なしで取り込みます'],
    ]);
    // The wizard lists the names not read as a full name: 石川 by 姓, 相談 unknown.
    expect(report.words).toEqual([
      {
        list: 'staff',
        written: '石川',
        rows: 2,
        firstRow: firstLedgerRow + 1,
        how: 'surname',
        to: String(ishikawa),
      },
      {
        list: 'staff',
        written: '相談',
        rows: 1,
        firstRow: firstLedgerRow + 3,
        how: 'unknown',
        to: null,
      },
    ]);
  });

  it('maps an unknown name once for the whole file, and remembers it for the next import', async () => {
    const { worker } = fixture();
    const lines = [
      line(1, { staff: '退職 太郎' }),
      line(2, { staff: '退職太郎' }),
      line(3, { staff: '臨時' }),
    ];
    const before = await run(lines, { mode: 'preview' });
    expect(before.report.words.map((w) => [w.written, w.rows, w.how])).toEqual([
      ['退職 太郎', 2, 'unknown'],
      ['臨時', 1, 'unknown'],
    ]);
    const mappings = [
      { list: 'staff' as const, written: '退職 太郎', to: String(worker.staffId) },
      { list: 'staff' as const, written: '臨時', to: null },
    ];
    const auditBefore = lastAuditId(fixture().db);
    const { report } = await run(lines, { mappings });
    expect(report.written).toBe(true);
    // 臨時 mapped to no one: imported without a 担当者, and no warning since the user chose it.
    expect(report.problems).toEqual([]);
    expect(cases().map((c) => c.mainStaffId)).toEqual([worker.staffId, worker.staffId, null]);
    const audit = auditRows(auditBefore).find((row) => row.action === 'import.run');
    expect(JSON.parse(audit?.detail ?? '{}')).toMatchObject({ mappings: 2, mappingsRemembered: 2 });

    // The next ledger of the office: the same names are read the same way, without asking.
    const next = await run([line(4, { staff: '退職 太郎' }), line(5, { staff: '臨時' })], {
      mode: 'preview',
    });
    expect(next.report.problems).toEqual([]);
    expect(next.report.words.map((w) => [w.written, w.how, w.to])).toEqual([
      ['退職 太郎', 'remembered', String(worker.staffId)],
      ['臨時', 'remembered', null],
    ]);
  });
});

describe('unknown 経路, 分野 and 課題 words (issue 20, 5)', () => {
  const lines = [
    line(1, { route: 'FAX', fields: '高齢・医療', tags: '介護・ゴミ屋敷' }),
    line(2, { route: 'FAX', tags: 'ゴミ屋敷' }),
    line(3, { route: '電話', tags: '介護' }),
  ];

  it('are errors on their rows without a mapping, each named once for the wizard with its rows', async () => {
    const { report } = await run(lines, { mode: 'preview' });
    expect(report.counts).toMatchObject({ invalid: 2, ready: 1 });
    expect(report.words).toEqual([
      {
        list: 'route',
        written: 'FAX',
        rows: 2,
        firstRow: firstLedgerRow,
        how: 'unknown',
        to: null,
      },
      {
        list: 'field',
        written: '医療',
        rows: 1,
        firstRow: firstLedgerRow,
        how: 'unknown',
        to: null,
      },
      {
        list: 'tag',
        written: 'ゴミ屋敷',
        rows: 2,
        firstRow: firstLedgerRow,
        how: 'unknown',
        to: null,
      },
    ]);
  });

  it('mapped to a list word are read as it for every row that has them, and remembered', async () => {
    const mappings = [
      { list: 'route' as const, written: 'ＦＡＸ', to: 'other' },
      { list: 'field' as const, written: '医療', to: 'other' },
      { list: 'tag' as const, written: 'ゴミ屋敷', to: 'セルフネグレクト' },
    ];
    const preview = await run(lines, { mode: 'preview', mappings });
    expect(preview.report.counts).toMatchObject({ invalid: 0, ready: 3 });
    expect(preview.report.words.map((w) => [w.list, w.written, w.rows, w.how, w.to])).toEqual([
      ['route', 'FAX', 2, 'mapped', 'other'],
      ['field', '医療', 1, 'mapped', 'other'],
      ['tag', 'ゴミ屋敷', 2, 'mapped', 'セルフネグレクト'],
    ]);
    const { report } = await run(lines, { mappings });
    expect(report.counts.imported).toBe(3);
    const { db } = fixture();
    const [first, second] = cases();
    expect(first?.route).toBe('other');
    const tagsOf = (id = 0) =>
      db
        .select()
        .from(caseTag)
        .where(eq(caseTag.caseId, id))
        .all()
        .map((r) => r.tag)
        .sort();
    expect(tagsOf(first?.id)).toEqual(['セルフネグレクト', '介護']);
    expect(tagsOf(second?.id)).toEqual(['セルフネグレクト']);
    const again = await run([line(7, { route: 'fax', tags: 'ゴミ屋敷' })], { mode: 'preview' });
    expect(again.report.problems).toEqual([]);
    expect(again.report.words.map((w) => w.how)).toEqual(['remembered', 'remembered']);
  });

  it('added to the 課題 list by a 管理者 before importing, are on the list', async () => {
    const { db, admin, clock } = fixture();
    saveCodeList(db, admin, clock, { list: 'issueTag', labels: [...defaultIssueTags, 'ゴミ屋敷'] });
    const { report } = await run([line(1, { tags: '介護・ゴミ屋敷' })]);
    expect(report.problems).toEqual([]);
    const [only] = cases();
    expect(
      db
        .select()
        .from(caseTag)
        .where(eq(caseTag.caseId, only?.id ?? 0))
        .all()
        .map((r) => r.tag)
        .sort(),
    ).toEqual(['ゴミ屋敷', '介護']);
    expect(db.select().from(supportCase).all()).toHaveLength(1);
  });
});
