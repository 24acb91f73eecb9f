import { afterEach, describe, expect, it } from 'vitest';
import { manualClock } from '../electron/services/clock.testing';
import { addMeetingCase } from '../electron/services/meetings/meetingAgenda';
import { addMeetingDecision } from '../electron/services/meetings/meetingDecisions';
import { createMeeting } from '../electron/services/meetings/meetingHeader';
import { meetingInput } from '../electron/services/meetings/meetings.testing';
import { setMeetingAttendees } from '../electron/services/meetings/setMeetingAttendees';
import { createPlan } from '../electron/services/plans/planDraft';
import { planInput } from '../electron/services/plans/plans.testing';
import { withTransaction } from './database';
import { findPlanById } from './repositories/supportPlanRepository';
import { buildPersonWithCase, buildStaff } from './testing/caseBuilders';
import { databaseBefore, tableNames } from './testing/migrationsBefore';

const cleanups: Array<() => void> = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()?.();
});

const meetingTables = ['meeting', 'meeting_attendee', 'meeting_case', 'meeting_decision'];

describe('migration 0006: meetings', () => {
  it('adds the meeting tables to a database of the previous schema, whose cases then go on agendas', () => {
    const old = databaseBefore('0006_meetings', cleanups);
    expect(tableNames(old.db).filter((name) => meetingTables.includes(name))).toEqual([]);
    const { worker, caseId } = withTransaction(old.db, (tx) => ({
      worker: buildStaff(tx, 'soudan', 'worker'),
      caseId: buildPersonWithCase(tx, { name: '山田 太郎' }, { stage: 'assessment' }).caseId,
    }));
    const upgraded = old.upgrade();
    const { db, sqlite } = upgraded;
    expect(tableNames(db).filter((name) => meetingTables.includes(name))).toEqual(meetingTables);
    const clock = manualClock('2026-04-10T01:00:00.000Z');
    const draft = createPlan(db, worker, clock, planInput(caseId));
    const meeting = createMeeting(db, worker, clock, meetingInput('case'));
    addMeetingCase(db, worker, clock, { meetingId: meeting.id, caseId });
    setMeetingAttendees(db, worker, clock, {
      meetingId: meeting.id,
      attendees: [
        {
          staffId: worker.staffId,
          agencyId: null,
          name: '',
          affiliation: '',
          confidentialityAckOn: null,
        },
      ],
    });
    const view = addMeetingDecision(db, worker, clock, {
      meetingId: meeting.id,
      caseId,
      kind: 'planApproval',
      text: '',
      planId: draft.id,
    });
    expect(view.cases.map((c) => [c.caseNumber, c.personName, c.stage])).toEqual([
      ['R8-0001', '山田 太郎', 'support'],
    ]);
    expect(findPlanById(db, draft.id)).toMatchObject({
      status: 'confirmed',
      approvedMeetingId: meeting.id,
    });

    // The database itself keeps a case once per agenda and refuses an agenda entry for no case.
    const insertEntry = (forCase: number) =>
      sqlite
        .prepare(
          `INSERT INTO meeting_case (meeting_id, case_id, position, created_at, updated_at)
           VALUES (?, ?, 9, '', '')`,
        )
        .run(meeting.id, forCase);
    expect(() => insertEntry(caseId)).toThrow(/UNIQUE constraint failed/u);
    expect(() => insertEntry(caseId + 100)).toThrow(/FOREIGN KEY constraint failed/u);
    // Deleting a meeting takes its attendees, agenda and decisions with it.
    sqlite.prepare('DELETE FROM meeting WHERE id = ?').run(meeting.id);
    const left = meetingTables.map(
      (table) => (sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n,
    );
    expect(left).toEqual([0, 0, 0, 0]);
  });
});
