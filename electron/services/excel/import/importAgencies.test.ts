import { asc } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { agency } from '../../../../db/schema';
import { setUpCaseWork, type CaseWorkFixture } from '../../cases/caseWork.testing';
import { createAgency } from '../../directory/agencyService';
import { importAgencies } from './importAgencies';
import { workbookBytes, type FixtureCell } from './workbookBytes.testing';

let f: CaseWorkFixture;
beforeEach(() => {
  f = setUpCaseWork();
});
afterEach(() => f.cleanup());

const headings = ['No', '機関名', '区分', '担当者', 'ＴＥＬ', '住所', '支援会議構成員', '備考'];

async function run(rows: FixtureCell[][], skipInvalid = false) {
  const bytes = await workbookBytes([
    {
      name: '関係機関',
      rows: [
        ['関係機関一覧（令和7年4月現在）'],
        null,
        headings,
        ...rows,
        ['計', `${rows.length}か所`],
      ],
      merges: ['A1:H1'],
    },
  ]);
  return importAgencies(
    f.db,
    f.admin,
    f.clock,
    { fileName: '関係機関.xlsx', bytes },
    {
      mode: 'import',
      skipInvalid,
    },
  );
}

const agencies = () =>
  f.db
    .select()
    .from(agency)
    .orderBy(asc(agency.id))
    .all()
    .map((a) => [
      a.name,
      a.kind,
      a.contactPerson,
      a.phone,
      a.address,
      a.shienMeetingMember,
      a.memo,
    ]);

const lines: FixtureCell[][] = [
  [1, 'みどり町地域包括支援センター', '包括', '包括 花子', '0123-45-0001', 'みどり町1-1', '○', ''],
  [2, 'みどり町社会福祉協議会', '社協', null, 123450002, 'みどり町2-2', '×', '土日休み'],
  [3, 'ふれあい食堂', 'こども食堂', '食堂 太郎', null, null, null, null],
];

describe('importing a 関係機関一覧', () => {
  it('adds each agency with its kind read from the office’s own words', async () => {
    const { report } = await run(lines);
    expect(report.counts).toMatchObject({ rows: 3, imported: 3, invalid: 0 });
    expect(agencies()).toEqual([
      [
        'みどり町地域包括支援センター',
        'houkatsu',
        '包括 花子',
        '0123-45-0001',
        'みどり町1-1',
        true,
        '',
      ],
      ['みどり町社会福祉協議会', 'shakyo', '', '0123450002', 'みどり町2-2', false, '土日休み'],
      ['ふれあい食堂', 'other', '食堂 太郎', '', '', false, '種別: こども食堂'],
    ]);
    expect(report.problems).toEqual([
      {
        row: 6,
        header: '区分',
        letter: 'C',
        severity: 'warning',
        message: '種別「こども食堂」は一覧にないため「その他」とし、メモに残します',
      },
    ]);
  });

  it('skips agencies already in the directory (by name), so importing twice adds nothing', async () => {
    createAgency(f.db, f.admin, f.clock, {
      agency: {
        name: 'みどり町 社会福祉協議会',
        kind: 'shakyo',
        contactPerson: '',
        phone: '',
        address: '',
        shienMeetingMember: true,
        active: true,
        memo: '',
      },
    });
    const first = await run(lines);
    expect(first.report.counts).toMatchObject({ imported: 2, duplicates: 1 });
    const second = await run(lines);
    expect(second.report.counts).toMatchObject({ imported: 0, duplicates: 3 });
    expect(agencies()).toHaveLength(3);
  });

  it('writes nothing when a row is wrong, unless told to skip it', async () => {
    const bad: FixtureCell[][] = [...lines, [4, null, '医療', null, null, null, '多分', null]];
    const refused = await run(bad);
    expect(refused.report.written).toBe(false);
    expect(
      refused.report.problems
        .filter((p) => p.severity === 'error')
        .map((p) => [p.row, p.letter, p.message]),
    ).toEqual([
      [7, 'B', '機関名がありません'],
      [7, 'G', '支援会議は ○（構成員）か ×（構成員でない）にしてください（多分）'],
    ]);
    expect(agencies()).toEqual([]);
    const skipped = await run(bad, true);
    expect(skipped.report.counts).toMatchObject({ imported: 3, invalid: 1 });
  });
});
