import { desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../../db/schema';
import type { MeetingView } from '../../contract/schemas/meeting';
import type { Actor } from '../audit/actor';
import {
  refusal,
  setUpCaseWork,
  newHouseholdIntake,
  type CaseWorkFixture,
} from '../cases/caseWork.testing';
import { intakeCase } from '../cases/intakeCase';
import { updateCase } from '../cases/updateCase';
import { caseForPlan } from '../plans/plans.testing';
import { printMeetingHandout } from '../print/printMeetingHandout';
import { printMeetingMinutes } from '../print/printMeetingMinutes';
import {
  addMeetingCase,
  checkMeetingCase,
  recordMeetingMinutes,
  removeMeetingCase,
} from './meetingAgenda';
import { addMeetingDecision, removeMeetingDecision } from './meetingDecisions';
import { createMeeting } from './meetingHeader';
import { getMeeting, meetingsForCase } from './meetingReads';
import { countMeetingRows, meetingInput } from './meetings.testing';

let f: CaseWorkFixture;
let secretCase: number;
let sameHouseholdCase: number;
let openCase: number;
let meeting: MeetingView;
let roleDecisionId: number;

beforeAll(() => {
  f = setUpCaseWork();
  // A DV case of 相談 一郎, restricted; another case in the same household; an ordinary case.
  const secret = caseForPlan(f, f.worker, { name: '秘匿 さくら' });
  secretCase = secret.caseId;
  sameHouseholdCase = intakeCase(
    f.db,
    f.worker,
    f.clock,
    newHouseholdIntake(f.worker.staffId, {
      person: {
        mode: 'newInHousehold',
        householdId: secret.householdId,
        person: { name: '秘匿 たける', nameKana: 'ひとく たける' },
      },
    }),
  ).caseId;
  openCase = caseForPlan(f, f.worker, { name: '公開 次郎' }).caseId;
  updateCase(f.db, f.worker, f.clock, { id: secretCase, restricted: true });
  meeting = createMeeting(f.db, f.worker, f.clock, meetingInput('shien'));
  for (const caseId of [secretCase, sameHouseholdCase, openCase]) {
    meeting = addMeetingCase(f.db, f.worker, f.clock, { meetingId: meeting.id, caseId });
  }
  meeting = addMeetingDecision(f.db, f.worker, f.clock, {
    meetingId: meeting.id,
    caseId: secretCase,
    kind: 'roleAssignment',
    text: '警察と連携',
    planId: null,
  });
  roleDecisionId = meeting.cases[0]?.decisions[0]?.id ?? 0;
});
afterAll(() => f.cleanup());

function lastViewDetail(): unknown {
  const row = f.db
    .select()
    .from(auditLog)
    .where(eq(auditLog.action, 'meeting.view'))
    .orderBy(desc(auditLog.id))
    .get();
  return row ? (JSON.parse(row.detail) as unknown) : undefined;
}

describe('閲覧制限 at meetings', () => {
  it('shows the assigned 相談員 and 管理者 every case', () => {
    for (const actor of [f.worker, f.admin]) {
      const view = getMeeting(f.db, actor, f.clock, { id: meeting.id });
      expect(view.cases.map((c) => c.caseId)).toEqual([secretCase, sameHouseholdCase, openCase]);
      expect(view.hiddenCaseCount).toBe(0);
    }
  });

  it('never names a hidden case (nor its household) to others: counted only, in views, audit and print', () => {
    for (const actor of [f.otherWorker, f.viewer]) {
      const view = getMeeting(f.db, actor, f.clock, { id: meeting.id });
      expect(view.cases.map((c) => c.caseId)).toEqual([openCase]);
      expect(view).toMatchObject({ caseCount: 3, hiddenCaseCount: 2 });
      expect(JSON.stringify(view)).not.toContain('秘匿');
      expect(lastViewDetail()).toEqual({ caseIds: [openCase], hiddenCaseCount: 2 });
    }
    const handout = printMeetingHandout(f.db, f.otherWorker, f.clock, {
      meetingId: meeting.id,
      initials: false,
    });
    const minutes = printMeetingMinutes(f.db, f.otherWorker, f.clock, {
      meetingId: meeting.id,
      initials: false,
    });
    for (const html of [handout.html, minutes.html]) {
      expect(html).not.toContain('秘匿');
      expect(html).toContain('公開 次郎');
      expect(html).toContain('閲覧が制限されたケースが2件あります');
    }
  });

  it('behaves as not found for every call on a hidden case, writing nothing', () => {
    const meetingId = meeting.id;
    const attempts = (actor: Actor): Array<[string, () => unknown]> => [
      ['checkCase', () => checkMeetingCase(f.db, actor, { meetingId, caseId: secretCase })],
      ['addCase', () => addMeetingCase(f.db, actor, f.clock, { meetingId, caseId: secretCase })],
      [
        'removeCase',
        () => removeMeetingCase(f.db, actor, f.clock, { meetingId, caseId: sameHouseholdCase }),
      ],
      [
        'recordMinutes',
        () =>
          recordMeetingMinutes(f.db, actor, f.clock, {
            meetingId,
            caseId: secretCase,
            minutes: 'x',
          }),
      ],
      [
        'addDecision',
        () =>
          addMeetingDecision(f.db, actor, f.clock, {
            meetingId,
            caseId: secretCase,
            kind: 'evaluation',
            text: 'x',
            planId: null,
          }),
      ],
      ['removeDecision', () => removeMeetingDecision(f.db, actor, f.clock, { id: roleDecisionId })],
      ['forCase', () => meetingsForCase(f.db, actor, { caseId: secretCase })],
    ];
    const before = countMeetingRows(f.db);
    for (const [name, attempt] of attempts(f.otherWorker)) {
      expect(refusal(attempt), name).toMatchObject({
        code: 'NOT_FOUND',
        message:
          name === 'removeDecision' ? '決定事項が見つかりません。' : 'ケースが見つかりません。',
      });
    }
    expect(countMeetingRows(f.db)).toEqual(before);
  });

  it('lists a case’s meetings on its timeline for those who may see it', () => {
    const timeline = meetingsForCase(f.db, f.worker, { caseId: secretCase });
    expect(timeline).toEqual([
      {
        meetingId: meeting.id,
        kind: 'shien',
        kindName: '支援会議',
        title: '4月定例',
        heldOn: '2026-04-10',
        status: 'planned',
        minutes: '',
        decisions: [expect.objectContaining({ kind: 'roleAssignment', text: '警察と連携' })],
      },
    ]);
    expect(meetingsForCase(f.db, f.viewer, { caseId: openCase })).toHaveLength(1);
  });
});
