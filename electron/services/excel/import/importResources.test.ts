import { asc } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resource } from '../../../../db/schema';
import { setUpCaseWork, type CaseWorkFixture } from '../../cases/caseWork.testing';
import { createAgency } from '../../directory/agencyService';
import { parseCapacity } from './parseCapacity';
import { importResources } from './importResources';
import { workbookBytes, type FixtureCell } from './workbookBytes.testing';

let f: CaseWorkFixture;
beforeEach(() => {
  f = setUpCaseWork();
});
afterEach(() => f.cleanup());

const headings = [
  '社会資源名',
  '種別',
  '運営',
  '会場',
  '圏域',
  '開催日時',
  '定員',
  '対象者',
  '問い合わせ',
  '備考',
];

async function run(rows: FixtureCell[][], skipInvalid = false) {
  const bytes = await workbookBytes([
    { name: '社会資源', rows: [['社会資源一覧'], headings, ...rows, ['合計', rows.length]] },
  ]);
  return importResources(
    f.db,
    f.admin,
    f.clock,
    { fileName: '社会資源.xlsx', bytes },
    {
      mode: 'import',
      skipInvalid,
    },
  );
}

const resources = () =>
  f.db
    .select()
    .from(resource)
    .orderBy(asc(resource.id))
    .all()
    .map((r) => [r.name, r.kind, r.hostName, r.hostAgencyId, r.capacity, r.memo]);

describe('importing a 社会資源一覧', () => {
  it('adds each resource, linking a host that is in the directory', async () => {
    const shakyo = createAgency(f.db, f.admin, f.clock, {
      agency: {
        name: 'みどり町社会福祉協議会',
        kind: 'shakyo',
        contactPerson: '',
        phone: '',
        address: '',
        shienMeetingMember: false,
        active: true,
        memo: '',
      },
    });
    const lines: FixtureCell[][] = [
      [
        'ふれあいサロン東',
        'サロン',
        'みどり町 社会福祉協議会',
        '東公民館',
        '東圏域',
        '毎週火曜 10時',
        '20名',
        '高齢者',
        '0123-45-1111',
        '',
      ],
      ['みどり農園', '農福連携', '農園 一郎', '西地区', '西圏域', '随時', 5, '', '', ''],
      ['まちの縁側', '交流スペース', null, null, null, null, 'なし', null, null, '土日休み'],
    ];
    const { report } = await run(lines);
    expect(report.counts).toMatchObject({ rows: 3, imported: 3, invalid: 0 });
    expect(resources()).toEqual([
      ['ふれあいサロン東', 'salon', 'みどり町 社会福祉協議会', shakyo.id, 20, ''],
      ['みどり農園', 'farming', '農園 一郎', null, 5, ''],
      ['まちの縁側', 'other', '', null, null, '種類: 交流スペース\n土日休み'],
    ]);
    expect(report.problems.map((p) => [p.row, p.letter, p.severity])).toEqual([
      [5, 'B', 'warning'],
    ]);

    const again = await run(lines);
    expect(again.report.counts).toMatchObject({ imported: 0, duplicates: 3 });
  });

  it('refuses a 定員 that is not a number of people', async () => {
    const { report } = await run([
      ['居場所A', '居場所', null, null, null, null, 'たくさん', null, null, null],
    ]);
    expect(report.written).toBe(false);
    expect(report.problems.map((p) => p.message)).toEqual([
      '定員は人数（例: 10、10名）で書いてください（たくさん）',
    ]);
    expect(resources()).toEqual([]);
  });

  it.each([
    [12, 12],
    ['12', 12],
    ['１２名', 12],
    ['約10人', 10],
    ['', null],
    ['制限なし', null],
  ])('定員 %j → %j', (cell, capacity) => {
    expect(parseCapacity(cell)).toEqual({ ok: true, value: capacity });
  });
});
