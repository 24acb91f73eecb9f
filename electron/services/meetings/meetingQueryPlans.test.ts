import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTransaction } from '../../../db/database';
import { buildPersonWithCase, buildStaff } from '../../../db/testing/caseBuilders';
import { createTestDb, type TestDb } from '../../../db/testing/createTestDb';
import { fullScans, loggingDb, queryPlan } from '../../../db/testing/queryPlans';
import type { MeetingKind } from '../../contract/meetingCodes';
import { meetingListInput } from '../../contract/schemas/meeting';
import type { CallInput } from '../../contract/types';
import type { Actor } from '../audit/actor';
import { manualClock } from '../clock.testing';
import { addMeetingCase } from './meetingAgenda';
import { addMeetingDecision } from './meetingDecisions';
import { createMeeting } from './meetingHeader';
import { getMeeting, listMeetings, meetingsForCase } from './meetingReads';
import { meetingInput } from './meetings.testing';

let t: TestDb;
let admin: Actor;
let worker: Actor;
let caseId: number;
let meetingId: number;
const clock = manualClock('2026-06-30T01:00:00.000Z');

beforeAll(() => {
  t = createTestDb();
  ({ admin, worker, caseId } = withTransaction(t.db, (tx) => ({
    admin: buildStaff(tx, 'kanri', 'admin'),
    worker: buildStaff(tx, 'soudan', 'worker'),
    caseId: buildPersonWithCase(tx, { name: '山田 太郎' }, { restricted: true }).caseId,
  })));
  const kinds: MeetingKind[] = ['shien', 'jusou', 'case', 'study'];
  for (let day = 1; day <= 28; day += 1) {
    const heldOn = `2026-06-${String(day).padStart(2, '0')}`;
    const meeting = createMeeting(
      t.db,
      admin,
      clock,
      meetingInput(kinds[day % 4] ?? 'shien', { heldOn }),
    );
    if (meeting.kind === 'shien') {
      addMeetingCase(t.db, admin, clock, { meetingId: meeting.id, caseId });
      addMeetingDecision(t.db, admin, clock, {
        meetingId: meeting.id,
        caseId,
        kind: 'roleAssignment',
        text: '見守り',
        planId: null,
      });
      meetingId = meeting.id;
    }
  }
});
afterAll(() => t.cleanup());

/** The plan of every statement `run` makes through a logging handle. */
function plans(run: (db: TestDb['db']) => unknown): string[][] {
  const { db, queries } = loggingDb(t.sqlite);
  run(db);
  return queries.map((query) => queryPlan(t.sqlite, query));
}

// The office settings (the names of the kinds) are a handful of rows, read whole on purpose.
const settingTable = ['setting'];
// The audit chain's last row: the rowid read backwards, one row (LIMIT 1).
const readScans = ['setting', 'audit_log'];

// Without ANALYZE statistics SQLite plans the same for a few rows as for thousands.
describe('meeting queries: plans', () => {
  it.each<[CallInput<'meeting.list'>, string]>([
    [{}, 'meeting_held_on'],
    [{ from: '2026-06-01', to: '2026-06-30' }, 'meeting_held_on'],
    [{ kind: 'shien' }, 'meeting_kind'],
    [{ kind: 'jusou', from: '2026-04-01', to: '2027-03-31' }, 'meeting_kind'],
  ])('meeting.list %j walks %s without sorting; its counts read indexes', (input, index) => {
    const all = plans((db) => listMeetings(db, meetingListInput.parse(input)));
    const text = all.find((plan) => plan.join('\n').includes('meeting'))?.join('\n') ?? '';
    expect(text).toContain(index);
    expect(text).not.toContain('TEMP B-TREE');
    expect(text).toContain('meeting_case_once');
    expect(text).toContain('meeting_attendee_meeting');
    for (const plan of all) expect(fullScans(plan, settingTable)).toEqual([]);
  });

  it('meeting.get and meeting.forCase read by index only', () => {
    for (const actor of [admin, worker]) {
      const all = [
        ...plans((db) => getMeeting(db, actor, clock, { id: meetingId })),
        ...plans((db) => meetingsForCase(db, admin, { caseId })),
      ];
      for (const plan of all) expect(fullScans(plan, readScans)).toEqual([]);
      const text = all.flat().join('\n');
      expect(text).toContain('meeting_case_case');
      expect(text).toContain('meeting_decision_case');
    }
  });
});
