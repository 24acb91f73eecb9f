import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTransaction } from '../../../db/database';
import { buildCase, buildPerson, buildPersonWithCase } from '../../../db/testing/caseBuilders';
import { noteCreateInput, noteUpdateInput } from '../../contract/schemas/caseWork';
import type { CallInput } from '../../contract/types';
import type { Actor } from '../audit/actor';
import { verifyAuditChain } from '../audit/verifyAuditChain';
import { getCase } from '../cases/caseDetail';
import {
  auditTrail,
  lastAuditId,
  refusal,
  setUpCaseWork,
  type CaseWorkFixture,
} from '../cases/caseWork.testing';
import { createNote, updateNote } from '../cases/noteService';
import { updateCase } from '../cases/updateCase';
import { homeDashboard } from '../dashboard/homeDashboard';
import { completeNextAction } from './completeNextAction';
import { myNextActions, nextActionListLimit } from './myNextActions';

let f: CaseWorkFixture;
let caseId: number;
let caseNumber: string;
// Monday 2026-06-08 at 00:30 in Japan: still Sunday 6月7日 in UTC.
const justAfterMidnight = '2026-06-07T15:30:00.000Z';
const today = '2026-06-08';

function note(
  actor: Actor,
  fields: Partial<CallInput<'note.create'>> & { nextAction?: string },
  onCase = caseId,
) {
  return createNote(
    f.db,
    actor,
    f.clock,
    noteCreateInput.parse({
      caseId: onCase,
      occurredAt: '2026-06-05T10:00',
      means: 'phone',
      facts: '電話で話した。',
      ...fields,
    }),
  );
}

const texts = (actor: Actor) => {
  const mine = myNextActions(f.db, actor, today);
  return {
    today: mine.today.rows.map((r) => r.text),
    overdue: mine.overdue.rows.map((r) => r.text),
  };
};

beforeAll(() => {
  f = setUpCaseWork();
  f.clock.set(justAfterMidnight);
  const made = withTransaction(f.db, (tx) =>
    buildPersonWithCase(tx, { name: '予定 太郎' }, { mainStaffId: f.worker.staffId }),
  );
  caseId = made.caseId;
  caseNumber = made.caseNumber;
});
afterAll(() => f.cleanup());

