import { eq, gt } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTransaction } from '../../../db/database';
import { auditLog, outreachTarget } from '../../../db/schema';
import { noteCreateInput } from '../../contract/schemas/caseWork';
import { meetingSetAttendeesInput } from '../../contract/schemas/meeting';
import type { Actor } from '../audit/actor';
import {
  auditTrail,
  lastAuditId,
  newHouseholdIntake,
  refusal,
  setUpCaseWork,
  type CaseWorkFixture,
} from '../cases/caseWork.testing';
import { intakeCase } from '../cases/intakeCase';
import { createNote, withdrawNote } from '../cases/noteService';
import { updateCase } from '../cases/updateCase';
import { buildMeeting } from '../dashboard/dashboard.testing';
import { createMeeting } from '../meetings/meetingHeader';
import { meetingInput } from '../meetings/meetings.testing';
import { setMeetingAttendees } from '../meetings/setMeetingAttendees';
import { addOutreachContact } from '../outreach/addOutreachContact';
import { contactInput, targetInput } from '../outreach/outreach.testing';
import { createOutreach } from '../outreach/outreachRecords';
import { printDailyRecord } from '../print/printDailyRecord';
import { buildDailyRecord, getDailyRecord } from './dailyRecord';

let f: CaseWorkFixture;
const day = '2026-06-08';
let open: ReturnType<typeof intakeCase>;
let hidden: ReturnType<typeof intakeCase>;

function note(actor: Actor, caseId: number, occurredAt: string, facts: string, more = {}) {
  return createNote(
    f.db,
    actor,
    f.clock,
    noteCreateInput.parse({ caseId, occurredAt, means: 'phone', facts, ...more }),
  );
}

beforeAll(() => {
  f = setUpCaseWork();
  f.clock.set('2026-06-08T09:00:00.000Z');
  const { worker, otherWorker } = f;
  open = intakeCase(f.db, worker, f.clock, newHouseholdIntake(worker.staffId, { receivedOn: day }));
  // A DV case of the other worker, received the same day, restricted.
  hidden = intakeCase(
    f.db,
    otherWorker,
    f.clock,
    newHouseholdIntake(
      otherWorker.staffId,
      { receivedOn: day, chiefComplaint: '夫からの暴力' },
      { name: '秘匿 さくら', birthDate: '1990-05-05' },
    ),
  );
  updateCase(f.db, otherWorker, f.clock, { id: hidden.caseId, restricted: true });

  note(worker, open.caseId, `${day}T14:00`, '午後に自宅を訪問した。', {
    means: 'homeVisit',
    assessment: '長男に拒否はない。',
    nextAction: '手紙を届ける',
    nextActionOn: '2026-06-10',
    minutes: 60,
  });
  note(worker, open.caseId, `${day}T09:30`, '朝、長女から電話。', { minutes: 15 });
  note(worker, open.caseId, '2026-06-07T23:59', '前の日の記録。');
  note(worker, open.caseId, '2026-06-09T00:00', '次の日の記録。');
  note(otherWorker, open.caseId, `${day}T11:00`, '二郎が電話を受けた。');
  note(otherWorker, hidden.caseId, `${day}T10:00`, '秘匿ケースの面談。');

  const target = createOutreach(f.db, worker, f.clock, targetInput({ raisedOn: '2026-06-01' }));
  addOutreachContact(f.db, worker, f.clock, contactInput(target.id, { contactedOn: day }));
  addOutreachContact(f.db, worker, f.clock, contactInput(target.id, { contactedOn: '2026-06-07' }));

  createMeeting(
    f.db,
    f.admin,
    f.clock,
    meetingInput('case', { heldOn: day, title: '一郎が司会', chairStaffId: worker.staffId }),
  );
  const attended = createMeeting(
    f.db,
    f.admin,
    f.clock,
    meetingInput('study', { heldOn: day, title: '一郎が出席', startTime: '10:00' }),
  );
  setMeetingAttendees(
    f.db,
    f.admin,
    f.clock,
    meetingSetAttendeesInput.parse({
      meetingId: attended.id,
      attendees: [{ staffId: worker.staffId }],
    }),
  );
  createMeeting(f.db, f.admin, f.clock, meetingInput('case', { heldOn: day, title: '二郎だけ' }));
  withTransaction(f.db, (tx) =>
    buildMeeting(tx, { heldOn: day, title: '中止した会議', status: 'cancelled' }),
  );
});
afterAll(() => f.cleanup());

