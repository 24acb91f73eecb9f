import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseListInput } from '../../contract/schemas/caseWork';
import type { CallInput } from '../../contract/types';
import type { Actor } from '../audit/actor';
import { listCases } from './listCases';
import { setUpCaseList } from './listCasesFixture.testing';

let fx: ReturnType<typeof setUpCaseList>;
beforeAll(() => {
  fx = setUpCaseList();
});
afterAll(() => fx.cleanup());

/** The labels (A…S) of the cases listed, in order, and the total. */
function list(input: CallInput<'case.list'> = {}, actor: Actor = fx.staff.admin) {
  const result = listCases(fx.db, actor, caseListInput.parse(input));
  const labelOf = new Map(Object.keys(fx.cases).map((label) => [fx.idOf(label), label]));
  return { labels: result.rows.map((row) => labelOf.get(row.id)), total: result.total };
}

describe('listCases: filters', () => {
  it.each<[string, CallInput<'case.list'>, string[]]>([
    [
      'open cases by default, newest first (same day: higher id first)',
      {},
      ['F', 'E', 'S', 'R', 'C', 'B', 'A'],
    ],
    ['closed cases', { status: 'closed' }, ['D']],
    ['every case', { status: 'all' }, ['F', 'E', 'S', 'R', 'C', 'B', 'A', 'D']],
    ['chosen stages', { stages: ['intake', 'support'] }, ['S', 'C', 'A']],
    ['a stage outside the status: nothing', { status: 'closed', stages: ['intake'] }, []],
    ['相談分野', { field: 'poverty' }, ['B']],
    ['相談分野 with closed cases', { field: 'poverty', status: 'all' }, ['B', 'D']],
    ['課題', { tag: '8050問題' }, ['C', 'A']],
    ['多機関協働', { coordination: true }, ['C', 'B']],
    ['not 多機関協働', { coordination: false }, ['F', 'E', 'S', 'R', 'A']],
    [
      '受付日 from and to, both inclusive',
      { receivedFrom: '2026-04-20', receivedTo: '2026-05-20' },
      ['R', 'C', 'B'],
    ],
    ['受付日 from only', { receivedFrom: '2026-05-21' }, ['F', 'E', 'S']],
  ])('lists %s', (_, input, expected) => {
    expect(list(input)).toEqual({ labels: expected, total: expected.length });
  });

  it('filters by staff as 主担当 or 副担当', () => {
    expect(list({ staffId: fx.staff.w1.staffId }).labels).toEqual(['R', 'B', 'A']);
    expect(list({ staffId: fx.staff.w1.staffId, status: 'all' }).labels).toEqual([
      'R',
      'B',
      'A',
      'D',
    ]);
    expect(list({ staffId: fx.staff.w3.staffId }).labels).toEqual(['R']);
    expect(list({ staffId: fx.staff.viewer.staffId })).toEqual({ labels: [], total: 0 });
  });

  it.each<[string, CallInput<'case.list'>['consent'], string[]]>([
    [
      'the latest record wins (撤回 after 同意, an older 同意 entered later)',
      { kind: 'infoSharing', state: 'withdrawn' },
      ['A'],
    ],
    ['同意あり now', { kind: 'infoSharing', state: 'given' }, ['B']],
    [
      '未確認: recorded so, or never recorded',
      { kind: 'infoSharing', state: 'unconfirmed' },
      ['F', 'E', 'S', 'R', 'C'],
    ],
    [
      'two records on one day: the later entry wins',
      { kind: 'application', state: 'refused' },
      ['B'],
    ],
    ['no case has 相談申込 同意あり now', { kind: 'application', state: 'given' }, []],
  ])('filters by current consent: %s', (_, consent, expected) => {
    expect(list({ consent })).toEqual({ labels: expected, total: expected.length });
  });

  it('combines filters', () => {
    expect(
      list({ staffId: fx.staff.w2.staffId, coordination: true, tag: '8050問題' }).labels,
    ).toEqual(['C']);
  });
});

describe('listCases: sorts', () => {
  it.each<[CallInput<'case.list'>['sort'], string[]]>([
    ['receivedDesc', ['F', 'E', 'S', 'R', 'C', 'B', 'A', 'D']],
    ['receivedAsc', ['D', 'A', 'B', 'C', 'R', 'S', 'E', 'F']],
    // D is R7-0001 (2025年度); the others R8-0001… in the order they were taken.
    ['caseNumber', ['D', 'A', 'B', 'C', 'E', 'F', 'R', 'S']],
    // 受付 → アセスメント → プラン作成 → 支援中 → モニタリング → 終結 → 中断, newest first within.
    ['stage', ['S', 'A', 'B', 'R', 'C', 'F', 'D', 'E']],
  ])('sorts by %s', (sort, expected) => {
    expect(list({ sort, status: 'all' }).labels).toEqual(expected);
  });

  it('returns summary lines with names, fields and tags', () => {
    const result = listCases(fx.db, fx.staff.admin, caseListInput.parse({ tag: 'ヤングケアラー' }));
    expect(result.rows).toEqual([
      expect.objectContaining({
        caseNumber: 'R8-0002',
        personName: '本人 B',
        stage: 'assessment',
        fields: ['child', 'poverty'],
        tags: ['ヤングケアラー'],
        mainStaffName: 'w2',
        coordination: true,
      }),
    ]);
    expect(result.nextCursor).toBeNull();
  });
});

describe('listCases: 閲覧制限', () => {
  it.each(['w2', 'viewer'] as const)(
    'hides the restricted case and its household from an unassigned %s (rows and total)',
    (who) => {
      const actor = fx.staff[who];
      expect(list({ status: 'all' }, actor)).toEqual({
        labels: ['F', 'E', 'C', 'B', 'A', 'D'],
        total: 6,
      });
      expect(list({ stages: ['planning'] }, actor)).toEqual({ labels: [], total: 0 });
      expect(list({ staffId: fx.staff.w1.staffId }, actor).total).toBe(2);
    },
  );

  it.each(['w1', 'w3', 'admin'] as const)('shows it to %s (主担当, 副担当, 管理者)', (who) => {
    expect(list({ status: 'all' }, fx.staff[who])).toEqual({
      labels: ['F', 'E', 'S', 'R', 'C', 'B', 'A', 'D'],
      total: 8,
    });
  });
});