describe('次の対応 with a date', () => {
  it('lists a note dated today for its writer on ホーム (Japan date), and done takes it off', () => {
    const written = note(f.worker, { nextAction: '母に電話する', nextActionOn: today });
    expect(written.nextActionDue).toMatchObject({
      dueOn: today,
      staffId: f.worker.staffId,
      staffName: '相談 一郎',
      doneAt: null,
    });
    const home = homeDashboard(f.db, f.worker, f.clock).myNextActions;
    expect(home.today).toEqual({
      rows: [
        {
          id: written.nextActionDue?.id,
          noteId: written.id,
          caseId,
          caseNumber,
          personName: '予定 太郎',
          text: '母に電話する',
          dueOn: today,
          noteOccurredAt: '2026-06-05T10:00',
          daysOverdue: 0,
        },
      ],
      total: 1,
    });
    expect(texts(f.otherWorker)).toEqual({ today: [], overdue: [] });

    const before = lastAuditId(f.db);
    f.clock.set('2026-06-08T01:00:00.000Z');
    const done = completeNextAction(f.db, f.worker, f.clock, {
      id: written.nextActionDue?.id ?? 0,
    });
    expect(done).toMatchObject({ doneAt: '2026-06-08T01:00:00.000Z', doneByName: '相談 一郎' });
    expect(auditTrail(f.db, before)).toEqual([`nextAction.complete note:${written.id}`]);
    expect(texts(f.worker).today).toEqual([]);
    // The case screen keeps who did it and when.
    const shown = getCase(f.db, f.worker, f.clock, { id: caseId }).notes.find(
      (n) => n.id === written.id,
    );
    expect(shown?.nextActionDue).toMatchObject({ doneByName: '相談 一郎', dueOn: today });
    // Done once: a second time says who did it.
    expect(refusal(() => completeNextAction(f.db, f.admin, f.clock, { id: done.id }))).toEqual({
      code: 'CONFLICT',
      paths: [],
      message: 'この次の対応は相談 一郎さんがすでに完了にしています。',
    });
    f.clock.set(justAfterMidnight);
  });

  it('lists past dates as 期限切れ oldest first with their days, and future dates nowhere yet', () => {
    note(f.worker, { nextAction: '家庭訪問', nextActionOn: '2026-06-05' });
    note(f.worker, { nextAction: '書類を届ける', nextActionOn: '2026-06-07' });
    note(f.worker, { nextAction: '来週の会議の準備', nextActionOn: '2026-06-09' });
    note(f.worker, { nextAction: '日付のない対応' });
    const mine = myNextActions(f.db, f.worker, today);
    expect(mine.overdue.rows.map((r) => [r.text, r.daysOverdue])).toEqual([
      ['家庭訪問', 3],
      ['書類を届ける', 1],
    ]);
    expect(mine.overdue.total).toBe(2);
    expect(mine.today.total).toBe(0);
  });

  it('gives the item to another staff member who may see the case, and refuses one who may not', () => {
    const given = note(f.worker, {
      nextAction: '地域包括に連絡',
      nextActionOn: today,
      nextActionStaffId: f.otherWorker.staffId,
    });
    expect(given.nextActionDue?.staffName).toBe('相談 二郎');
    expect(texts(f.otherWorker).today).toEqual(['地域包括に連絡']);
    expect(texts(f.worker).today).not.toContain('地域包括に連絡');
    // A 閲覧 account cannot do anything on a case; a disabled one is nobody.
    expect(
      refusal(() =>
        note(f.worker, {
          nextAction: 'x',
          nextActionOn: today,
          nextActionStaffId: f.viewer.staffId,
        }),
      ),
    ).toMatchObject({ code: 'VALIDATION', paths: ['nextActionStaffId'] });
  });

  it('keeps a 閲覧制限 case’s items to those who may see it', () => {
    const hidden = withTransaction(f.db, (tx) =>
      buildPersonWithCase(
        tx,
        { name: '秘匿 花子' },
        { mainStaffId: f.worker.staffId, restricted: true },
      ),
    );
    // Someone outside the restricted case cannot be given its item …
    expect(
      refusal(() =>
        note(
          f.worker,
          { nextAction: '面談', nextActionOn: today, nextActionStaffId: f.otherWorker.staffId },
          hidden.caseId,
        ),
      ),
    ).toMatchObject({ code: 'VALIDATION', paths: ['nextActionStaffId'] });
    // … 管理者 can.
    const toAdmin = note(
      f.worker,
      { nextAction: '面談', nextActionOn: today, nextActionStaffId: f.admin.staffId },
      hidden.caseId,
    );
    expect(texts(f.admin).today).toContain('面談');

    // An ordinary case's item stays with its staff member until the case is restricted without
    // them: then it leaves their ホーム and they cannot complete it.
    const later = withTransaction(f.db, (tx) =>
      buildPersonWithCase(tx, { name: '後で 制限' }, { mainStaffId: f.worker.staffId }),
    );
    const theirs = note(
      f.worker,
      {
        nextAction: '後で制限される',
        nextActionOn: today,
        nextActionStaffId: f.otherWorker.staffId,
      },
      later.caseId,
    );
    expect(texts(f.otherWorker).today).toContain('後で制限される');
    updateCase(f.db, f.worker, f.clock, { id: later.caseId, restricted: true });
    expect(texts(f.otherWorker).today).not.toContain('後で制限される');
    expect(
      refusal(() =>
        completeNextAction(f.db, f.otherWorker, f.clock, { id: theirs.nextActionDue?.id ?? 0 }),
      ),
    ).toMatchObject({ code: 'NOT_FOUND', message: '次の対応が見つかりません。' });

    // A household hidden by another restricted case hides the items of its other cases too.
    const sibling = withTransaction(f.db, (tx) => {
      const p = buildPerson(tx, { name: '同世帯 次郎', householdId: hidden.householdId });
      return buildCase(tx, {
        personId: p.id,
        householdId: hidden.householdId,
        mainStaffId: f.otherWorker.staffId,
      }).id;
    });
    expect(
      refusal(() => note(f.otherWorker, { nextAction: '同世帯', nextActionOn: today }, sibling))
        .code,
    ).toBe('NOT_FOUND');
    expect(toAdmin.nextActionDue?.staffName).toBe(f.admin.displayName);
  });

  it('refuses a date without 次の対応 and a staff member without a date', () => {
    const dateOnly = noteCreateInput.safeParse({
      caseId,
      occurredAt: '2026-06-05T10:00',
      means: 'phone',
      nextActionOn: today,
    });
    expect(dateOnly.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['nextAction', '期日を付けるときは次の対応を書いてください'],
    ]);
    const staffOnly = noteCreateInput.safeParse({
      caseId,
      occurredAt: '2026-06-05T10:00',
      means: 'phone',
      nextAction: '電話',
      nextActionStaffId: 2,
    });
    expect(staffOnly.error?.issues.map((i) => i.path.join('.'))).toEqual(['nextActionOn']);
  });

  it('moves, reassigns or takes off an open item by correcting the note, and audits the fields', () => {
    const written = note(f.worker, { nextAction: '訂正される', nextActionOn: '2026-06-20' });
    const correct = (fields: Partial<CallInput<'note.update'>>) =>
      updateNote(
        f.db,
        f.worker,
        f.clock,
        noteUpdateInput.parse({
          id: written.id,
          occurredAt: written.occurredAt,
          means: written.means,
          facts: written.facts,
          nextAction: written.nextAction,
          ...fields,
        }),
      );
    const before = lastAuditId(f.db);
    expect(correct({ nextActionOn: today }).nextActionDue?.dueOn).toBe(today);
    expect(texts(f.worker).today).toContain('訂正される');
    // No staff given keeps the one it has.
    expect(correct({ nextActionOn: today }).nextActionDue?.staffName).toBe('相談 一郎');
    expect(
      correct({ nextActionOn: today, nextActionStaffId: f.otherWorker.staffId }).nextActionDue
        ?.staffName,
    ).toBe('相談 二郎');
    expect(texts(f.otherWorker).today).toContain('訂正される');
    expect(correct({ nextActionOn: null }).nextActionDue).toBeNull();
    expect(texts(f.otherWorker).today).not.toContain('訂正される');
    const fields = f.db.query.auditLog
      .findMany({ where: (a, { gt }) => gt(a.id, before) })
      .sync()
      .map((row) => (JSON.parse(row.detail) as { fields?: string[] }).fields);
    // The save that changed nothing wrote nothing (no audit row, no version).
    expect(fields).toEqual([
      ['nextActionOn'],
      ['nextActionStaffId'],
      ['nextActionOn', 'nextActionStaffId'],
    ]);
  });

  it('keeps a done item as it was done: a correction may not move it', () => {
    const written = note(f.worker, { nextAction: '完了後に訂正', nextActionOn: today });
    completeNextAction(f.db, f.worker, f.clock, { id: written.nextActionDue?.id ?? 0 });
    const correct = (nextActionOn: string | null) =>
      updateNote(
        f.db,
        f.worker,
        f.clock,
        noteUpdateInput.parse({
          id: written.id,
          occurredAt: written.occurredAt,
          means: written.means,
          facts: '訂正した内容',
          nextAction: written.nextAction,
          nextActionOn,
        }),
      );
    expect(refusal(() => correct('2026-06-30')).code).toBe('CONFLICT');
    expect(refusal(() => correct(null)).code).toBe('CONFLICT');
    expect(correct(today).nextActionDue?.doneByName).toBe('相談 一郎');
  });

  it('shows at most the list limit and counts the rest', () => {
    const many = withTransaction(f.db, (tx) =>
      buildPersonWithCase(tx, { name: '多い 予定' }, { mainStaffId: f.admin.staffId }),
    );
    for (let i = 0; i < nextActionListLimit + 3; i += 1) {
      note(f.admin, { nextAction: `予定 ${i}`, nextActionOn: today }, many.caseId);
    }
    const mine = myNextActions(f.db, f.admin, today);
    expect(mine.today.rows).toHaveLength(nextActionListLimit);
    expect(mine.today.total).toBe(nextActionListLimit + 3 + 1);
  });

  it('leaves the audit chain whole', () => {
    expect(verifyAuditChain(f.db).problems).toEqual([]);
  });
});