describe('一日の相談記録', () => {
  it('gathers one staff member’s notes (by time), intakes, contacts and meetings of the day', () => {
    const record = buildDailyRecord(f.db, f.admin, { date: day, staffId: f.worker.staffId });
    expect(record.staffName).toBe('相談 一郎');
    expect(record.notes.map((n) => [n.time, n.facts])).toEqual([
      ['09:30', '朝、長女から電話。'],
      ['14:00', '午後に自宅を訪問した。'],
    ]);
    expect(record.notes[1]).toMatchObject({
      caseNumber: open.caseNumber,
      personName: '山田 太郎',
      means: 'homeVisit',
      staffName: '相談 一郎',
      assessment: '長男に拒否はない。',
      nextAction: '手紙を届ける',
      nextActionOn: '2026-06-10',
      minutes: 60,
      restricted: false,
    });
    expect(record.intakes.map((i) => [i.caseNumber, i.receivedByName, i.fields])).toEqual([
      [open.caseNumber, '相談 一郎', ['elderly', 'poverty']],
    ]);
    expect(record.contacts.map((c) => [c.targetName, c.method, c.result])).toEqual([
      ['川上 一夫', 'visit', 'met'],
    ]);
    // Chaired or attended; another's meeting and a 中止 one are not theirs.
    expect(record.meetings.map((m) => [m.startTime, m.title, m.kindName])).toEqual([
      ['10:00', '一郎が出席', '事例検討'],
      ['14:00', '一郎が司会', 'ケース会議'],
    ]);
  });

  it('shows the whole office’s day without the 閲覧制限 cases the viewer may not see', () => {
    const forWorker = buildDailyRecord(f.db, f.worker, { date: day, staffId: null });
    expect(forWorker.staffName).toBeNull();
    expect(forWorker.notes.map((n) => n.facts)).toEqual([
      '朝、長女から電話。',
      '二郎が電話を受けた。',
      '午後に自宅を訪問した。',
    ]);
    expect(forWorker.intakes.map((i) => i.personName)).toEqual(['山田 太郎']);
    expect(forWorker.meetings.map((m) => m.title)).not.toContain('中止した会議');
    expect(forWorker.meetings).toHaveLength(3);
    // Its 主担当 and 管理者 see it, marked.
    for (const allowed of [f.otherWorker, f.admin]) {
      const record = buildDailyRecord(f.db, allowed, { date: day, staffId: null });
      expect(record.notes.find((n) => n.facts === '秘匿ケースの面談。')?.restricted).toBe(true);
      expect(record.intakes.map((i) => i.personName)).toContain('秘匿 さくら');
    }
    // Asking for the other worker's day does not reveal it either.
    const theirs = buildDailyRecord(f.db, f.worker, {
      date: day,
      staffId: f.otherWorker.staffId,
    });
    expect(theirs.notes.map((n) => n.facts)).toEqual(['二郎が電話を受けた。']);
    expect(theirs.intakes).toEqual([]);
  });

  it('hides a contact whose outreach record links to a case the viewer may not see', () => {
    const linked = createOutreach(
      f.db,
      f.otherWorker,
      f.clock,
      targetInput({ name: '秘匿 さくら', raisedOn: '2026-06-01' }),
    );
    // Linked to the restricted case as 支援へ移行 would.
    f.db
      .update(outreachTarget)
      .set({ caseId: hidden.caseId })
      .where(eq(outreachTarget.id, linked.id))
      .run();
    addOutreachContact(f.db, f.otherWorker, f.clock, contactInput(linked.id, { contactedOn: day }));
    const names = (actor: Actor) =>
      buildDailyRecord(f.db, actor, { date: day, staffId: null }).contacts.map((c) => c.targetName);
    expect(names(f.worker)).toEqual(['川上 一夫']);
    expect(names(f.otherWorker)).toEqual(['川上 一夫', '秘匿 さくら']);
  });

  it('lists a note withdrawn (取消) as such', () => {
    const wrong = note(f.worker, open.caseId, `${day}T16:30`, '別のケースの記録だった。', {
      minutes: 10,
    });
    withdrawNote(f.db, f.worker, f.clock, { id: wrong.id, reason: '別のケースに書いた' });
    const record = buildDailyRecord(f.db, f.worker, { date: day, staffId: f.worker.staffId });
    expect(record.notes.map((n) => [n.time, n.withdrawn])).toEqual([
      ['09:30', false],
      ['14:00', false],
      ['16:30', true],
    ]);
  });

  it('is audited as a view and as a print, by date and staff member, and refuses an unknown one', () => {
    const before = lastAuditId(f.db);
    getDailyRecord(f.db, f.worker, f.clock, { date: day, staffId: f.worker.staffId });
    printDailyRecord(f.db, f.worker, f.clock, { date: day, staffId: null });
    expect(auditTrail(f.db, before)).toEqual(['dailyRecord.view', 'print.dailyRecord']);
    const details = f.db
      .select({ detail: auditLog.detail })
      .from(auditLog)
      .where(gt(auditLog.id, before))
      .orderBy(auditLog.id)
      .all();
    expect(details.map((row) => JSON.parse(row.detail) as unknown)).toEqual([
      { on: day, staffIds: [f.worker.staffId] },
      { format: 'html', on: day },
    ]);
    expect(
      refusal(() => getDailyRecord(f.db, f.worker, f.clock, { date: day, staffId: 999 })),
    ).toMatchObject({ code: 'VALIDATION', paths: ['staffId'] });
  });
});
