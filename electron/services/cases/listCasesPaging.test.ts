import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTransaction } from '../../../db/database';
import { supportCase } from '../../../db/schema';
import { buildPersonWithCase, buildStaff } from '../../../db/testing/caseBuilders';
import { createTestDb, type TestDb } from '../../../db/testing/createTestDb';
import { stages } from '../../contract/caseCodes';
import { AppError } from '../../contract/errors';
import { caseListInput } from '../../contract/schemas/caseWork';
import type { CallInput } from '../../contract/types';
import type { Actor } from '../audit/actor';
import { listCases } from './listCases';
import { encodeCursor } from './listCasesCursor';
import type { CaseListSort } from './listCasesSort';
import { calendarDate } from '../../contract/japaneseDate/japanTime';

let testDb: TestDb;
let admin: Actor;
let worker: Actor;
type Row = {
  id: number;
  receivedOn: string;
  stage: string;
  fiscalYear: number;
  seq: number;
  restricted: boolean;
};
let rows: Row[];

// 120 cases over 40 days (three a day, so sort keys tie), every stage, both 年度, 1 in 10 restricted.
beforeAll(() => {
  testDb = createTestDb();
  withTransaction(testDb.db, (tx) => {
    admin = buildStaff(tx, 'kanri', 'admin');
    worker = buildStaff(tx, 'soudan', 'worker');
    for (let i = 0; i < 120; i += 1) {
      buildPersonWithCase(
        tx,
        { name: `本人 ${i}` },
        {
          receivedOn: calendarDate(2026, 3, 10 + Math.floor(i / 3)),
          stage: stages.codes[(i * 5) % stages.codes.length],
          restricted: i % 10 === 0,
        },
      );
    }
  });
  rows = testDb.db.select().from(supportCase).all();
});
afterAll(() => testDb.cleanup());

const stageRank = (stage: string) => stages.codes.indexOf(stage as (typeof stages.codes)[number]);
const compare: Record<CaseListSort, (a: Row, b: Row) => number> = {
  receivedDesc: (a, b) => b.receivedOn.localeCompare(a.receivedOn) || b.id - a.id,
  receivedAsc: (a, b) => a.receivedOn.localeCompare(b.receivedOn) || a.id - b.id,
  caseNumber: (a, b) => a.fiscalYear - b.fiscalYear || a.seq - b.seq,
  stage: (a, b) => stageRank(a.stage) - stageRank(b.stage) || compare.receivedDesc(a, b),
};

function pageThrough(actor: Actor, sort: CaseListSort) {
  const pages: Array<{ ids: number[]; total: number }> = [];
  let cursor: string | null = null;
  do {
    const result = listCases(
      testDb.db,
      actor,
      caseListInput.parse({ status: 'all', sort, cursor }),
    );
    pages.push({ ids: result.rows.map((r) => r.id), total: result.total });
    cursor = result.nextCursor;
  } while (cursor !== null && pages.length < 10);
  return pages;
}

describe('listCases: keyset paging', () => {
  it.each(Object.keys(compare) as CaseListSort[])(
    'pages through 120 cases 50 at a time by %s: each exactly once, in order',
    (sort) => {
      const pages = pageThrough(admin, sort);
      expect(pages.map((p) => p.ids.length)).toEqual([50, 50, 20]);
      expect(pages.map((p) => p.total)).toEqual([120, 120, 120]);
      expect(pages.flatMap((p) => p.ids)).toEqual([...rows].sort(compare[sort]).map((r) => r.id));
    },
  );

  it.each(Object.keys(compare) as CaseListSort[])(
    'pages by %s without the 12 restricted cases for an unassigned 相談員',
    (sort) => {
      const pages = pageThrough(worker, sort);
      const visible = rows.filter((r) => !r.restricted).sort(compare[sort]);
      expect(pages.map((p) => p.ids.length)).toEqual([50, 50, 8]);
      expect(pages.map((p) => p.total)).toEqual([108, 108, 108]);
      expect(pages.flatMap((p) => p.ids)).toEqual(visible.map((r) => r.id));
    },
  );
});

describe('listCases: cursors', () => {
  const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

  it.each<[string, string, CaseListSort?]>([
    ['not base64url', 'not a cursor!'],
    ['not JSON', Buffer.from('{{{').toString('base64url')],
    ['JSON null', b64(null)],
    ['an array', b64([])],
    ['another sort’s cursor', encodeCursor('receivedAsc', ['2026-04-01', 1])],
    ['a key too short', b64({ s: 'receivedDesc', k: ['2026-04-01'] })],
    ['an id as text', b64({ s: 'receivedDesc', k: ['2026-04-01', '1'] })],
    ['SQL in the date', b64({ s: 'receivedDesc', k: ["2026-04-01' OR 1=1 --", 1] })],
    ['a negative id', b64({ s: 'receivedDesc', k: ['2026-04-01', -1] })],
    ['a fractional id', b64({ s: 'receivedDesc', k: ['2026-04-01', 1.5] })],
    ['an extra field', b64({ s: 'receivedDesc', k: ['2026-04-01', 1], x: 1 })],
    ['padding added', `${encodeCursor('receivedDesc', ['2026-04-01', 1])}=`],
    ['a stage key out of range', b64({ s: 'stage', k: [99, '2026-04-01', 1] }), 'stage'],
    ['a year out of range', b64({ s: 'caseNumber', k: [99999, 1] }), 'caseNumber'],
  ])('refuses a forged cursor: %s', (_, cursor, sort = 'receivedDesc') => {
    const input: CallInput<'case.list'> = { sort, cursor };
    let error: unknown;
    try {
      listCases(testDb.db, admin, caseListInput.parse(input));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'VALIDATION', issues: [{ path: 'cursor' }] });
    expect((error as AppError).message).toMatch(/一覧/u);
  });

  it('accepts a cursor it wrote, for the same sort', () => {
    const first = listCases(testDb.db, admin, caseListInput.parse({ limit: 5 }));
    expect(first.nextCursor).not.toBeNull();
    const second = listCases(
      testDb.db,
      admin,
      caseListInput.parse({ limit: 5, cursor: first.nextCursor }),
    );
    expect(second.rows).toHaveLength(5);
    expect(second.rows[0]?.id).not.toBe(first.rows[0]?.id);
  });
});
